package io.paralign.diverge;

import static io.paralign.diverge.DetectorExample.doesNotFlag;
import static io.paralign.diverge.DetectorExample.flags;

import io.paralign.model.Side;
import java.util.List;

/**
 * Flags unmatched text written in the other side's script and not in its own ({@link io.paralign.anchor.Scripts}):
 * a passage left untranslated, or pasted from the original. Only scripts tell languages apart here, so two languages
 * sharing a script (French and English) never raise it.
 */
final class UntranslatedDetector implements FlagDetector {

    @Override
    public FlagType type() {
        return FlagType.UNTRANSLATED;
    }

    @Override
    public List<Flag> detect(AlignedPair pair) {
        return UnmatchedRun.of(pair, UnmatchedRun.Kind.UNTRANSLATED).stream().map(run -> run.flag(type(),
                "unmatched and written in the script of '" + pair.document(run.side().other()).language() + "'",
                0.8)).toList();
    }

    @Override
    public List<DetectorExample> examples() {
        ExampleText ar = ExampleText.arabic();
        ExampleText fr = ExampleText.french();
        return List.of(
                flags("French paragraph left in the Arabic text", ar.insert(2, "Cette adhésion permettra de "
                        + "renforcer la cyberdéfense des États membres de l’organisation, selon un communiqué publié "
                        + "mercredi soir."), fr, Side.SOURCE),
                flags("Arabic paragraph left in the French text", ar, fr.insert(2, "وأكدت الشركة أنها ستواصل "
                        + "التعاون مع الدول الأعضاء في مجال الأمن السيبراني خلال السنوات المقبلة."), Side.TARGET),
                doesNotFlag("parallel text", ar, fr, Side.SOURCE),
                doesNotFlag("French paragraph added to the French text is an omission, not untranslated", ar,
                        fr.insert(2, OmissionDetector.ADDED_FRENCH), Side.TARGET));
    }
}
