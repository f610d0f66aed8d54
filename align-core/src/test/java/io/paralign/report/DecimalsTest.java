package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void roundsHalfUpFromTheShortestDecimalForm() {
        assertEquals("0.125", Decimals.fixed(0.1245, 3));
        assertEquals("0.124", Decimals.fixed(0.12449999, 3));
        assertEquals("1.0", Decimals.fixed(0.95, 1));
        assertEquals("-0.000", Decimals.fixed(-0.0001, 3));
        assertEquals("3", Decimals.fixed(2.5, 0));
    }

    @Test
    void writesWhatTheRootLocaleFormatWrites() {
        for (int i = -20_000; i <= 20_000; i++) {
            double value = i * 0.000_37;
            for (int places = 0; places <= 3; places++) {
                assertEquals(String.format(Locale.ROOT, "%." + places + "f", value), Decimals.fixed(value, places));
            }
        }
    }

    @Test
    void writesADotWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("12.346", Decimals.fixed(12.3456, 3));
        } finally {
            Locale.setDefault(before);
        }
    }
}
