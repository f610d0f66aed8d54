package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.paralign.align.Bead;

/** TSV of results made by hand, written out by hand. */
class TsvRendererTest {
    @Test
    void oneBeadALineAfterTheHeader() {
        assertEquals("""
                type\tscore\tconfidence\tsource\ttarget
                2-1\t0.500\t0.877\tقال المدير إن الأرباح ارتفعت. وأضاف أن "R&D" سيزيد.\tLe directeur a dit que les \
                bénéfices avaient augmenté et que la « R&D » croîtrait.
                1-0\t0.000\t0.300\tجملة بلا ترجمة.\t
                1-1\t0.123\t1.000\tالسعر <10> دولارات.\tLe prix est de <10> dollars l'unité.
                """, new TsvRenderer().render(ReportView.of(MadeResults.TWO_BEADS)));
    }

    /** Runs of tabs and line breaks inside a text become one space; a dialogue dash would run as a formula. */
    @Test
    void textsStayOnOneLineAndFormulasAreQuoted() {
        var result = MadeResults.of(
                MadeResults.document("fr", List.of(List.of("- Oui,\tbien sûr,\r\nmerci."))),
                MadeResults.document("en", List.of(List.of("=SUM(A1:A2)\u2028of course."))),
                List.of(new Bead(List.of(0), List.of(0), 0.25, 0.75)));
        assertEquals("type\tscore\tconfidence\tsource\ttarget\n"
                + "1-1\t0.250\t0.750\t'- Oui, bien sûr, merci.\t'=SUM(A1:A2) of course.\n",
                new TsvRenderer().render(ReportView.of(result)));
    }
}
