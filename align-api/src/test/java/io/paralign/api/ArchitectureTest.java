package io.paralign.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * align-api is a shell: it reads requests, calls align-core and returns what it gets back. It uses neither of the
 * other shells, and none of the stages that align-core composes itself (segmentation, normalisation, the aligners
 * and cost models): those run only through the pipeline.
 */
@AnalyzeClasses(packages = "io.paralign.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noOtherShell = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.paralign.cli..", "io.paralign.bench..")
            .as("align-api uses nothing of align-cli or align-bench");

    @ArchTest
    static final ArchRule stagesRunOnlyThroughThePipeline = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.paralign.segment..", "io.paralign.normalize..",
                    "io.paralign.cache..")
            .orShould().dependOnClassesThat().areAssignableTo("io.paralign.align.Aligner")
            .orShould().dependOnClassesThat().areAssignableTo("io.paralign.score.CostModel")
            .as("align-api segments, normalises and aligns only through io.paralign.pipeline");
}
