package io.paralign.api.alignment;

/** A request parameter or field has a value the API does not accept; the message names it and the value. */
public class BadParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BadParameterException(String message) {
        super(message);
    }

    /**
     * Checks a 0-based page number and a page size between 1 and {@code maxSize}, and that the page ends within
     * int range: {@code (page + 1) * size} overflowed for {@code page=2147483647}.
     */
    public static void checkPage(int page, int size, int maxSize) {
        if (page < 0) {
            throw new BadParameterException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > maxSize) {
            throw new BadParameterException("size must be between 1 and " + maxSize + ", was " + size);
        }
        if ((page + 1L) * size > Integer.MAX_VALUE) {
            throw new BadParameterException("page " + page + " of size " + size + " is beyond the last item there can be"
                    + " (" + Integer.MAX_VALUE + "); page must be at most " + (Integer.MAX_VALUE / size - 1));
        }
    }
}
