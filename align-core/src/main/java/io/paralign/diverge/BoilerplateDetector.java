package io.paralign.diverge;

import static io.paralign.diverge.DetectorExample.doesNotFlag;
import static io.paralign.diverge.DetectorExample.flags;

import io.paralign.expendable.BoilerplateRule;
import io.paralign.model.Document;
import io.paralign.model.Side;
import java.util.List;
import java.util.Objects;

/**
 * Flags unmatched text that reads as publisher boilerplate ({@link BoilerplateRule}): site chrome, credits, "read
 * also" lines. A run of unmatched sentences is boilerplate when at least half of its sentences are, or when it is a
 * whole paragraph holding one; such text is expected to have no counterpart, so it is reported apart from omissions.
 * A document with no counterpart is searched sentence by sentence ({@link #detect(Document, Side)}).
 */
final class BoilerplateDetector implements FlagDetector {

    @Override
    public FlagType type() {
        return FlagType.BOILERPLATE;
    }

    @Override
    public List<Flag> detect(AlignedPair pair) {
        return UnmatchedRun.of(pair, UnmatchedRun.Kind.BOILERPLATE).stream().map(run -> run.flag(type(),
                "unmatched and reads as publisher boilerplate (\"" + cue(run) + "\")", 0.9)).toList();
    }

    /**
     * Boilerplate sentences of a document taken alone, with no alignment to tell what is unmatched: every sentence
     * that reads as boilerplate, a little less surely than unmatched text that does.
     */
    List<Flag> detect(Document document, Side side) {
        return document.sentences().stream()
                .filter(s -> BoilerplateRule.matches(s.text()))
                .map(s -> new Flag(type(), side, s.paragraph(), List.of(s.index()), s.span(), s.text(),
                        "reads as publisher boilerplate (\"" + BoilerplateRule.match(s.text()) + "\")", 0.85))
                .toList();
    }

    private static String cue(UnmatchedRun run) {
        return run.sentences().stream().map(s -> BoilerplateRule.match(s.text())).filter(Objects::nonNull)
                .findFirst().orElseThrow();
    }

    @Override
    public List<DetectorExample> examples() {
        ExampleText ar = ExampleText.arabic();
        ExampleText fr = ExampleText.french();
        return List.of(
                flags("copyright line added to the French text", ar, fr.insert(4, "Tous droits réservés © 2024"),
                        Side.TARGET),
                flags("\"read also\" line added to the Arabic text",
                        ar.insert(4, "اقرأ أيضا: الصين تطلق مبادرة عالمية لأمن البيانات"), fr, Side.SOURCE),
                doesNotFlag("ordinary French text", ar, fr, Side.TARGET),
                doesNotFlag("ordinary Arabic text", ar, fr, Side.SOURCE));
    }
}
