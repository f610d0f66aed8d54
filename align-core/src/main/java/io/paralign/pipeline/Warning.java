package io.paralign.pipeline;

import java.util.Objects;

/**
 * A limit one alignment reached: the result is still complete and valid, but some work was capped to keep cost
 * linear in the input (see {@link Limits}), so it may differ from what an unbounded run would give.
 *
 * @param code    stable identifier, never renamed once in the JSON ({@code ANCHORS_CAPPED})
 * @param message what was capped, with the limit and the values involved
 */
public record Warning(String code, String message) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
