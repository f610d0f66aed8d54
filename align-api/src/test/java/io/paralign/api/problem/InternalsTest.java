package io.paralign.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InternalsTest {

    private static void hidden(String detail) {
        assertEquals("the request was rejected", Internals.hide(detail, 400), detail);
    }

    private static void kept(String detail) {
        assertEquals(detail, Internals.hide(detail, 400));
    }

    @Test
    void detailsNamingInternalsAreReplaced() {
        hidden("Required request body is missing: public org.springframework.http.ResponseEntity<byte[]> "
                + "io.paralign.api.alignment.AlignmentController.create(io.paralign.api.alignment.AlignRequest)");
        hidden("Cannot deserialize value of type `java.lang.String` from Array value");
        hidden("Cannot coerce empty String to `AlignRequest$Text` value");
        hidden("Unexpected IOException");
        hidden("tools.jackson.core.exc.StreamReadException: Unexpected end-of-input");
        assertEquals("the server could not handle the request; see its log",
                Internals.hide("jakarta.servlet.ServletException", 500));
    }

    @Test
    void ordinaryDetailsAreKept() {
        kept("Required parameter 'q' is not present.");
        kept("Content-Type 'text/plain' is not supported.");
        kept("page must be a whole number, was 'abc'");
        kept("source.lang: 'tlh' is not a supported language; supported: ar, de");
        kept("");
    }

    /** The README promises every problem a detail; Spring's own have none for an asynchronous timeout. */
    @Test
    void aMissingDetailGetsTheGenericOne() {
        assertEquals("the request was rejected", Internals.hide(null, 400));
        assertEquals("the server could not handle the request; see its log", Internals.hide(null, 503));
    }
}
