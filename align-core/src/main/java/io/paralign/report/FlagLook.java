package io.paralign.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the HTML report shows each kind of finding: its group, label, description and background colour, in the
 * order the legend lists them (content before layout). The colours, the legend and the filters are all generated
 * from this one list. Every colour is light enough for the page's text (#222) to keep a contrast ratio above 10:1.
 * {@link #UNMATCHED} is text with no counterpart that no detector flagged; {@link #OTHER} a flag type this version
 * does not know (from a stored report of another version).
 */
enum FlagLook {
    MISSING_IN_TARGET(Group.CONTENT, "#f9c6c6"),
    MISSING_IN_SOURCE(Group.CONTENT, "#fbd7a8"),
    ANCHOR_MISMATCH(Group.CONTENT, "#f7ec8c"),
    LENGTH_RATIO(Group.CONTENT, "#dccdfb"),
    UNTRANSLATED(Group.CONTENT, "#c5e2fb"),
    UNMATCHED(Group.CONTENT, "#f1dcef"),
    HEADING_UNMATCHED(Group.LAYOUT, "#cdeed6"),
    DUPLICATE_BLOCK(Group.LAYOUT, "#c6ebeb"),
    BOILERPLATE(Group.LAYOUT, "#e2e2e2"),
    OTHER(Group.LAYOUT, "#eeeeee");

    /** The legend's two groups: what a reader of one version misses, and the page's furniture. */
    enum Group {
        CONTENT("Content: text a reader of one version does not get"),
        LAYOUT("Layout: headings, repeats and page furniture");

        final String title;

        Group(String title) {
            this.title = title;
        }
    }

    final Group group;
    final String colour;

    FlagLook(Group group, String colour) {
        this.group = group;
        this.colour = colour;
    }

    /** The look of a flag type code; {@link #OTHER} for a code this version does not know. */
    static FlagLook of(String type) {
        return Arrays.stream(values()).filter(l -> l != UNMATCHED && l != OTHER && l.name().equals(type)).findFirst()
                .orElse(OTHER);
    }

    /** The CSS class: {@code t-missing-in-source}. */
    String css() {
        return "t-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The short label, with the sides named: "Missing in Arabic". */
    String label(SideNames sides) {
        return switch (this) {
            case MISSING_IN_TARGET -> "Missing in " + sides.target();
            case MISSING_IN_SOURCE -> "Missing in " + sides.source();
            case ANCHOR_MISMATCH -> "Number on one side";
            case LENGTH_RATIO -> "Partial translation";
            case UNTRANSLATED -> "Untranslated";
            case UNMATCHED -> "No counterpart, not flagged";
            case HEADING_UNMATCHED -> "Heading unmatched";
            case DUPLICATE_BLOCK -> "Repeated block";
            case BOILERPLATE -> "Boilerplate";
            case OTHER -> "Other finding";
        };
    }

    /** What the label means, for the legend. */
    String description(SideNames sides) {
        return switch (this) {
            case MISSING_IN_TARGET -> sides.source() + " text with no counterpart in the " + sides.target();
            case MISSING_IN_SOURCE -> sides.target() + " text with no counterpart in the " + sides.source();
            case ANCHOR_MISMATCH -> "a number or Latin-script token on one side of an aligned pair only";
            case LENGTH_RATIO -> "an aligned pair far longer or shorter than its counterpart";
            case UNTRANSLATED -> "text left in the other version's language";
            case UNMATCHED -> "text with no counterpart that no detector flagged (under the confidence threshold,"
                    + " or its detector off)";
            case HEADING_UNMATCHED -> "a heading with no counterpart";
            case DUPLICATE_BLOCK -> "the same paragraph repeated within one version";
            case BOILERPLATE -> "site chrome, credits, \"read more\" lines and the like";
            case OTHER -> "a flag type this version of the report does not know";
        };
    }

    /**
     * The style rules of every look: its colour, and the filter that its count's link turns on ({@code #only-t-…}
     * as the URL's fragment hides every bead and flag row without that finding).
     */
    static String css(String beads, String flags, String note) {
        StringBuilder out = new StringBuilder();
        for (FlagLook look : values()) {
            String c = look.css();
            out.append('.').append(c).append("{background:").append(look.colour).append("}\n");
            out.append("#only-").append(c).append(":target~").append(beads).append(" tbody tr:not(.has-").append(c)
                    .append("),#only-").append(c).append(":target~").append(flags).append(" tbody tr:not(.")
                    .append(c).append("){display:none}\n");
        }
        out.append(Arrays.stream(values()).map(l -> "#only-" + l.css() + ":target~" + note)
                .collect(Collectors.joining(",", "", "{display:block}\n")));
        return out.toString();
    }
}
