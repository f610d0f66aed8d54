package io.paralign.diverge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The flag type codes are stable: these are the ones the root README lists and clients read in the JSON. */
class FlagTypeTest {
    @Test
    void theCodesAreTheOnesPublished() {
        assertEquals(Set.of("MISSING_IN_TARGET", "MISSING_IN_SOURCE", "ANCHOR_MISMATCH", "LENGTH_RATIO",
                "DUPLICATE_BLOCK", "HEADING_UNMATCHED", "BOILERPLATE", "UNTRANSLATED"),
                Arrays.stream(FlagType.values()).map(Enum::name).collect(Collectors.toSet()));
    }
}
