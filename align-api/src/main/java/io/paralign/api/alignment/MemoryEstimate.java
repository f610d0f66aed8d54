package io.paralign.api.alignment;

/**
 * The heap an alignment is estimated to need, from its two texts: a fixed part, a part per character, and a part
 * per possible sentence break (a line break or a sentence-final mark), since the pipeline keeps per sentence far
 * more than per character: measured peaks (bench/HeapPerCharacter, align-api's README) run from 30-49 bytes a
 * character for long sentences of numbers to 406-558 for one-word lines, that is 2-2.4 KB per break. Both grow
 * somewhat faster than the input (align-core's super-linear parts), so the defaults (64 bytes a character, 3 KB a
 * break) are above the largest sizes measured.
 *
 * @param fixed        bytes whatever the size
 * @param perCharacter bytes per character of both texts
 * @param perBreak     bytes per line break or sentence-final mark ({@code . ! ? ؟ …}) of both texts
 */
record MemoryEstimate(long fixed, long perCharacter, long perBreak) {

    long of(String source, String target) {
        long characters = (long) source.length() + target.length();
        return fixed + characters * perCharacter + (breaks(source) + breaks(target)) * perBreak;
    }

    static long breaks(String text) {
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\n', '.', '!', '?', '\u061F', '\u2026' -> count++;
                default -> { }
            }
        }
        return count;
    }
}
