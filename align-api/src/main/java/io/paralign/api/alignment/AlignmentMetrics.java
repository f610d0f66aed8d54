package io.paralign.api.alignment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.paralign.diverge.Flag;
import io.paralign.diverge.FlagType;
import io.paralign.language.SupportedLanguages;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Alignment latency by language pair ({@code paralign.alignment.latency}), flags found by type
 * ({@code paralign.flags}), document sizes in characters by side ({@code paralign.document.size}), and admission:
 * alignments running and waiting ({@code paralign.alignment.running}, {@code paralign.alignment.waiting}), heap
 * reserved by those running ({@code paralign.alignment.memory.reserved}), alignments cancelled by reason
 * ({@code deadline}, {@code disconnect}) and stage ({@code waiting}, {@code running})
 * ({@code paralign.alignment.cancelled}), requests refused by reason ({@code overloaded}, {@code too-large})
 * ({@code paralign.alignment.rejected}).
 *
 * <p>The pair tag is made of primary subtags of supported languages ({@code fr-ar} for {@code fr-CA} and
 * {@code ar-EG}), any other tag (unsupported, private-use) counting as {@code other}: a tag the client chose must not
 * make a series of its own, or a client sending {@code fr-x-c1}, {@code fr-x-c2}... would grow the registry and the
 * scrape without bound.
 */
@Component
class AlignmentMetrics {
    private final MeterRegistry registry;
    private final Map<FlagType, Counter> flags = new EnumMap<>(FlagType.class);
    private final DistributionSummary sourceSize;
    private final DistributionSummary targetSize;

    AlignmentMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (FlagType type : FlagType.values()) {
            flags.put(type, Counter.builder("paralign.flags").description("Flags found, by type")
                    .tag("type", type.name()).register(registry));
        }
        this.sourceSize = size("source");
        this.targetSize = size("target");
    }

    <T> T timeAlignment(String sourceLanguage, String targetLanguage, Supplier<T> alignment) {
        return Timer.builder("paralign.alignment.latency").description("Time to align one pair of documents")
                .tag("pair", tag(sourceLanguage) + "-" + tag(targetLanguage)).publishPercentileHistogram()
                .register(registry).record(alignment);
    }

    /** The primary subtag of a supported language, {@code other} for anything else. */
    static String tag(String language) {
        return SupportedLanguages.primaryOr(language, "other");
    }

    void gate(AlignmentGate gate) {
        Gauge.builder("paralign.alignment.running", gate, AlignmentGate::runningCount)
                .description("Alignments running").register(registry);
        Gauge.builder("paralign.alignment.waiting", gate, AlignmentGate::waitingCount)
                .description("Alignments waiting for their turn").register(registry);
        Gauge.builder("paralign.alignment.memory.reserved", gate, AlignmentGate::reservedMemory).baseUnit("bytes")
                .description("Heap reserved by the alignments running (estimated)").register(registry);
    }

    void cancelled(AlignmentJob.Reason reason, boolean started) {
        Counter.builder("paralign.alignment.cancelled").description("Alignments cancelled")
                .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                .tag("stage", started ? "running" : "waiting").register(registry).increment();
    }

    void rejected(RuntimeException refusal) {
        Counter.builder("paralign.alignment.rejected").description("Alignment requests refused at arrival")
                .tag("reason", refusal instanceof OverloadedException ? "overloaded" : "too-large")
                .register(registry).increment();
    }

    void documents(int sourceCharacters, int targetCharacters) {
        sourceSize.record(sourceCharacters);
        targetSize.record(targetCharacters);
    }

    void flags(Iterable<Flag> found) {
        found.forEach(flag -> flags.get(flag.type()).increment());
    }

    private DistributionSummary size(String side) {
        return DistributionSummary.builder("paralign.document.size").description("Size of aligned documents")
                .baseUnit("characters").tag("side", side).publishPercentileHistogram().register(registry);
    }
}
