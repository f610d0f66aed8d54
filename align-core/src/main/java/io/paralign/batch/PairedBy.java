package io.paralign.batch;

/** How a pair was made. The codes are stable: reports write them (the CLI's summary.json and summary.csv). */
public enum PairedBy {
    /** Name-mates (same stem once the language word is removed) whose anchors are below the pairing threshold. */
    NAME("name"),
    /** Shared anchors only: the names say nothing. */
    ANCHORS("anchors"),
    /** Name-mates whose anchors reach the pairing threshold too. */
    NAME_AND_ANCHORS("name+anchors"),
    /** Listed in a manifest. */
    MANIFEST("manifest");

    private final String code;

    PairedBy(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
