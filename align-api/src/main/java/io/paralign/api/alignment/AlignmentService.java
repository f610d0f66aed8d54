package io.paralign.api.alignment;

import io.paralign.api.ApiProperties;
import io.paralign.api.store.AlignmentRecord;
import io.paralign.api.store.AlignmentStore;
import io.paralign.api.store.AlignmentSummary;
import io.paralign.api.store.Page;
import io.paralign.cancel.Cancellation;
import io.paralign.language.LanguageMismatchException;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.score.Lexicon;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Aligns with the core pipeline, stores the body, and reads stored alignments back. An alignment is admitted by
 * the {@link AlignmentGate} (threads and memory), runs on one of its worker threads (language detection,
 * segmentation, alignment, the body in JSON), is cancelled at its deadline, and is stored only if not cancelled. The
 * worker does not wait for the store: it hands the alignment over and takes the next one, and the answer completes
 * once the store has made the alignment durable.
 */
@Service
public class AlignmentService implements DisposableBean {
    private final AlignmentPipeline pipeline;
    private final AlignmentStore store;
    private final AlignmentMetrics metrics;
    private final JsonMapper mapper;
    private final ApiProperties properties;
    /** Heap an alignment needs whatever its size: the pipeline's tables and buffers. */
    private static final long FIXED_MEMORY = 1 << 20;

    private final AlignmentGate gate;
    private final MemoryEstimate memory;
    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1,
            named("alignment-deadline"));

    AlignmentService(AlignmentPipeline pipeline, AlignmentStore store, AlignmentMetrics metrics, JsonMapper mapper,
                     ApiProperties properties) {
        long budget = properties.alignmentMemoryBytes();
        long small = properties.smallAlignmentMemoryBytes();
        this.memory = new MemoryEstimate(FIXED_MEMORY, properties.alignmentBytesPerCharacter(),
                properties.alignmentBytesPerSentenceBreak());
        this.gate = new AlignmentGate(properties.concurrentAlignments(), budget - small, small,
                properties.alignmentQueue(), budget / 4);
        this.workers = Executors.newFixedThreadPool(properties.concurrentAlignments() + 1, named("alignment"));
        this.deadlines.setRemoveOnCancelPolicy(true);
        this.pipeline = pipeline;
        this.store = store;
        this.metrics = metrics;
        this.mapper = mapper;
        this.properties = properties;
        metrics.gate(gate);
    }

    /** A stored alignment: its id and its JSON body, in UTF-8. */
    public record Stored(String id, byte[] json) {
    }

    /**
     * What a worker computed, ready to store: the typed result, which gives the store its languages and flag count
     * and the metrics their flags, and the body made from it once (with the pairs' texts for the search index, taken
     * from the result's beads as the body is written), stored and answered as it is; nothing is read back from it.
     */
    private record Computed(String id, Instant createdAt, AlignmentResult result, AlignmentBody body) {
    }

    /**
     * Starts aligning two texts: admits the request (or refuses it with {@link TooLargeForMemoryException} or
     * {@link OverloadedException}) and returns the job, whose answer completes with the stored alignment.
     */
    AlignmentJob<?, Stored> align(String sourceText, String sourceLanguage, String targetText, String targetLanguage,
                                  boolean preSegmented, RequestLanguages.Fields fields) {
        RequestLanguages.checkGiven(fields, sourceLanguage, targetLanguage);
        long arrival = System.nanoTime();
        Duration deadline = properties.alignmentDeadline();
        long characters = (long) sourceText.length() + targetText.length();
        AlignmentJob<Computed, Stored> job = new AlignmentJob<>(deadline,
                () -> compute(sourceText, sourceLanguage, targetText, targetLanguage, preSegmented, fields),
                this::store, metrics::cancelled);
        AlignmentGate.Ticket ticket;
        try {
            ticket = gate.enter(memory.of(sourceText, targetText), 2 * characters,
                    admitted -> workers.execute(() -> job.run(admitted)));
        } catch (TooLargeForMemoryException | OverloadedException e) {
            metrics.rejected(e);
            throw e;
        }
        long left = deadline.toNanos() - (System.nanoTime() - arrival);
        job.waiting(ticket, deadlines.schedule(() -> job.cancel(AlignmentJob.Reason.DEADLINE), left,
                TimeUnit.NANOSECONDS));
        return job;
    }

    /** The work of one alignment, on a worker thread; checks for cancellation between stages. */
    private Computed compute(String sourceText, String sourceLanguage, String targetText, String targetLanguage,
                             boolean preSegmented, RequestLanguages.Fields fields) {
        RequestLanguages.Pair languages = RequestLanguages.resolve(fields, sourceLanguage, sourceText, targetLanguage,
                targetText);
        String source = languages.source();
        String target = languages.target();
        metrics.documents(sourceText.length(), targetText.length());
        AlignmentResult result = metrics.timeAlignment(source, target, () -> {
            // a detected side goes as auto: the pipeline detects it again (the same answer) and the result says so
            Document s = segment(Side.SOURCE, sourceText, RequestLanguages.forPipeline(sourceLanguage, source),
                    preSegmented, fields.sourceLang());
            Cancellation.check("the source's segmentation");
            Document t = segment(Side.TARGET, targetText, RequestLanguages.forPipeline(targetLanguage, target),
                    preSegmented, fields.targetLang());
            Cancellation.check("the target's segmentation");
            return pipeline.align(s, t, Lexicon.EMPTY);
        });
        Cancellation.check("the alignment");
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        return new Computed(id, now, result, AlignmentBody.of(id, now, result, mapper));
    }

    /** One side segmented, its language checked against its text; a contradiction names the request field. */
    private Document segment(Side side, String text, String language, boolean preSegmented, String field) {
        try {
            return pipeline.segment(side, text, language, preSegmented);
        } catch (LanguageMismatchException e) {
            throw e.from(field);
        }
    }

    /** Hands the alignment to the store; the answer completes once it is durable, on the store's thread. */
    private CompletableFuture<Stored> store(Computed computed) {
        AlignmentResult result = computed.result();
        metrics.flags(result.flags());
        return store.save(new AlignmentRecord(computed.id(), computed.createdAt().toEpochMilli(),
                result.source().language(), result.target().language(), result.flags().size(),
                computed.body().json(), computed.body().pairs()))
                .thenApply(stored -> new Stored(computed.id(), computed.body().json()));
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

    @Override
    public void destroy() {
        deadlines.shutdownNow();
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
