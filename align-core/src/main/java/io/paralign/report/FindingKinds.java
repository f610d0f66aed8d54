package io.paralign.report;

/**
 * Which flag types are content (text a reader of one version does not get: omissions, number mismatches, partial
 * and untranslated text) and which are layout (headings, repeats, boilerplate), as the HTML report's legend groups
 * them; for pages that rank pairs by what needs attention.
 */
public final class FindingKinds {
    private FindingKinds() {
    }

    /** Whether a flag type code is a content finding; false for layout types and codes this version does not know. */
    public static boolean isContent(String type) {
        FlagLook look = FlagLook.of(type);
        return look != FlagLook.OTHER && look.group == FlagLook.Group.CONTENT;
    }
}
