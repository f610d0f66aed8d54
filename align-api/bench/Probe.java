import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Probes a running align-api from outside, as an attacker or a careless client would, and prints one line a probe:
 * what was sent, what is expected, what was observed. Requests go over raw sockets so that the request line is
 * exactly what is written (no client normalises {@code ;x}, {@code %61} or {@code //}). JDK only:
 * {@code java align-api/bench/Probe.java [baseUrl] [apiKey] [seedsDir]}. Start the server with the same key in
 * {@code paralign.security.api-keys} to probe the keys; without a key those probes are left out. Exits 1 when any
 * probe fails.
 */
public class Probe {
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final String[] INTERNAL = {"io.paralign", "java.", "tools.jackson", "org.springframework",
            "Exception", "\tat "};

    private static final int TIMEOUT_SECONDS = 120;

    private final String host;
    private final int port;
    private final String key;
    private final List<String[]> rows = new ArrayList<>();
    private int failed;

    Probe(URI base, String key) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        this.key = key;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        String key = args.length > 1 && !args[1].isEmpty() ? args[1] : null;
        Path seeds = Path.of(args.length > 2 ? args[2] : "seeds");
        Probe probe = new Probe(base, key);
        probe.awaitStart();
        String french = Files.readString(seeds.resolve("001_d60f469c9e1ad6ee.txt"));
        String arabic = Files.readString(seeds.resolve("000_8309a08ed0edb24a.txt"));
        String seedPair = alignment("fr", french, "ar", arabic);
        String id = probe.created(seedPair);
        if (key != null) {
            probe.keys(id, seedPair);
        }
        probe.headers(seedPair);
        probe.languages(french, arabic);
        probe.parsing(seedPair);
        probe.search();
        probe.deletes(seedPair);
        probe.cost(seedPair);
        probe.print();
        System.exit(probe.failed == 0 ? 0 : 1);
    }

    /** Waits up to a minute for the server to answer its health check. */
    private void awaitStart() throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            try {
                if (send("GET", "/actuator/health", null, null, null).status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server at " + host + ":" + port + " does not answer");
    }

    /** Keys: every route and every spelling of its path, without a key, with a wrong key and with the right one. */
    private void keys(String id, String seedPair) throws IOException {
        List<String> paths = List.of("/api/v1/alignments", "/api/v1/alignments/" + id,
                "/api/v1/alignments/" + id + "/pairs", "/api/v1/alignments/" + id + "/flags",
                "/api/v1/alignments/" + id + "/export?format=tsv", "/api/v1/search?q=Huawei", "/", "/index.html",
                "/actuator/prometheus");
        for (String path : paths) {
            for (String variant : variants(path)) {
                for (String given : new String[] {null, "wrong-key"}) {
                    Response r = send("GET", variant, given, null, null);
                    check("GET " + variant + (given == null ? " no key" : " wrong key"), "401 or 400",
                            r, x -> x.status == 401 || x.status == 400);
                }
            }
            Response r = send("GET", path, key, null, null);
            check("GET " + path + " right key", "200", r, x -> x.status == 200);
        }
        for (String variant : variants("/api/v1/alignments")) {
            Response r = send("POST", variant, null, "application/json", seedPair.getBytes(StandardCharsets.UTF_8));
            check("POST " + variant + " no key", "401 or 400", r, x -> x.status == 401 || x.status == 400);
        }
        for (String variant : variants("/api/v1/alignments/" + id)) {
            Response r = send("DELETE", variant, null, null, null);
            check("DELETE " + variant + " no key", "401 or 400", r, x -> x.status == 401 || x.status == 400);
        }
        Response health = send("GET", "/actuator/health", null, null, null);
        check("GET /actuator/health no key", "200, no path or disk sizes", health,
                x -> x.status == 200 && !x.body.contains("dataDirectory") && !x.body.contains("\"free\"")
                        && !x.body.contains("/"));
    }

    /** The spellings of a path that a router may read as the path itself. */
    private static List<String> variants(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String query = path.substring(bare.length());
        List<String> variants = new ArrayList<>();
        String[] segments = bare.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if (!segments[i].isEmpty()) {
                String[] copy = segments.clone();
                copy[i] = copy[i] + ";x";
                variants.add(String.join("/", copy) + query);
            }
        }
        if (bare.length() > 1) {
            variants.add("/%" + Integer.toHexString(bare.charAt(1)) + bare.substring(2) + query);
            variants.add("/%" + Integer.toHexString(bare.charAt(1)).toUpperCase(Locale.ROOT) + bare.substring(2) + query);
            variants.add(bare.replaceFirst("/", "//") + query);
            variants.add(bare + "/" + query);
            variants.add("/x/%2e%2e" + bare + query);
            variants.add("/x/%2E%2E" + bare + query);
            variants.add("/x/../" + bare.substring(1) + query);
            variants.add(bare.replaceFirst("/", "%2F") + query);
        } else {
            variants.add("/;x");
            variants.add("//");
            variants.add("/index.html;x");
            variants.add("/%69ndex.html");
        }
        return variants;
    }

    private void headers(String seedPair) throws IOException {
        for (String path : List.of("/", "/api/v1/alignments")) {
            Response r = send("GET", path, key, null, null);
            check("GET " + path + " security headers", "CSP frame-ancestors, nosniff", r,
                    x -> x.header("content-security-policy").contains("frame-ancestors")
                            && x.header("x-content-type-options").equalsIgnoreCase("nosniff"));
        }
        byte[] form = multipart("x");
        Response r = send("POST", "/api/v1/alignments", key, "multipart/form-data; boundary=x", form,
                Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));
        check("cross-site multipart POST", "403", r, x -> x.status == 403);
    }

    private void languages(String french, String arabic) throws IOException {
        Map<String, String[]> pairs = new LinkedHashMap<>();
        pairs.put("zxx", new String[] {"zxx", "ar"});
        pairs.put("tlh", new String[] {"tlh", "ar"});
        pairs.put("fr-x-c1 (private use)", new String[] {"fr-x-c1", "ar"});
        pairs.put("x-private", new String[] {"x-private", "ar"});
        pairs.put("same language fr/fr-CA", new String[] {"fr", "fr-CA"});
        for (Map.Entry<String, String[]> pair : pairs.entrySet()) {
            Response r = post(alignment(pair.getValue()[0], french, pair.getValue()[1], arabic));
            check("source language " + pair.getKey(), "400 naming the field", r,
                    x -> x.status == 400 && x.body.contains("lang"));
        }
        Response regional = post(alignment("fr-CA", french, "ar-EG", arabic));
        check("regional variants fr-CA / ar-EG", "201", regional, x -> x.status == 201);
        for (int i = 0; i < 50; i++) {
            post(alignment("fr-x-c" + i, french, "ar", arabic));
        }
        for (String region : List.of("CA", "BE", "CH", "LU", "MA")) {
            post(alignment("fr-" + region, french, "ar", arabic));
        }
        Response metrics = send("GET", "/actuator/prometheus", key, null, null);
        check("latency series after 50 private-use and 5 regional tags", "no series per tag", metrics,
                x -> x.status == 200 && !x.body.contains("fr-x-c") && !x.body.contains("fr-CA"));
    }

    private void parsing(String seedPair) throws IOException {
        Response r = send("POST", "/api/v1/alignments", key, "multipart/form-data", multipart("x"));
        check("multipart without boundary", "400", r, x -> x.status == 400);
        r = send("GET", "/api/v1/alignments?page=2147483647&size=100", key, null, null);
        check("page 2147483647", "400 or 200, not 500", r, x -> x.status == 400 || x.status == 200);
        r = send("GET", "/api/v1/search?q=Huawei&page=21474837&size=100", key, null, null);
        check("search page 21474837", "400 or 200, not 500", r, x -> x.status == 400 || x.status == 200);
        r = send("GET", "/api/v1/alignments?page=abc", key, null, null);
        check("page abc", "400", r, x -> x.status == 400);
        r = post("");
        check("empty body", "400, no internal names", r, x -> x.status == 400 && noInternalNames(x));
        r = post(seedPair.replaceFirst("\\{\"lang\":\"fr\",\"text\":\"[^\"]*\"", "{\"lang\":\"fr\",\"text\":true"));
        check("text given as a boolean", "400", r, x -> x.status == 400 && noInternalNames(x));
        r = post("{\"source\":{\"lang\":\"fr\",\"text\":12},\"target\":{\"lang\":\"ar\",\"text\":\"نص\"}}");
        check("text given as a number", "400, not read as text", r,
                x -> x.status == 400 && !x.body.contains("'12'") && noInternalNames(x));
        r = post(seedPair.substring(0, seedPair.length() - 1) + ",\"options\":{\"preSegmented\":1}}");
        check("preSegmented: 1", "400", r, x -> x.status == 400);
        r = post(seedPair.replaceFirst("\\{\"lang\":\"fr\"", "{\"lang\":\"fr\",\"lang\":\"ar\""));
        check("duplicate JSON keys", "400", r, x -> x.status == 400);
        r = send("GET", "/api/v1/alignments/nope", key, null, null);
        check("unknown id", "404 problem with a type", r,
                x -> x.status == 404 && x.body.contains("urn:paralign:problem:") && noInternalNames(x));
    }

    private void search() throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("six words, no lang", "le groupe chinois a annonce hier");
        queries.put("200 words", "mot ".repeat(200).strip());
        queries.put("a* x 2000", "a* ".repeat(2000).strip());
        queries.put("a* x 100", "a* ".repeat(100).strip());
        queries.put("20 distinct words, no lang", java.util.stream.IntStream.range(0, 20).mapToObj(i -> "mot" + i)
                .collect(java.util.stream.Collectors.joining(" ")));
        for (Map.Entry<String, String> query : queries.entrySet()) {
            Response r = send("GET", "/api/v1/search?q=" + java.net.URLEncoder.encode(query.getValue(),
                    StandardCharsets.UTF_8), key, null, null);
            check("search " + query.getKey(), "200 or 400, not 500", r, x -> x.status == 200 || x.status == 400);
        }
    }

    /** Three concurrent DELETEs of one id, 15 rounds: exactly one 204 per id. */
    private void deletes(String seedPair) throws Exception {
        int rounds = 15;
        int twoHundredFours = 0;
        int others = 0;
        for (int round = 0; round < rounds; round++) {
            String id = created(seedPair);
            List<CompletableFuture<Integer>> deletes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                deletes.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return send("DELETE", "/api/v1/alignments/" + id, key, null, null).status;
                    } catch (IOException e) {
                        return -1;
                    }
                }));
            }
            for (CompletableFuture<Integer> delete : deletes) {
                int status = delete.get();
                if (status == 204) {
                    twoHundredFours++;
                } else if (status != 404) {
                    others++;
                }
            }
        }
        boolean ok = twoHundredFours == rounds && others == 0;
        row("3 concurrent DELETEs x 15", "15 x 204, 30 x 404", twoHundredFours + " x 204, " + others + " other", ok);
    }

    /** Worst-case inputs: answered in bounded time, and a seed pair is not starved behind two of them. */
    private void cost(String seedPair) throws Exception {
        long idle = timed(() -> post(seedPair));
        String numbers = alignment("fr", numbers(64_000), "ar", numbers(64_000));
        long start = System.nanoTime();
        List<CompletableFuture<Response>> heavy = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            heavy.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return post(numbers);
                } catch (IOException e) {
                    return new Response(-1, "", e.toString());
                }
            }));
        }
        Thread.sleep(500);
        long busy = timed(() -> post(seedPair));
        row("seed pair while two 64k-number requests run", "within 5x idle (+1 s)",
                String.format("%.2f s, idle %.2f s", busy / 1e9, idle / 1e9), busy < 5 * idle + 1_000_000_000L);
        for (CompletableFuture<Response> request : heavy) {
            Response r = request.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            row("64k numbers a side", "201 or 503, no 500", r.status + " after " + String.format("%.1f s", seconds),
                    r.status == 201 || r.status == 503);
            if (r.status == 201) {
                double ratio = (double) r.body.length() / numbers.length();
                row("64k numbers a side: body size", "at most 4x the request + 64 KB",
                        String.format("%.2fx the request", ratio), r.body.length() <= 4L * numbers.length() + 65_536);
            }
        }
    }

    private static String numbers(int count) {
        StringBuilder text = new StringBuilder("Les chiffres sont");
        for (int i = 0; i < count; i++) {
            text.append(' ').append(1000 + i);
        }
        return text.append('.').toString();
    }

    private interface Call {
        Response call() throws IOException;
    }

    private static long timed(Call call) throws IOException {
        long start = System.nanoTime();
        Response r = call.call();
        if (r.status != 201) {
            System.err.println("timed request answered " + r.status + ": " + r.body);
        }
        return System.nanoTime() - start;
    }

    private String created(String body) throws IOException {
        Response r = post(body);
        Matcher id = ID.matcher(r.body);
        if (r.status != 201 || !id.find()) {
            throw new IllegalStateException("the seed pair was not stored: " + r.status + " " + r.body);
        }
        return id.group(1);
    }

    private Response post(String json) throws IOException {
        return send("POST", "/api/v1/alignments", key, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean noInternalNames(Response r) {
        for (String name : INTERNAL) {
            if (r.body.contains(name)) {
                return false;
            }
        }
        return true;
    }

    private void check(String probe, String expected, Response r, Predicate<Response> ok) {
        String body = r.body.replaceAll("\\s+", " ");
        row(probe, expected, r.status + (body.isEmpty() ? "" : " " + body.substring(0, Math.min(70, body.length()))),
                ok.test(r));
    }

    private void row(String probe, String expected, String observed, boolean ok) {
        rows.add(new String[] {ok ? "ok" : "FAIL", probe, expected, observed});
        if (!ok) {
            failed++;
        }
    }

    private void print() {
        System.out.printf("%-4s | %-70s | %-30s | %s%n", "", "probe", "expected", "observed");
        for (String[] row : rows) {
            System.out.printf("%-4s | %-70s | %-30s | %s%n", (Object[]) row);
        }
        System.out.printf("%d probes, %d failed%n", rows.size(), failed);
    }

    private static String alignment(String sourceLang, String source, String targetLang, String target) {
        return "{\"source\":{\"lang\":\"" + sourceLang + "\",\"text\":" + json(source) + "},\"target\":{\"lang\":\""
                + targetLang + "\",\"text\":" + json(target) + "}}";
    }

    private static byte[] multipart(String boundary) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nBonjour le monde.\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"target\"; filename=\"b.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nمرحبا بالعالم.\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
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

    private Response send(String method, String target, String apiKey, String contentType, byte[] body)
            throws IOException {
        return send(method, target, apiKey, contentType, body, Map.of());
    }

    /** One request on its own connection, the request line written as given; status -1 when it has no answer. */
    private Response send(String method, String target, String apiKey, String contentType, byte[] body,
                          Map<String, String> extra) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(TIMEOUT_SECONDS * 1000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nConnection: close\r\n");
            if (apiKey != null) {
                head.append("X-API-Key: ").append(apiKey).append("\r\n");
            }
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            extra.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return Response.parse(all.toByteArray());
        } catch (java.net.SocketTimeoutException e) {
            return new Response(-1, "", "no answer within " + TIMEOUT_SECONDS + " s");
        }
    }

    private record Response(int status, String headers, String body) {
        static Response parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            Response response = new Response(status, head, "");
            if (end < 0) {
                return response;
            }
            byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
            if (response.header("transfer-encoding").equalsIgnoreCase("chunked")) {
                body = unchunked(body);
            }
            return new Response(status, head, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunked(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < body.length) {
                int lineEnd = at;
                while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                    lineEnd++;
                }
                String size = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
                int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
                if (length == 0) {
                    break;
                }
                out.write(body, lineEnd + 2, Math.min(length, body.length - lineEnd - 2));
                at = lineEnd + 2 + length + 2;
            }
            return out.toByteArray();
        }

        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return "";
        }
    }
}
