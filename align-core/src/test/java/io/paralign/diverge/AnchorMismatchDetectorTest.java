package io.paralign.diverge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.align.Bead;
import io.paralign.anchor.Anchor;
import io.paralign.anchor.StandardAnchorExtractor;
import io.paralign.expendable.RepeatKeys;
import io.paralign.model.Document;
import io.paralign.model.Sentence;
import io.paralign.model.Side;
import io.paralign.model.Span;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.score.LengthModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Must-flag and must-not-flag pairs of {@link AnchorMismatchDetector} on hand-made one-sentence pairs aligned 1-1, with
 * the confidence each case gets by the rules of its Javadoc: a near twin 0.9, one figure against others 0.7, several
 * against several 0.45, a lone figure 0.45, a whole date 0.6, a Latin token 0.4, a lone small number nothing.
 */
class AnchorMismatchDetectorTest {
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();
    private static final StandardAnchorExtractor ANCHORS = new StandardAnchorExtractor();

    /** Flags of a pair of pre-segmented texts whose beads pair sentence k with sentence k. */
    private static List<Flag> detect(String source, String sourceLanguage, String target) {
        Document s = PIPELINE.segment(source + "\n", sourceLanguage, true);
        Document t = PIPELINE.segment(target + "\n", "fr", true);
        List<Bead> beads = new ArrayList<>();
        for (int k = 0; k < s.sentenceCount(); k++) {
            beads.add(new Bead(List.of(k), List.of(k), 1, 1));
        }
        return detect(s, t, beads);
    }

    private static List<Flag> detect(Document s, Document t, List<Bead> beads) {
        return new AnchorMismatchDetector().detect(new AlignedPair(s, t, beads, anchors(s), anchors(t),
                RepeatKeys.of(s), RepeatKeys.of(t), new LengthModel(1.0, 6.8)));
    }

    private static List<List<Anchor>> anchors(Document document) {
        List<List<Anchor>> out = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            out.add(ANCHORS.extract(sentence.text(), sentence.span().start(), document.language()));
        }
        return out;
    }

    private static Flag only(List<Flag> flags, Side side) {
        List<Flag> onSide = flags.stream().filter(f -> f.side() == side).toList();
        assertEquals(1, onSide.size(), flags.toString());
        return onSide.get(0);
    }

    @Test
    void aChangedYearIsANearTwinOnBothSides() {
        String en = "The bridge opened in 2018.";
        List<Flag> flags = detect(en, "en", "Le pont a ouvert en 2019.");
        Flag source = only(flags, Side.SOURCE);
        assertEquals(FlagType.ANCHOR_MISMATCH, source.type());
        assertEquals(0.9, source.confidence());
        assertEquals(new Span(21, 25), source.span());
        assertEquals("2018", source.text());
        assertEquals(List.of(0), source.sentences());
        assertEquals("2018 on the source side has no counterpart in the aligned target text (its numbers and Latin "
                + "tokens: 2019)", source.evidence());
        assertEquals(0.9, only(flags, Side.TARGET).confidence());
        assertEquals("2019", only(flags, Side.TARGET).text());
    }

    @Test
    void figuresWithinAFifthOfEachOtherAreNearTwins() {
        // 400 against 500: the difference 100 is exactly a fifth of 500
        assertEquals(0.9, only(detect("The school has 400 pupils.", "en", "L'école compte 500 élèves."),
                Side.SOURCE).confidence());
        // 300 metres against 984 feet: a unit conversion, one figure against one other
        List<Flag> flags = detect("The tower is 300 metres tall.", "en", "La tour mesure 984 pieds.");
        assertEquals(0.7, only(flags, Side.SOURCE).confidence());
        assertEquals(0.7, only(flags, Side.TARGET).confidence());
    }

    @Test
    void singleDigitsAreNearTwinsOnlyAsTheOneFigureOfEachSide() {
        assertEquals(0.9, only(detect("She has 7 children.", "en", "Elle a 8 enfants."), Side.SOURCE).confidence());
        // with a second changed figure, 7 / 8 is no substitution any more, and a lone digit is too weak to report;
        // 1980 / 1990 still is a near twin
        List<Flag> flags = detect("She has 7 children and a dog called Rex, and she was born in 1980.", "en",
                "Elle a 8 enfants et un chien appelé Rex, et elle est née en 1990.");
        Flag source = only(flags, Side.SOURCE);
        assertEquals("1980", source.text());
        assertEquals(0.9, source.confidence());
        assertEquals("1990", only(flags, Side.TARGET).text());
    }

    @Test
    void severalFiguresAgainstSeveralAreLikelyConversions() {
        List<Flag> flags = detect("It weighs 440 lb and is 150 cm tall.", "en",
                "Il pèse 200 kg et mesure 59 pouces.");
        Flag source = only(flags, Side.SOURCE);
        assertEquals(0.45, source.confidence());
        // 440 and 150 are 12 characters apart: one flag over both
        assertEquals("440 lb and is 150", source.text());
        assertEquals(0.45, only(flags, Side.TARGET).confidence());
    }

    @Test
    void aLoneFigureIsWeakAndAWholeDateClearer() {
        Flag lone = only(detect("The festival drew 4500 visitors.", "en",
                "Le festival a attiré des milliers de visiteurs."), Side.SOURCE);
        assertEquals(0.45, lone.confidence());
        assertEquals("4500 on the source side has no counterpart in the aligned target text (its numbers and Latin "
                + "tokens: none)", lone.evidence());
        Flag date = only(detect("The law passed on 14 March 2021.", "en",
                "La loi a été adoptée au printemps."), Side.SOURCE);
        assertEquals(0.6, date.confidence());
        assertEquals("14 March 2021", date.text());
        // a lone two-digit figure is not reported: it is too often written in words over there
        assertEquals(List.of(), detect("He scored 12 goals.", "en", "Il a marqué des buts."));
    }

    @Test
    void figuresTwentyCharactersApartAreOneFlagAndFurtherApartTwo() {
        // " and was rebuilt in " is 20 characters
        Flag both = only(detect("Built in 1998 and was rebuilt in 2004.", "en", "Construit puis reconstruit."),
                Side.SOURCE);
        assertEquals("1998 and was rebuilt in 2004", both.text());
        assertEquals(0.6, both.confidence());
        List<Flag> apart = detect("The festival drew 4500 visitors and, after a long and rainy weekend, sold "
                + "3200 tickets.", "en", "Le festival a attiré des milliers de visiteurs et vendu des billets.");
        assertEquals(List.of("4500", "3200"), apart.stream().map(Flag::text).toList());
        assertEquals(List.of(0.45, 0.45), apart.stream().map(Flag::confidence).toList());
    }

    @Test
    void aFigureAndTheSameFigureWithAScaleWordMatch() {
        assertEquals(List.of(), detect("The city has 820 thousand inhabitants.", "en",
                "La ville compte 820 000 habitants."));
        assertEquals(List.of(), detect("The bridge opened in 2018.", "en", "Le pont a ouvert en 2018."));
    }

    @Test
    void aLatinTokenMissingFromTheWholeOtherTextIsWeak() {
        Flag latin = only(detect("أعلنت شركة Huawei عن هاتف جديد.", "ar",
                "Le groupe chinois a annoncé un nouveau téléphone."), Side.SOURCE);
        assertEquals(0.4, latin.confidence());
        assertEquals("Huawei", latin.text());
        // found anywhere in the other text, in the singular too, it is no flag; nor is a token under four letters
        assertEquals(List.of(), detect("أعلنت شركة Huawei عن هاتف جديد.", "ar",
                "Huawei a annoncé un nouveau téléphone."));
        assertEquals(List.of(), detect("باعت الشركة أجهزة Chromebooks جديدة.", "ar",
                "L'entreprise a vendu de nouveaux appareils Chromebook."));
        assertEquals(List.of(), detect("قالت هيئة BBC إن الخبر صحيح.", "ar", "La chaîne a confirmé la nouvelle."));
    }

    @Test
    void aFlagInATwoToOneBeadNamesTheSentenceThatHoldsTheFigure() {
        Document s = PIPELINE.segment("The bridge was long awaited.\nIt opened in 2018.\n", "en", true);
        Document t = PIPELINE.segment("Le pont, très attendu, a ouvert en 2019.\n", "fr", true);
        List<Flag> flags = detect(s, t, List.of(new Bead(List.of(0, 1), List.of(0), 1, 1)));
        assertEquals(List.of(1), only(flags, Side.SOURCE).sentences());
        assertEquals(List.of(0), only(flags, Side.TARGET).sentences());
        // a sentence left unmatched is no bead to compare
        assertEquals(List.of(), detect(s, t, List.of(new Bead(List.of(0, 1), List.of(), 0, 1),
                new Bead(List.of(), List.of(0), 0, 1))));
    }
}
