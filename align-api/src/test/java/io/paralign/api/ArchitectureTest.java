package io.paralign.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.paralign.CoreSurface;

/**
 * align-api is a shell: it reads requests, calls align-core and returns what it gets back. It uses neither of the
 * other shells, and of align-core only its exported surface ({@link CoreSurface}): the stages run only through
 * the pipeline.
 */
@AnalyzeClasses(packages = "io.paralign.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noOtherShell = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.paralign.cli..", "io.paralign.bench..")
            .as("align-api uses nothing of align-cli or align-bench");

    /** Segmentation, normalisation, the aligners and cost models are internal: they run only through the pipeline. */
    @ArchTest
    static final ArchRule onlyTheCoreSurface = CoreSurface.shellUsesOnlyTheSurface("align-api");
}
