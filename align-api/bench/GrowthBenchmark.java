import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * How the time of one alignment grows with its input, and whether a normal request is still answered while large
 * ones run. JDK only; start the server with a deadline long enough for the largest sizes:
 * {@code java align-api/bench/GrowthBenchmark.java [baseUrl] [seedsDir] [family...]}.
 *
 * <p>Three families of worst cases, four sizes each, posted one at a time (after one warm-up post of the smallest
 * size): {@code numbers}, N numbers in one sentence on each side; {@code lines}, N one-word lines on each side;
 * {@code one-to-many}, N one-line sentences against one sentence. For each size it prints the request and
 * response sizes, the status, the time and its ratio to the previous size's (2.0 when time grows as N, 4.0 as
 * N squared, the sizes doubling). Then {@code fairness}: the seed pair's latency (median of 5) idle, and while
 * two of the largest {@code lines} requests run. {@code --write family N file [seedsDir]} writes one request body
 * to a file; the family may also be {@code seeds}, the seed pair repeated N times.
 */
public class GrowthBenchmark {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Family(String name, int[] sizes, IntFunction<String> body) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("--write")) {   // --write family N file [seedsDir]: the body only
            int n = Integer.parseInt(args[2]);
            Files.writeString(Path.of(args[3]), switch (args[1]) {
                case "numbers" -> numbers(n);
                case "lines" -> lines(n);
                case "seeds" -> seeds(Path.of(args.length > 4 ? args[4] : "seeds"), n);
                default -> oneToMany(n);
            });
            return;
        }
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        Path seeds = Path.of(args.length > 1 ? args[1] : "seeds");
        List<String> wanted = args.length > 2 ? Arrays.asList(args).subList(2, args.length)
                : List.of("numbers", "lines", "one-to-many", "fairness");
        List<Family> families = List.of(
                new Family("numbers", new int[] {8_000, 16_000, 32_000, 64_000}, GrowthBenchmark::numbers),
                new Family("lines", new int[] {5_000, 10_000, 20_000, 30_000}, GrowthBenchmark::lines),
                new Family("one-to-many", new int[] {10_000, 20_000, 40_000, 80_000}, GrowthBenchmark::oneToMany));
        System.out.println("| family | N | request bytes | response bytes | response / request | status | seconds | time ratio |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Family family : families) {
            if (!wanted.contains(family.name())) {
                continue;
            }
            post(base, family.body().apply(family.sizes()[0] / 4));   // warm-up
            double previous = 0;
            for (int n : family.sizes()) {
                String body = family.body().apply(n);
                long start = System.nanoTime();
                HttpResponse<byte[]> response = post(base, body);
                double seconds = (System.nanoTime() - start) / 1e9;
                int requestBytes = body.getBytes(StandardCharsets.UTF_8).length;
                System.out.printf("| %s | %,d | %,d | %,d | %.1f | %d | %.2f | %s |%n", family.name(), n, requestBytes,
                        response.body().length, (double) response.body().length / requestBytes,
                        response.statusCode(), seconds, previous == 0 ? "" : String.format("%.2f", seconds / previous));
                previous = seconds;
            }
        }
        if (wanted.contains("fairness")) {
            fairness(base, seeds, lines(30_000));
        }
    }

    private static void fairness(String base, Path seeds, String worst) throws Exception {
        String seed = request("fr", Files.readString(seeds.resolve("001_d60f469c9e1ad6ee.txt")), "ar",
                Files.readString(seeds.resolve("000_8309a08ed0edb24a.txt")));
        for (int i = 0; i < 5; i++) {
            post(base, seed);
        }
        double idle = medianSeconds(base, seed);
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<byte[]>>> large = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            large.add(CLIENT.sendAsync(alignment(base, worst), HttpResponse.BodyHandlers.ofByteArray()));
        }
        Thread.sleep(2_000);   // both large ones admitted and running
        double loaded = medianSeconds(base, seed);
        StringBuilder statuses = new StringBuilder();
        for (CompletableFuture<HttpResponse<byte[]>> f : large) {
            statuses.append(f.get().statusCode()).append(' ');
        }
        System.out.printf("%nseed pair, median of 5: idle %.3f s, while two 30,000-line requests run %.3f s (%.1fx);"
                + " the large ones answered %sin %.1f s%n", idle, loaded, loaded / idle, statuses,
                (System.nanoTime() - start) / 1e9);
    }

    private static double medianSeconds(String base, String body) throws Exception {
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = post(base, body);
            times[i] = (System.nanoTime() - start) / 1e9;
            if (response.statusCode() != 201) {
                System.out.println("seed pair answered " + response.statusCode());
            }
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    /** N numbers in one sentence on each side. */
    static String numbers(int n) {
        StringBuilder s = new StringBuilder("Les chiffres sont");
        StringBuilder t = new StringBuilder("الأرقام هي");
        for (int i = 0; i < n; i++) {
            String number = Integer.toString((i * 7919) % 1_000_000);
            s.append(' ').append(number);
            t.append(' ').append(number);
        }
        return request("fr", s.append('.').toString(), "ar", t.append('.').toString());
    }

    /** The seed pair repeated N times: ordinary prose. */
    static String seeds(Path seeds, int n) throws java.io.IOException {
        String french = Files.readString(seeds.resolve("001_d60f469c9e1ad6ee.txt"));
        String arabic = Files.readString(seeds.resolve("000_8309a08ed0edb24a.txt"));
        return request("fr", (french + "\n").repeat(n), "ar", (arabic + "\n").repeat(n));
    }

    /** N one-word lines on each side. */
    static String lines(int n) {
        StringBuilder s = new StringBuilder();
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(word(i, 'a', 26)).append('\n');
            t.append(word(i, '\u0628', 20)).append('\n');
        }
        return request("fr", s.toString(), "ar", t.toString());
    }

    /** N one-line sentences against one sentence. */
    static String oneToMany(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append("Une phrase ").append(word(i, 'a', 26)).append(".\n");
        }
        return request("fr", s.toString(), "ar", "جملة واحدة فقط.");
    }

    /** A word made of letters from {@code first}, {@code radix} of them, distinct for each i. */
    private static String word(int i, char first, int radix) {
        StringBuilder w = new StringBuilder();
        do {
            w.append((char) (first + i % radix));
            i /= radix;
        } while (i > 0);
        return w.toString();
    }

    private static String request(String sourceLang, String source, String targetLang, String target) {
        return "{\"source\":{\"lang\":\"" + sourceLang + "\",\"text\":" + json(source) + "},\"target\":{\"lang\":\""
                + targetLang + "\",\"text\":" + json(target) + "}}";
    }

    private static HttpRequest alignment(String base, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/alignments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<byte[]> post(String base, String body) throws Exception {
        return CLIENT.send(alignment(base, body), HttpResponse.BodyHandlers.ofByteArray());
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
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
