package io.paralign.api.problem;

import java.util.regex.Pattern;

/**
 * Keeps internal names out of problem details: a detail that names a package, a class, a method signature or an
 * exception (as Spring's "Required request body is missing: ResponseEntity io.paralign...create(...)" did) is
 * replaced by a generic one for its status.
 */
final class Internals {
    private static final Pattern INTERNAL = Pattern.compile(
            "\\b(?:io\\.paralign|java|javax|jakarta|sun|tools\\.jackson|com\\.fasterxml|org\\.springframework"
                    + "|org\\.apache)\\.\\w"
                    + "|\\w\\$\\w"
                    + "|\\b\\w*(?:Exception|Error)\\b");

    private Internals() {
    }

    static boolean named(String detail) {
        return detail != null && INTERNAL.matcher(detail).find();
    }

    /** The detail, or a generic one for the status when it names internals or is missing. */
    static String hide(String detail, int status) {
        if (detail != null && !named(detail)) {
            return detail;
        }
        return status >= 500 ? "the server could not handle the request; see its log" : "the request was rejected";
    }
}
