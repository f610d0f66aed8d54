package io.paralign.normalize;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * Removes the diacritics of Latin letters ({@code é → e}, {@code ñ → n}, {@code ø → o}) for fuzzy comparison,
 * leaving every other character as it is. Combining marks on non-Latin letters (Arabic harakat, Hebrew points)
 * are not touched here; {@link TextNormalizer} handles the Arabic ones.
 *
 * <p>Works on canonical decomposition (NFD), drops nonspacing marks that follow a Latin letter, and recomposes
 * (NFC). Letters with a stroke, which have no decomposition, are mapped explicitly. Idempotent and thread-safe.
 */
public final class AccentFolder implements Normalizer {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /**
     * Characters below this (ASCII, Latin-1, Latin Extended-A) fold one by one through {@link #FOLDED}: none of
     * them is a combining mark, so no two of them compose under NFC and folding each alone folds the whole.
     */
    private static final int TABLE_SIZE = 0x180;
    private static final char[] FOLDED = new char[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            FOLDED[c] = fold(String.valueOf(c)).charAt(0);
        }
    }

    @Override
    public String normalize(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= TABLE_SIZE) {
                return fold(text);
            }
            if (FOLDED[c] != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = FOLDED[c];
            }
        }
        return out == null ? text : new String(out);
    }

    private static String fold(String text) {
        String decomposed = NFD.normalize(text);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean afterLatin = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (!afterLatin) {
                    out.appendCodePoint(cp);
                }
                continue;
            }
            afterLatin = UScript.getScript(cp) == UScript.LATIN;
            out.appendCodePoint(stroke(cp));
        }
        return NFC.normalize(out);
    }

    private static int stroke(int cp) {
        return switch (cp) {
            case 'ø' -> 'o';
            case 'Ø' -> 'O';
            case 'ł' -> 'l';
            case 'Ł' -> 'L';
            case 'đ' -> 'd';
            case 'Đ' -> 'D';
            case 'ħ' -> 'h';
            case 'Ħ' -> 'H';
            default -> cp;
        };
    }
}
