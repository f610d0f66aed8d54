package io.paralign;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * align-core's public surface (align-core/README.md, "Public surface"): the exported packages, whose public types
 * a library user and the shells may use (but for the {@link #WIRING}), and the few types of internal packages that the exported types take or
 * return. Every other package is internal: its types are public only because another core package uses them.
 * {@link SurfaceTest} checks that this list matches the code; each shell's {@code ArchitectureTest} applies
 * {@link #shellUsesOnlyTheSurface(String)}. Shared through align-core's test-jar.
 */
public final class CoreSurface {

    /** The exported packages. */
    public static final List<String> EXPORTED = List.of("io.paralign.model", "io.paralign.cancel",
            "io.paralign.profile", "io.paralign.language", "io.paralign.diverge", "io.paralign.eval",
            "io.paralign.pipeline", "io.paralign.batch", "io.paralign.report");

    /** The internal packages. */
    public static final List<String> INTERNAL = List.of("io.paralign.cache", "io.paralign.segment",
            "io.paralign.expendable", "io.paralign.normalize", "io.paralign.anchor", "io.paralign.score",
            "io.paralign.align");

    /**
     * The types of internal packages that public signatures of the exported packages reach (a result's beads with
     * their anchors and its coverage and length model, the cost weights of the options, and the word-pair counts
     * and lexicon of set-level learning), named as
     * {@link Class#getName()} does.
     */
    public static final Set<String> CARRIED = Set.of(
            "io.paralign.align.Bead",
            "io.paralign.align.Coverage",
            "io.paralign.align.Coverage$SideCoverage",
            "io.paralign.anchor.Anchor",
            "io.paralign.anchor.AnchorKind",
            "io.paralign.anchor.AnchorPairing",
            "io.paralign.anchor.AnchorPairing$Pair",
            "io.paralign.score.CostParams",
            "io.paralign.score.LengthModel",
            "io.paralign.score.Lexicon",
            "io.paralign.score.Lexicon$TokenPair",
            "io.paralign.score.WordPairCounts");

    /**
     * Public types of exported packages that are there for another core package, not for users: the detectors' input,
     * which the pipeline builds.
     */
    public static final Set<String> WIRING = Set.of("io.paralign.diverge.AlignedPair");

    private CoreSurface() {
    }

    /** Whether a class is one of align-core's that a shell may use. */
    public static boolean onSurface(JavaClass type) {
        return EXPORTED.contains(type.getPackageName()) && !WIRING.contains(type.getName())
                || CARRIED.contains(type.getName());
    }

    /** Whether a class is one of align-core's that is not on its surface. */
    public static boolean internal(JavaClass type) {
        return (EXPORTED.contains(type.getPackageName()) || INTERNAL.contains(type.getPackageName()))
                && !onSurface(type);
    }

    /** The rule a shell's {@code ArchitectureTest} applies: it uses align-core only through its surface. */
    public static ArchRule shellUsesOnlyTheSurface(String shell) {
        return noClasses().should().dependOnClassesThat(
                        DescribedPredicate.describe("internal to align-core", CoreSurface::internal))
                .as(shell + " uses align-core only through its exported packages (align-core/README.md)");
    }
}
