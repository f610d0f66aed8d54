import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heap one alignment needs per character of its two texts, in process: aligns a request body written by
 * {@code GrowthBenchmark --write} and builds its response body as align-api does, while a sampler collects garbage
 * every 50 ms and keeps the largest heap found in use after a collection, less what was in use before (the texts
 * included). Run on align-api's classpath with a serial collector, e.g.
 * {@code java -XX:+UseSerialGC -Xmx2g -cp <align-api classes and jars> align-api/bench/HeapPerCharacter.java r.json}.
 */
public class HeapPerCharacter {
    public static void main(String[] args) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        AlignmentPipeline pipeline = new AlignmentPipeline();
        Class<?> body = Class.forName("io.paralign.api.alignment.AlignmentBody");
        Method of = body.getDeclaredMethod("of", String.class, Instant.class, AlignmentResult.class, JsonMapper.class);
        of.setAccessible(true);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (String file : args) {
            JsonNode request = mapper.readTree(Files.readString(Path.of(file)));
            String source = request.get("source").get("text").asString();
            String target = request.get("target").get("text").asString();
            request = null;
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    System.gc();
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long start = System.nanoTime();
            AlignmentResult result = pipeline.align(source, "fr", target, "ar", false);
            Object built = of.invoke(null, "id", Instant.now(), result, mapper);
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            System.gc();
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            long characters = (long) source.length() + target.length();
            System.out.printf("%s: %,d characters, %,d beads, %.1f s, peak %,d bytes over the texts: %.0f bytes a"
                    + " character%n", file, characters, result.beads().size(), seconds, peak.get() - before,
                    (double) (peak.get() - before) / characters);
            result = null;
            built = null;
        }
    }
}
