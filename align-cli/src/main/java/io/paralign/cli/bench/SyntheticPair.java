package io.paralign.cli.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.paralign.cli.bench.ArticleWords.Organisation;
import io.paralign.cli.bench.ArticleWords.Term;

/**
 * One synthetic article in Arabic and French: a headline, then paragraphs of one to three sentences filled from
 * {@link ArticleWords} with the article's own people, city, organisation and numbers, so both sides share anchors.
 * Some pairs carry planted divergences: a paragraph missing in French, a number changed in French, two sentences
 * merged in French, a closing line only one side has. One paragraph a line, as the seeds.
 *
 * @param arabic the Arabic text
 * @param french the French text
 */
record SyntheticPair(String arabic, String french) {
    private static final String ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩";

    static SyntheticPair generate(Random random) {
        Map<String, Term> slots = new HashMap<>();
        Term first = pick(random, ArticleWords.FIRST_NAMES);
        Term last = pick(random, ArticleWords.SURNAMES);
        slots.put("{P}", new Term(first.ar() + " " + last.ar(), first.fr() + " " + last.fr()));
        slots.put("{S}", last);
        slots.put("{C}", pick(random, ArticleWords.CITIES));
        slots.put("{R}", pick(random, ArticleWords.ROLES));
        Organisation organisation = pick(random, ArticleWords.ORGANISATIONS);
        boolean indicDigits = random.nextInt(5) == 0; // some Arabic outlets write ٢٠٢٣, most 2023
        List<String> ar = new ArrayList<>();
        List<String> fr = new ArrayList<>();
        ar.add(fill(ArticleWords.HEADLINE.ar(), slots, organisation, true, indicDigits));
        fr.add(fill(ArticleWords.HEADLINE.fr(), slots, organisation, false, false));
        int paragraphs = 12 + random.nextInt(9);
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder a = new StringBuilder();
            StringBuilder f = new StringBuilder();
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                slots.put("{N}", number(random.nextInt(3) == 0 ? 10 + random.nextInt(990) : 1000 + random.nextInt(90000)));
                slots.put("{K}", number(2 + random.nextInt(60)));
                slots.put("{Y}", number(2012 + random.nextInt(13)));
                slots.put("{U}", pick(random, ArticleWords.UNITS));
                slots.put("{D}", pick(random, ArticleWords.DAYS));
                slots.put("{M}", pick(random, ArticleWords.MONTHS));
                if (random.nextInt(4) == 0) { // a second person now and then
                    Term name = pick(random, ArticleWords.FIRST_NAMES);
                    Term surname = pick(random, ArticleWords.SURNAMES);
                    slots.put("{P}", new Term(name.ar() + " " + surname.ar(), name.fr() + " " + surname.fr()));
                }
                Term template = pick(random, ArticleWords.SENTENCES);
                a.append(s > 0 ? " " : "").append(fill(template.ar(), slots, organisation, true, indicDigits));
                f.append(s > 0 ? " " : "").append(fill(template.fr(), slots, organisation, false, false));
            }
            ar.add(a.toString());
            fr.add(f.toString());
        }
        diverge(random, ar, fr);
        return new SyntheticPair(String.join("\n", ar) + "\n", String.join("\n", fr) + "\n");
    }

    /** Planted differences, each in some pairs only. */
    private static void diverge(Random random, List<String> ar, List<String> fr) {
        if (random.nextInt(10) < 3) { // omission: a paragraph the French leaves out
            fr.remove(2 + random.nextInt(fr.size() - 3));
        }
        if (random.nextInt(10) < 2) { // a number changed in translation
            int p = 1 + random.nextInt(fr.size() - 1);
            fr.set(p, fr.get(p).replaceFirst("\\d+", "" + (7 + random.nextInt(90))));
        }
        if (random.nextInt(10) < 2) { // two sentences merged into one
            for (int p = 1; p < fr.size(); p++) {
                int stop = fr.get(p).indexOf(". ");
                if (stop > 0) {
                    fr.set(p, fr.get(p).substring(0, stop) + " ; " + Character.toLowerCase(fr.get(p).charAt(stop + 2))
                            + fr.get(p).substring(stop + 3));
                    break;
                }
            }
        }
        if (random.nextInt(10) < 2) {
            ar.add(ArticleWords.AR_BOILERPLATE);
        }
        if (random.nextInt(10) < 1) {
            fr.add(ArticleWords.FR_CREDIT);
        }
    }

    private static String fill(String template, Map<String, Term> slots, Organisation organisation, boolean arabic,
                               boolean indicDigits) {
        String text = template.replace("{Ole}", organisation.le()).replace("{Odu}", organisation.du())
                .replace("{O}", arabic ? organisation.ar() : organisation.du());
        for (Map.Entry<String, Term> slot : slots.entrySet()) {
            text = text.replace(slot.getKey(), arabic ? slot.getValue().ar() : slot.getValue().fr());
        }
        return arabic && indicDigits ? indic(text) : text;
    }

    private static String indic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? ARABIC_DIGITS.charAt(c - '0') : (char) c));
        return out.toString();
    }

    private static Term number(int value) {
        return new Term("" + value, "" + value);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
