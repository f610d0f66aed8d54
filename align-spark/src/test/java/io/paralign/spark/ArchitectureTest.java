package io.paralign.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.paralign.CoreSurface;

/**
 * align-spark is a shell: it reads the table, calls align-core's batch and pipeline entry points and writes what it
 * gets back. It uses none of the other shells, only align-core's exported surface ({@link CoreSurface}), and none of
 * the stages that align-core composes itself.
 */
@AnalyzeClasses(packages = "io.paralign.spark", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noOtherShell = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.paralign.cli..", "io.paralign.api..",
                    "io.paralign.bench..")
            .as("align-spark uses nothing of align-cli, align-api or align-bench");

    @ArchTest
    static final ArchRule stagesRunOnlyThroughThePipeline = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.paralign.segment..", "io.paralign.normalize..",
                    "io.paralign.anchor..", "io.paralign.align..", "io.paralign.cache..", "io.paralign.eval..")
            .orShould().dependOnClassesThat().areAssignableTo("io.paralign.score.CostModel")
            .as("align-spark segments, normalises and aligns only through io.paralign.pipeline and io.paralign.batch");

    @ArchTest
    static final ArchRule onlyTheCoreSurface = CoreSurface.shellUsesOnlyTheSurface("align-spark");
}
