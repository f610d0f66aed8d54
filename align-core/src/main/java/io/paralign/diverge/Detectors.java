package io.paralign.diverge;

import io.paralign.model.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed set of detectors, one per {@link FlagType}, keyed by that type's stable code (as LanguageTool
 * keys rules by id). Options select from it by code; a code that names no detector is refused.
 */
public final class Detectors {
    private static final Map<FlagType, FlagDetector> BY_TYPE = byType(
            new OmissionDetector(Side.SOURCE), new OmissionDetector(Side.TARGET), new AnchorMismatchDetector(),
            new LengthRatioDetector(), new DuplicateBlockDetector(), new UnmatchedHeadingDetector(),
            new BoilerplateDetector(), new UntranslatedDetector());

    private Detectors() {
    }

    /** Every type, each with its detector: the default selection. */
    public static Set<FlagType> all() {
        return Collections.unmodifiableSet(EnumSet.allOf(FlagType.class));
    }

    /** The detector of a type. */
    static FlagDetector of(FlagType type) {
        return BY_TYPE.get(type);
    }

    /** Every detector, in the order of the types. */
    static List<FlagDetector> list() {
        return List.copyOf(BY_TYPE.values());
    }

    /**
     * The types named by their stable codes, e.g. {@code ["MISSING_IN_TARGET", "BOILERPLATE"]}.
     *
     * @throws UnknownFlagTypeException when a code names no type; the message names it and the known codes
     */
    public static Set<FlagType> select(Collection<String> codes) {
        Set<FlagType> selected = EnumSet.noneOf(FlagType.class);
        for (String code : codes) {
            FlagType type = Arrays.stream(FlagType.values()).filter(t -> t.name().equals(code))
                    .findFirst().orElseThrow(() -> new UnknownFlagTypeException(code, codes()));
            selected.add(type);
        }
        return Collections.unmodifiableSet(selected);
    }

    /** The stable codes of every type, in their order. */
    public static List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (FlagType type : FlagType.values()) {
            codes.add(type.name());
        }
        return List.copyOf(codes);
    }

    private static Map<FlagType, FlagDetector> byType(FlagDetector... detectors) {
        Map<FlagType, FlagDetector> map = new EnumMap<>(FlagType.class);
        for (FlagDetector detector : detectors) {
            if (map.put(detector.type(), detector) != null) {
                throw new IllegalStateException("two detectors of type " + detector.type());
            }
        }
        if (map.size() != FlagType.values().length) {
            throw new IllegalStateException("types without a detector: "
                    + EnumSet.complementOf(EnumSet.copyOf(map.keySet())));
        }
        return Collections.unmodifiableMap(map);
    }
}
