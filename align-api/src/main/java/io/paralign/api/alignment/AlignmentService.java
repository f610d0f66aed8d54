package io.paralign.api.alignment;

import io.paralign.api.ApiProperties;
import io.paralign.api.store.AlignmentRecord;
import io.paralign.api.store.AlignmentStore;
import io.paralign.api.store.AlignmentSummary;
import io.paralign.api.store.Page;
import io.paralign.api.store.PairText;
import io.paralign.language.LanguageGuesser;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Aligns with the core pipeline, stores the body, and reads stored alignments back. */
@Service
public class AlignmentService {
    private final AlignmentPipeline pipeline;
    private final AlignmentStore store;
    private final AlignmentMetrics metrics;
    private final JsonMapper mapper;
    private final AlignmentGate gate;

    AlignmentService(AlignmentPipeline pipeline, AlignmentStore store, AlignmentMetrics metrics, JsonMapper mapper,
                     ApiProperties properties) {
        this.gate = new AlignmentGate(properties.concurrentAlignments());
        this.pipeline = pipeline;
        this.store = store;
        this.metrics = metrics;
        this.mapper = mapper;
    }

    /** A stored alignment: its id and its JSON body, in UTF-8. */
    public record Stored(String id, byte[] json) {
    }

    Stored align(String sourceText, String sourceLanguage, String targetText, String targetLanguage,
                 boolean preSegmented) {
        sourceLanguage = languageOf(sourceLanguage, sourceText);
        targetLanguage = languageOf(targetLanguage, targetText);
        metrics.documents(sourceText.length(), targetText.length());
        String source = sourceLanguage;
        String target = targetLanguage;
        AlignmentResult result = gate.run(() -> metrics.timeAlignment(source, target,
                () -> pipeline.align(sourceText, source, targetText, target, preSegmented)));
        metrics.flags(result.flags());
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        ObjectNode body = AlignmentBody.of(id, now, result);
        byte[] json = mapper.writeValueAsBytes(body);
        List<PairText> pairs = new ArrayList<>();
        for (JsonNode pair : body.get("pairs")) {
            pairs.add(new PairText(pair.get("index").asInt(), pair.get("sourceText").asString(),
                    pair.get("targetText").asString()));
        }
        store.save(new AlignmentRecord(id, now.toEpochMilli(), result.source().language(),
                result.target().language(), result.flags().size(), json, pairs));
        return new Stored(id, json);
    }

    /** The stored JSON body, as computed, in UTF-8. */
    public byte[] json(String id) {
        return store.find(id).orElseThrow(() -> new AlignmentNotFoundException(id));
    }

    /** The stored body as a tree. */
    public JsonNode tree(String id) {
        return mapper.readTree(json(id));
    }

    Page<AlignmentSummary> list(int page, int size) {
        return store.list(page, size);
    }

    void delete(String id) {
        if (!store.delete(id)) {
            throw new AlignmentNotFoundException(id);
        }
    }

    /** The given language tag, or the one align-core's guesser detects in the text when none is given. */
    private static String languageOf(String given, String text) {
        return given == null || given.isBlank() ? LanguageGuesser.guess(text) : given;
    }
}
