package io.paralign.api.problem;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Says what is wrong with a request body in the request's own terms: the field (as a path, {@code source.text})
 * and what it should hold. Jackson's messages name Java types and classes ({@code java.lang.String},
 * {@code io.paralign...AlignRequest$Text}); none of that reaches a client.
 */
final class BodyErrors {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

    private BodyErrors() {
    }

    /** @param cause what the JSON reader threw, or null when there was no body */
    static String describe(Throwable cause) {
        if (cause == null) {
            return "the request body is missing; send a JSON object";
        }
        if (cause instanceof PropertyBindingException unknown) {
            return "unknown field '" + path(unknown, unknown.getPropertyName()) + "'";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String path = path(mismatch, null);
            return (path.isEmpty() ? "the body" : path) + " must be " + expected(mismatch.getTargetType());
        }
        if (cause instanceof StreamConstraintsException) {
            return "the body is nested too deeply or holds a value too long";
        }
        if (cause instanceof StreamReadException read) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(read.getOriginalMessage()));
            if (duplicate.find()) {
                String path = path(read, null);
                return "duplicate field '" + (path.isEmpty() ? "" : path + ".") + duplicate.group(1) + "'";
            }
            return "the body is not valid JSON (line " + read.getLocation().getLineNr() + ", column "
                    + read.getLocation().getColumnNr() + ")";
        }
        return "the body is not valid JSON for this request";
    }

    /** The JSON path of the value in error: {@code source.text}, {@code items[2]}; the last name added when given. */
    private static String path(JacksonException e, String last) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (last != null && !path.toString().endsWith(last)) {
            path.append(path.isEmpty() ? "" : ".").append(last);
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type) || List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "of another type";
    }
}
