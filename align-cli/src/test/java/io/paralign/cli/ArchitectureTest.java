package io.paralign.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.paralign.CoreSurface;

/**
 * align-cli is a shell: it reads input, calls align-core and writes what it gets back. It uses neither of the other
 * shells, and of align-core only its exported surface ({@link CoreSurface}): the stages run only through the
 * pipeline.
 */
@AnalyzeClasses(packages = "io.paralign.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noOtherShell = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.paralign.api..", "io.paralign.bench..")
            .as("align-cli uses nothing of align-api or align-bench");

    /** Segmentation, normalisation, the aligners and cost models are internal: they run only through the pipeline. */
    @ArchTest
    static final ArchRule onlyTheCoreSurface = CoreSurface.shellUsesOnlyTheSurface("align-cli");
}
