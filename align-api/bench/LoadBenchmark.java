import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Posts the seed pair (seeds/001 French, seeds/000 Arabic) to a running align-api for a while from N connections
 * and prints throughput and latency percentiles, after a warm-up as fast as the connections go (default 240 s: the
 * server's C2 compiler keeps compiling for about four minutes). JDK only:
 * {@code java align-api/bench/LoadBenchmark.java [baseUrl] [seconds] [connections] [seedsDir] [warmUpSeconds] [rate]}.
 *
 * <p>With no rate (or 0), each connection posts again as soon as it has its answer (closed loop, as wrk does): the
 * throughput is the most the server gives, and the mean latency is then connections / throughput. With a rate, the
 * requests are due at fixed times, {@code rate} per second (open loop, as wrk2 does): a request waits for a free
 * connection if all are busy, and its latency counts from when it was due, so a server that falls behind is not
 * excused by the client slowing down (coordinated omission). Each connection's client is kept from the warm-up
 * to the end, as wrk keeps its connections. The client's threads share the machine with the server;
 * {@code wrk-load.sh} loads it with less client CPU.
 *
 * <p>With {@code in-process} as a seventh argument, and align-core on the class path (align-cli's jar holds it:
 * {@code java -cp align-cli/target/align-cli.jar align-api/bench/LoadBenchmark.java ... in-process}), the same run
 * then aligns the same pair in this JVM through align-core's pipeline, one thread per core (the pipeline's best: more
 * threads only contend, as the service's admission gate knows), closed loop, after the same warm-up, while the server
 * stands idle, and prints the service's throughput as a share of the pipeline's.
 */
public class LoadBenchmark {
    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        Path seeds = Path.of(args.length > 3 ? args[3] : "seeds");
        String body = "{\"source\":{\"lang\":\"fr\",\"text\":" + json(Files.readString(seeds.resolve("001_d60f469c9e1ad6ee.txt")))
                + "},\"target\":{\"lang\":\"ar\",\"text\":" + json(Files.readString(seeds.resolve("000_8309a08ed0edb24a.txt")))
                + "}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/alignments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 240;
        double rate = args.length > 5 ? Double.parseDouble(args[5]) : 0;
        // one client (one HTTP/1.1 connection) per connection thread, kept through every phase as wrk keeps its
        // connections: a client made anew per phase opened 32 connections at once when the measured run began,
        // and its first second then made the tail
        List<HttpClient> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }
        List<Work> posts = clients.stream().<Work>map(client -> () -> client.send(request,
                HttpResponse.BodyHandlers.discarding()).statusCode() == 201).toList();
        load(posts, warmUp, 0);
        Run service = load(posts, seconds, rate);
        service.print(seconds, connections, rate);
        if (args.length > 6 && args[6].equals("in-process")) {
            String french = Files.readString(seeds.resolve("001_d60f469c9e1ad6ee.txt"));
            String arabic = Files.readString(seeds.resolve("000_8309a08ed0edb24a.txt"));
            // through reflection, so that this file still compiles with the JDK alone for the other modes
            Class<?> type;
            try {
                type = Class.forName("io.paralign.pipeline.AlignmentPipeline");
            } catch (ClassNotFoundException e) {
                System.err.println("in-process needs align-core on the class path: java -cp "
                        + "align-cli/target/align-cli.jar align-api/bench/LoadBenchmark.java ...");
                System.exit(2);
                return;
            }
            Object pipeline = type.getConstructor().newInstance();
            java.lang.reflect.Method alignPair = type.getMethod("align", String.class, String.class, String.class,
                    String.class, boolean.class);
            java.lang.reflect.Method beads = alignPair.getReturnType().getMethod("beads");
            Work align = () -> !((List<?>) beads.invoke(alignPair.invoke(pipeline, french, "fr", arabic, "ar", false)))
                    .isEmpty();
            int cores = Runtime.getRuntime().availableProcessors();
            List<Work> aligners = java.util.Collections.nCopies(cores, align);
            load(aligners, warmUp, 0);
            Run inProcess = load(aligners, seconds, 0);
            System.out.print("in-process, the same pair through align-core's pipeline: ");
            inProcess.print(seconds, cores, 0);
            System.out.printf("service / in-process: %.2f%n", service.throughput() / inProcess.throughput());
        }
    }

    /** One request or one alignment, made by one thread; true when it went as expected. */
    private interface Work {
        boolean run() throws Exception;
    }

    /** Latencies sorted, errors, and the time from the start to the last answer. */
    private record Run(long[] sorted, long errors, long nanos) {
        double throughput() {
            return sorted.length / (nanos / 1e9);
        }

        void print(int seconds, int connections, double rate) {
            System.out.printf("%d requests in %d s from %d connections%s, the last answered after %.1f s:"
                    + " %.1f alignments/s, %d errors%n", sorted.length, seconds, connections,
                    rate > 0 ? String.format(" due at %.0f/s", rate) : "", nanos / 1e9, sorted.length / (nanos / 1e9),
                    errors);
            System.out.printf("latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(sorted, 0.50), pct(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }
    }

    /**
     * One thread per work, each doing its work again and again: closed loop when {@code rate} is 0; otherwise
     * requests due every {@code 1 / rate} s, timed from then.
     */
    private static Run load(List<Work> works, int seconds, double rate) throws InterruptedException {
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;
        AtomicLong due = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong(begin);
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (Work work : works) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            Thread t = new Thread(() -> {
                int n = 0;
                while (true) {
                    long start;
                    if (rate > 0) {
                        start = begin + (long) (due.getAndIncrement() * 1e9 / rate);
                        if (start >= end) {
                            break;
                        }
                        for (long wait; (wait = start - System.nanoTime()) > 0; ) {
                            LockSupport.parkNanos(wait);
                        }
                    } else {
                        start = System.nanoTime();
                        if (start >= end) {
                            break;
                        }
                    }
                    try {
                        if (!work.run()) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    long answered = System.nanoTime();
                    mine[++n] = answered - start;
                    lastAnswer.accumulateAndGet(answered, Math::max);
                }
                mine[0] = n;
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a, 1, (int) a[0] + 1)).sorted().toArray();
        return new Run(all, errors.get(), lastAnswer.get() - begin);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
