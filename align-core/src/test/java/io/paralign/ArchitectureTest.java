package io.paralign;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one-way rule between align-core's packages (align-core/README.md): dependencies run down the README's table,
 * model, profile, segment, expendable, normalize, anchor, language, score, align, diverge, eval, pipeline, batch, each
 * package using only those above it; {@code cancel} and {@code cache} are leaves any package may use; {@code profile}
 * needs only the model and {@code language} only the model and the profiles; {@code report} only reads results and
 * nothing in the core reads it.
 */
@AnalyzeClasses(packages = "io.paralign", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependenciesRunDownThePipeline = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("model").definedBy("io.paralign.model..")
            .layer("leaves").definedBy("io.paralign.cancel..", "io.paralign.cache..")
            .layer("profile").definedBy("io.paralign.profile..")
            .layer("segment").definedBy("io.paralign.segment..")
            .layer("expendable").definedBy("io.paralign.expendable..")
            .layer("normalize").definedBy("io.paralign.normalize..")
            .layer("anchor").definedBy("io.paralign.anchor..")
            .layer("language").definedBy("io.paralign.language..")
            .layer("score").definedBy("io.paralign.score..")
            .layer("align").definedBy("io.paralign.align..")
            .layer("diverge").definedBy("io.paralign.diverge..")
            .layer("eval").definedBy("io.paralign.eval..")
            .layer("pipeline").definedBy("io.paralign.pipeline..")
            .layer("batch").definedBy("io.paralign.batch..")
            .layer("report").definedBy("io.paralign.report..")
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("leaves").mayNotAccessAnyLayer()
            .whereLayer("profile").mayOnlyAccessLayers("model")
            .whereLayer("segment").mayOnlyAccessLayers("model", "leaves", "profile")
            .whereLayer("expendable").mayOnlyAccessLayers("model", "leaves", "profile", "segment")
            .whereLayer("normalize").mayOnlyAccessLayers("model", "leaves", "profile", "segment", "expendable")
            .whereLayer("anchor").mayOnlyAccessLayers("model", "leaves", "profile", "segment", "expendable",
                    "normalize")
            .whereLayer("language").mayOnlyAccessLayers("model", "leaves", "profile")
            .whereLayer("score").mayOnlyAccessLayers("model", "leaves", "profile", "segment", "expendable",
                    "normalize", "anchor", "language")
            .whereLayer("align").mayOnlyAccessLayers("model", "leaves", "profile", "segment", "expendable",
                    "normalize", "anchor", "language", "score")
            .whereLayer("diverge").mayOnlyAccessLayers("model", "leaves", "profile", "segment", "expendable",
                    "normalize", "anchor", "language", "score", "align")
            .whereLayer("eval").mayOnlyAccessLayers("model", "leaves", "profile", "segment", "expendable",
                    "normalize", "anchor", "language", "score", "align", "diverge")
            .whereLayer("pipeline").mayOnlyAccessLayers("model", "leaves", "profile", "segment", "expendable",
                    "normalize", "anchor", "language", "score", "align", "diverge", "eval")
            .whereLayer("batch").mayOnlyAccessLayers("model", "leaves", "profile", "segment", "expendable",
                    "normalize", "anchor", "language", "score", "align", "diverge", "eval", "pipeline")
            .whereLayer("report").mayOnlyAccessLayers("model", "leaves", "profile", "anchor", "language", "score",
                    "align", "diverge", "eval", "pipeline")
            .whereLayer("report").mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("io.paralign.(*)..")
            .should().beFreeOfCycles();

    /** The algorithm stays apart from the wiring: beans, HTTP and command lines live in the shells. */
    @ArchTest
    static final ArchRule noFrameworksOfTheShells = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                    "picocli..")
            .as("align-core uses no Spring, servlet or picocli type");

    @ArchTest
    static final ArchRule nothingPointsBackUpToTheShells = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.paralign.cli..", "io.paralign.api..",
                    "io.paralign.bench..")
            .as("align-core uses nothing of align-cli, align-api or align-bench");
}
