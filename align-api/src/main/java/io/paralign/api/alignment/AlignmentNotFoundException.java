package io.paralign.api.alignment;

/** No alignment is stored under the id. */
public class AlignmentNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlignmentNotFoundException(String id) {
        super("no alignment with id '" + id + "'");
    }
}
