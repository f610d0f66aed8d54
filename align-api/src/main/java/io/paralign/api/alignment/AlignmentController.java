package io.paralign.api.alignment;

import io.paralign.api.ApiProperties;
import io.paralign.api.store.AlignmentSummary;
import io.paralign.api.store.Page;
import io.paralign.diverge.FlagType;
import io.paralign.model.Side;
import io.paralign.api.openapi.ProblemResponses;
import io.paralign.api.problem.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.context.request.async.DeferredResultProcessingInterceptor;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/alignments")
@Tag(name = "alignments", description = "Align two texts, read the result, its pairs and flags, list and delete")
class AlignmentController {
    private static final String CREATE = "Align two texts";
    private static final String CREATE_DESCRIPTION = """
            Aligns a source and a target text, as JSON or as two uploaded UTF-8 files (multipart parts source and \
            target, fields sourceLang, targetLang, preSegmented), stores the result and answers it with its \
            location. A language left out or given as auto is detected from the text (the side's languageDetected \
            says so); one given that the text clearly contradicts is refused (422 language-mismatch). The request \
            waits for a free alignment thread and memory, within the alignment deadline (503 otherwise).""";
    private static final String CREATED = "The alignment, stored; Location holds its address";
    private static final String ID = "the alignment's id, as answered when it was created";
    private static final String PAGE = "the page, 0-based";
    private static final String SIZE = "items per page, 1 to paralign.api.max-page-size (100 by default)";

    private final AlignmentService service;
    private final ApiProperties properties;
    private final ConnectionWatch connections;

    AlignmentController(AlignmentService service, ApiProperties properties, ConnectionWatch connections) {
        this.service = service;
        this.properties = properties;
        this.connections = connections;
    }

    /**
     * Aligns two texts given as JSON; answers 201 with the stored body and its location. Languages given are checked
     * before the alignment waits for its turn; languages left out are detected on its worker.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = CREATE, description = CREATE_DESCRIPTION)
    @ApiResponse(responseCode = "201", description = CREATED, headers = @Header(name = "Location",
            description = "/api/v1/alignments/{id}", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = BodySchema.Alignment.class)))
    @ProblemResponses({ProblemType.MALFORMED_BODY, ProblemType.INVALID_REQUEST, ProblemType.INVALID_TEXT,
            ProblemType.UNSUPPORTED_LANGUAGE, ProblemType.SAME_LANGUAGE, ProblemType.LANGUAGE_NOT_DETECTED,
            ProblemType.LANGUAGE_MISMATCH, ProblemType.REQUEST_TOO_LARGE, ProblemType.UNSUPPORTED_MEDIA_TYPE,
            ProblemType.OVERLOADED, ProblemType.DEADLINE_EXCEEDED, ProblemType.UNAVAILABLE})
    DeferredResult<ResponseEntity<byte[]>> create(@Valid @RequestBody AlignRequest request,
                                                  HttpServletRequest servletRequest) {
        return answer(servletRequest, service.align(request.source().text(), request.source().lang(),
                request.target().text(), request.target().lang(), request.isPreSegmented(),
                RequestLanguages.Fields.JSON));
    }

    /** Aligns two uploaded UTF-8 text files, parts {@code source} and {@code target}. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = CREATE, description = CREATE_DESCRIPTION)
    @ApiResponse(responseCode = "201", description = CREATED, headers = @Header(name = "Location",
            description = "/api/v1/alignments/{id}", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = BodySchema.Alignment.class)))
    @ProblemResponses({ProblemType.MALFORMED_BODY, ProblemType.BAD_PARAMETER, ProblemType.INVALID_TEXT,
            ProblemType.UNSUPPORTED_LANGUAGE, ProblemType.SAME_LANGUAGE, ProblemType.LANGUAGE_NOT_DETECTED,
            ProblemType.LANGUAGE_MISMATCH, ProblemType.REQUEST_TOO_LARGE, ProblemType.UNSUPPORTED_MEDIA_TYPE,
            ProblemType.OVERLOADED, ProblemType.DEADLINE_EXCEEDED, ProblemType.UNAVAILABLE})
    DeferredResult<ResponseEntity<byte[]>> upload(
            @Parameter(description = "the source text, a UTF-8 file") @RequestPart("source") MultipartFile source,
            @Parameter(description = "the target text, a UTF-8 file") @RequestPart("target") MultipartFile target,
            @Parameter(description = "the source's language (BCP 47); detected when left out or auto")
            @RequestParam(name = "sourceLang", required = false) String sourceLang,
            @Parameter(description = "the target's language (BCP 47); detected when left out or auto")
            @RequestParam(name = "targetLang", required = false) String targetLang,
            @Parameter(description = "true when both files hold one sentence a line")
            @RequestParam(name = "preSegmented", defaultValue = "false") boolean preSegmented,
            HttpServletRequest servletRequest) {
        return answer(servletRequest, service.align(utf8("source", source), sourceLang, utf8("target", target),
                targetLang, preSegmented, RequestLanguages.Fields.MULTIPART));
    }

    @GetMapping
    @Operation(summary = "List stored alignments", description = "The stored alignments, newest first, a page at "
            + "a time, each with its languages and its numbers of pairs and flags.")
    @ProblemResponses(ProblemType.BAD_PARAMETER)
    Page<AlignmentSummary> list(@Parameter(description = PAGE) @RequestParam(defaultValue = "0") int page,
                                @Parameter(description = SIZE) @RequestParam(defaultValue = "20") int size) {
        BadParameterException.checkPage(page, size, properties.maxPageSize());
        return service.list(page, size);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read an alignment", description = "The alignment's body exactly as it was answered when "
            + "it was created.")
    @ApiResponse(responseCode = "200", description = "The alignment",
            content = @Content(schema = @Schema(implementation = BodySchema.Alignment.class)))
    @ProblemResponses(ProblemType.ALIGNMENT_NOT_FOUND)
    byte[] get(@Parameter(description = ID) @PathVariable String id) {
        return service.json(id);
    }

    /** The aligned pairs, a page at a time. */
    @GetMapping("/{id}/pairs")
    @Operation(summary = "Page through an alignment's pairs", description = "The sentence beads with their texts "
            + "and the indices of their flags, in text order, a page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of pairs",
            content = @Content(schema = @Schema(implementation = BodySchema.PairPage.class)))
    @ProblemResponses({ProblemType.ALIGNMENT_NOT_FOUND, ProblemType.BAD_PARAMETER})
    Page<JsonNode> pairs(@Parameter(description = ID) @PathVariable String id,
                         @Parameter(description = PAGE) @RequestParam(defaultValue = "0") int page,
                         @Parameter(description = SIZE) @RequestParam(defaultValue = "50") int size) {
        BadParameterException.checkPage(page, size, properties.maxPageSize());
        List<JsonNode> all = new ArrayList<>(service.tree(id).get("pairs").values());
        int from = (int) Math.min(all.size(), (long) page * size);
        return new Page<>(page, size, all.size(), all.subList(from, Math.min(all.size(), from + size)));
    }

    /** The divergence flags, optionally only those of one type and/or one side. */
    @GetMapping("/{id}/flags")
    @Operation(summary = "Read an alignment's flags", description = "The divergences found, all in one page, "
            + "optionally only those of one type and/or on one side.")
    @ApiResponse(responseCode = "200", description = "The flags asked for",
            content = @Content(schema = @Schema(implementation = BodySchema.FlagPage.class)))
    @ProblemResponses({ProblemType.ALIGNMENT_NOT_FOUND, ProblemType.BAD_PARAMETER})
    Page<JsonNode> flags(@Parameter(description = ID) @PathVariable String id,
                         @Parameter(description = "only flags of this type (case-insensitive)",
                                 schema = @Schema(implementation = FlagType.class))
                         @RequestParam(required = false) String type,
                         @Parameter(description = "only flags on this side",
                                 schema = @Schema(allowableValues = {"source", "target"}))
                         @RequestParam(required = false) String side) {
        String wantedType = type == null ? null : flagType(type);
        String wantedSide = side == null ? null : side(side);
        List<JsonNode> flags = service.tree(id).get("flags").values().stream()
                .filter(f -> wantedType == null || wantedType.equals(f.get("type").asString()))
                .filter(f -> wantedSide == null || wantedSide.equals(f.get("side").asString()))
                .toList();
        return new Page<>(0, flags.size(), flags.size(), flags);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an alignment", description = "Removes the alignment and its pairs from the store "
            + "and the search; of concurrent deletes of one id, one is answered 204, the others 404.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemResponses(ProblemType.ALIGNMENT_NOT_FOUND)
    void delete(@Parameter(description = ID) @PathVariable String id) {
        service.delete(id);
    }

    /**
     * Answers asynchronously: the request thread goes back to Tomcat while the alignment waits and runs. A client
     * that closes its connection meanwhile ({@link ConnectionWatch}, or the container's async error event) has its
     * alignment cancelled; the container's async timeout, set after the alignment's own deadline, is only a
     * safety net.
     */
    private DeferredResult<ResponseEntity<byte[]>> answer(HttpServletRequest request,
                                                          AlignmentJob<?, AlignmentService.Stored> job) {
        DeferredResult<ResponseEntity<byte[]>> result = new DeferredResult<>(
                properties.alignmentDeadline().plusSeconds(10).toMillis());
        ConnectionWatch.Watch watch = connections.of(request, () -> job.cancel(AlignmentJob.Reason.DISCONNECT));
        WebAsyncUtils.getAsyncManager(request).registerDeferredResultInterceptor(watch,
                new DeferredResultProcessingInterceptor() {
                    @Override
                    public <T> void preProcess(NativeWebRequest webRequest, DeferredResult<T> deferred) {
                        watch.start();
                    }
                });
        result.onError(e -> {
            watch.stop();
            job.cancel(AlignmentJob.Reason.DISCONNECT);
        });
        result.onTimeout(() -> job.cancel(AlignmentJob.Reason.DEADLINE));
        result.onCompletion(watch::stop);
        job.answer().whenComplete((stored, failure) -> {
            watch.stop();
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause == null) {
                result.setResult(created(stored));
            } else if (cause instanceof AlignmentJob.ClientGoneException) {
                result.setResult(ResponseEntity.noContent().build());   // nobody reads it; ends the async request
            } else {
                result.setErrorResult(cause);
            }
        });
        return result;
    }

    private static ResponseEntity<byte[]> created(AlignmentService.Stored stored) {
        return ResponseEntity.created(URI.create("/api/v1/alignments/" + stored.id()))
                .contentType(MediaType.APPLICATION_JSON).body(stored.json());
    }

    private static String flagType(String type) {
        try {
            return FlagType.valueOf(type.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("unknown flag type '" + type + "'; known: "
                    + Arrays.toString(FlagType.values()));
        }
    }

    private static String side(String side) {
        for (Side s : Side.values()) {
            if (s.json().equalsIgnoreCase(side)) {
                return s.json();
            }
        }
        throw new BadParameterException("side must be 'source' or 'target', was '" + side + "'");
    }

    private static String utf8(String part, MultipartFile file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadParameterException("part '" + part + "' is not UTF-8 text");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read part '" + part + "'", e);
        }
    }
}
