package io.paralign.diverge;

import java.util.List;

/** A selection of detectors named a flag type that does not exist. */
public final class UnknownFlagTypeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code  the code given
     * @param known the codes that exist
     */
    public UnknownFlagTypeException(String code, List<String> known) {
        super("unknown flag type '" + code + "'; known: " + String.join(", ", known));
    }
}
