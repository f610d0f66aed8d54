package io.paralign.bench;

import java.util.List;
import java.util.Random;

/**
 * Builds one synthetic sentence and its translation: Arabic in verb-subject-object order, French in
 * subject-verb-object order, with anchors that survive translation (years, amounts, percentages, names).
 * Sentences come without final punctuation, so that two can be joined.
 */
final class SentencePairs {
    private final Random random;

    SentencePairs(Random random) {
        this.random = random;
    }

    /** An Arabic sentence body and its French translation, no final punctuation, French not capitalised. */
    NewsPhrases.Entry next() {
        NewsPhrases.Entry subject = pick(NewsPhrases.SUBJECTS);
        NewsPhrases.Entry verb = pick(NewsPhrases.VERBS);
        NewsPhrases.Entry object = pick(NewsPhrases.OBJECTS);
        NewsPhrases.Entry complement = pick(NewsPhrases.COMPLEMENTS);
        StringBuilder ar = new StringBuilder().append(verb.arabic()).append(' ').append(subject.arabic())
                .append(' ').append(object.arabic()).append(' ').append(complement.arabic());
        StringBuilder fr = new StringBuilder().append(subject.french()).append(' ').append(verb.french())
                .append(' ').append(object.french()).append(' ').append(complement.french());
        NewsPhrases.Entry anchor = anchor();
        ar.append(' ').append(anchor.arabic());
        fr.append(' ').append(anchor.french());
        if (random.nextInt(3) == 0) {
            NewsPhrases.Entry clause = pick(NewsPhrases.CLAUSES);
            ar.append('،').append(' ').append(clause.arabic());
            fr.append(", ").append(clause.french());
        }
        return new NewsPhrases.Entry(ar.toString(), fr.toString());
    }

    /** A French sentence body with no Arabic counterpart. */
    String frenchOnly() {
        return pick(NewsPhrases.FRENCH_ONLY);
    }

    private NewsPhrases.Entry anchor() {
        switch (random.nextInt(4)) {
            case 0: {
                int year = 1995 + random.nextInt(30);
                return new NewsPhrases.Entry("في عام " + year, "en " + year);
            }
            case 1: {
                int amount = 5 + random.nextInt(995);
                return new NewsPhrases.Entry("بقيمة إجمالية تبلغ " + amount + " مليون دولار",
                        "de " + amount + " millions de dollars");
            }
            case 2: {
                int percent = 1 + random.nextInt(99);
                return new NewsPhrases.Entry("بنسبة تصل إلى " + percent + "%", "de " + percent + " %");
            }
            default: {
                NewsPhrases.Name name = pick(NewsPhrases.NAMES);
                // Arabic news write foreign names in Latin script now and then, usually transliterated
                String arabic = random.nextInt(4) == 0 ? name.latin() : name.arabic();
                return new NewsPhrases.Entry("بالشراكة مع " + arabic, "avec " + name.latin());
            }
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
