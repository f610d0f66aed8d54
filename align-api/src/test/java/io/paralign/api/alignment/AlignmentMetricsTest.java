package io.paralign.api.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.paralign.language.SupportedLanguages;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AlignmentMetricsTest {

    @Test
    void supportedLanguagesByPrimarySubtagAnythingElseOther() {
        assertEquals("fr", AlignmentMetrics.tag("fr"));
        assertEquals("fr", AlignmentMetrics.tag("fr-CA"));
        assertEquals("ar", AlignmentMetrics.tag("AR-eg"));
        assertEquals("other", AlignmentMetrics.tag("tlh"));
        assertEquals("other", AlignmentMetrics.tag("fr-x-c1"));
        assertEquals("other", AlignmentMetrics.tag(""));
        assertEquals("other", AlignmentMetrics.tag(null));
    }

    /** 2,000 requests tagged fr-x-c1, fr-x-c2... once made 139k series; the tags must come from a bounded set. */
    @Test
    void manyDistinctTagsMakeBoundedSeries() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AlignmentMetrics metrics = new AlignmentMetrics(registry);
        for (int i = 0; i < 2_000; i++) {
            metrics.timeAlignment("fr-x-c" + i, "ar", () -> null);
            metrics.timeAlignment("q" + Integer.toString(i, 26) + "-x-" + i, "en-GB", () -> null);
            metrics.timeAlignment("ar-EG", "zxx-" + i, () -> null);
        }
        Set<String> pairs = registry.getMeters().stream()
                .filter(m -> m.getId().getName().equals("paralign.alignment.latency"))
                .map(Meter::getId).map(id -> id.getTag("pair")).collect(Collectors.toSet());
        assertEquals(Set.of("other-ar", "other-en", "ar-other"), pairs);
        int bound = (SupportedLanguages.primaries().size() + 1) * (SupportedLanguages.primaries().size() + 1);
        assertTrue(registry.getMeters().size() < bound, registry.getMeters().size() + " meters");
    }
}
