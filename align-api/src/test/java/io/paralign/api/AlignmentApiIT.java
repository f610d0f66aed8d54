package io.paralign.api;

import static io.paralign.api.Http.alignmentJson;
import static io.paralign.api.Http.json;
import static io.paralign.api.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlignmentApiIT {
    private static final Path DATA = Fixture.dataDir("align-api-it");
    private static final String FIXTURE = alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC);

    @LocalServerPort
    int port;
    Http http;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("paralign.store.data-dir", DATA::toString);
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private String create() {
        HttpResponse<String> response = http.postJson(FIXTURE);
        assertEquals(201, response.statusCode(), response.body());
        return json(response).get("id").asString();
    }

    @Test
    void postAnswers201WithLocationPairsFlagsAndCoverage() {
        HttpResponse<String> response = http.postJson(FIXTURE);
        assertEquals(201, response.statusCode(), response.body());
        JsonNode body = json(response);
        String id = body.get("id").asString();
        assertEquals("/api/v1/alignments/" + id, response.headers().firstValue("Location").orElseThrow());
        assertEquals(5, body.get("pairs").size());
        assertEquals("fr", body.get("source").get("language").asString());
        assertTrue(body.get("coverage").get("source").get("sentenceShare").asDouble() < 1.0);
        JsonNode missing = body.get("flags").values().stream()
                .filter(f -> f.get("type").asString().equals("MISSING_IN_TARGET")).findFirst().orElseThrow();
        assertTrue(missing.get("text").asString().contains("plus d'un million de personnes"));
        assertEquals("source", missing.get("side").asString());
    }

    @Test
    void getReturnsExactlyWhatWasComputed() {
        HttpResponse<String> created = http.postJson(FIXTURE);
        String id = json(created).get("id").asString();
        HttpResponse<String> got = http.get("/api/v1/alignments/" + id);
        assertEquals(200, got.statusCode());
        assertEquals(created.body(), got.body());
    }

    @Test
    void languagesAreDetectedWhenOmitted() {
        HttpResponse<String> response = http.postJson(alignmentJson(null, Fixture.FRENCH, null, Fixture.ARABIC));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals("fr", json(response).get("source").get("language").asString());
        assertEquals("ar", json(response).get("target").get("language").asString());
    }

    @Test
    void multipartUploadOfTwoFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("source", ("\uFEFF" + Fixture.FRENCH).getBytes(StandardCharsets.UTF_8));
        files.put("target", Fixture.ARABIC.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.postMultipart("/api/v1/alignments",
                Map.of("sourceLang", "fr", "targetLang", "ar"), files);
        assertEquals(201, response.statusCode(), response.body());
        assertEquals(5, json(response).get("pairs").size());
        assertTrue(json(response).get("source").get("sentences").get(0).get("text").asString().startsWith("Huawei"));
    }

    @Test
    void preSegmentedOption() {
        String body = """
                {"source":{"lang":"fr","text":"Bonjour à tous.\\nIl fait beau."},
                 "target":{"lang":"ar","text":"مرحبا بالجميع.\\nالطقس جميل."},
                 "options":{"preSegmented":true}}""";
        HttpResponse<String> response = http.postJson(body);
        assertEquals(201, response.statusCode(), response.body());
        assertEquals(2, json(response).get("source").get("sentences").size());
    }

    @Test
    void pairsArePaged() {
        String id = create();
        JsonNode page = json(http.get("/api/v1/alignments/" + id + "/pairs?page=1&size=2"));
        assertEquals(5, page.get("total").asInt());
        assertEquals(2, page.get("items").size());
        assertEquals(2, page.get("items").get(0).get("index").asInt());
        assertEquals(0, json(http.get("/api/v1/alignments/" + id + "/pairs?page=9&size=2")).get("items").size());
    }

    @Test
    void flagsAreFilteredByTypeAndSide() {
        String id = create();
        JsonNode all = json(http.get("/api/v1/alignments/" + id + "/flags"));
        assertTrue(all.get("total").asInt() >= 1);
        JsonNode missing = json(http.get("/api/v1/alignments/" + id + "/flags?type=missing_in_target&side=source"));
        assertTrue(missing.get("total").asInt() >= 1);
        missing.get("items").forEach(f -> assertEquals("MISSING_IN_TARGET", f.get("type").asString()));
        JsonNode none = json(http.get("/api/v1/alignments/" + id + "/flags?type=MISSING_IN_TARGET&side=target"));
        assertEquals(0, none.get("total").asInt());
        assertProblem(400, http.get("/api/v1/alignments/" + id + "/flags?type=NOPE"));
        assertProblem(400, http.get("/api/v1/alignments/" + id + "/flags?side=left"));
    }

    @Test
    void exportsInEveryFormat() {
        String id = create();
        HttpResponse<String> tmx = http.get("/api/v1/alignments/" + id + "/export?format=tmx");
        assertEquals(200, tmx.statusCode());
        assertTrue(tmx.body().contains("srclang=\"fr\""));
        assertTrue(tmx.body().contains("<tuv xml:lang=\"ar\">"));
        HttpResponse<String> tsv = http.get("/api/v1/alignments/" + id + "/export?format=tsv");
        assertEquals(6, tsv.body().lines().count());
        HttpResponse<String> gold = http.get("/api/v1/alignments/" + id + "/export?format=gold");
        assertTrue(gold.body().startsWith("[0]:[0]\n"), gold.body());
        HttpResponse<String> ladder = http.get("/api/v1/alignments/" + id + "/export?format=ladder");
        assertEquals(200, ladder.statusCode());
        assertEquals(gold.body().lines().count() + 1, ladder.body().lines().count());
        assertTrue(ladder.body().startsWith("0\t0\t"), ladder.body());
        HttpResponse<String> html = http.get("/api/v1/alignments/" + id + "/export?format=html");
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(html.body().contains("dir=\"rtl\""));
        assertTrue(html.body().contains(">Missing in Arabic</a>"), "MISSING_IN_TARGET, by its label");
        HttpResponse<String> report = http.get("/api/v1/alignments/" + id + "/export?format=json");
        assertTrue(report.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertTrue(json(report).has("beads") && !json(report).has("pairs"), report.body());
        assertProblem(400, http.get("/api/v1/alignments/" + id + "/export?format=docx"));
        assertProblem(404, http.get("/api/v1/alignments/nope/export?format=tmx"));
    }

    @Test
    void tmxOptionsOutOfRangeOrWithoutTmxAreBadRequests() {
        String export = "/api/v1/alignments/" + create() + "/export?format=";
        assertEquals(200, http.get(export + "tmx&minScore=0.25&segtype=Paragraph").statusCode());
        HttpResponse<String> high = http.get(export + "tmx&minScore=1.5");
        assertProblem(400, high);
        assertTrue(json(high).get("detail").asString().contains("minScore must be a number between 0 and 1, was '1.5'"),
                high.body());
        assertProblem(400, http.get(export + "tmx&minScore=high"));
        assertProblem(400, http.get(export + "tmx&segtype=block"));
        HttpResponse<String> json = http.get(export + "json&minScore=0.5");
        assertProblem(400, json);
        assertTrue(json(json).get("detail").asString().contains("apply to format=tmx only, was format=json"),
                json.body());
    }

    @Test
    void deleteRemovesTheAlignment() {
        String id = create();
        assertEquals(204, http.delete("/api/v1/alignments/" + id).statusCode());
        assertProblem(404, http.get("/api/v1/alignments/" + id));
        assertProblem(404, http.delete("/api/v1/alignments/" + id));
    }

    @Test
    void listIsNewestFirst() {
        String older = create();
        String newer = create();
        JsonNode page = json(http.get("/api/v1/alignments?page=0&size=2"));
        assertEquals(2, page.get("items").size());
        assertEquals(newer, page.get("items").get(0).get("id").asString());
        assertEquals(older, page.get("items").get(1).get("id").asString());
        assertTrue(page.get("total").asInt() >= 2);
        assertProblem(400, http.get("/api/v1/alignments?size=0"));
        assertProblem(400, http.get("/api/v1/alignments?page=-1"));
        assertProblem(400, http.get("/api/v1/alignments?size=abc"));
    }

    @Test
    void searchFindsInflectedFormsWithTheOtherSide() {
        create();
        JsonNode french = json(http.get("/api/v1/search?q=euro&lang=fr&size=100"));
        JsonNode hit = french.get("items").get(0);  // "euro" finds "euros"
        assertTrue(hit.get("targetText").asString().contains("باريس"));
        assertEquals("source", hit.get("matchedSide").asString());
        // "مجموعة" finds "المجموعة": the Arabic analyzer strips the article
        JsonNode arabic = json(http.get("/api/v1/search?q=" + Http.q("مجموعة") + "&lang=ar&size=100"));
        assertTrue(arabic.get("items").get(0).get("sourceText").asString().startsWith("Le groupe chinois"));
        assertEquals("target", arabic.get("items").get(0).get("matchedSide").asString());
        assertProblem(400, http.get("/api/v1/search?lang=fr"));
        assertProblem(400, http.get("/api/v1/search?q=x&lang=" + Http.q("fr_!!")));
    }

    @Test
    void badRequests() {
        assertProblem(400, http.postJson("{\"source\":"));
        assertProblem(400, http.postJson("{\"source\":{\"lang\":\"fr\",\"text\":\"Bonjour.\"}}"));
        assertProblem(400, http.postJson(alignmentJson("fr", "", "ar", Fixture.ARABIC)));
        assertProblem(400, http.postJson(alignmentJson("fr", "... !!!", "ar", Fixture.ARABIC)));
        assertProblem(400, http.postJson(alignmentJson("xx-!!", Fixture.FRENCH, "ar", Fixture.ARABIC)));
        assertProblem(400, http.postJson(alignmentJson(null, "Bonjour.", "ar", Fixture.ARABIC)));
        assertProblem(400, http.postJson(FIXTURE.replaceFirst("\\{", "{\"unknown\":1,")));
        assertProblem(400, http.postMultipart("/api/v1/alignments", Map.of("sourceLang", "fr", "targetLang", "ar"),
                Map.of("source", Fixture.FRENCH.getBytes(StandardCharsets.UTF_8))));
        assertProblem(400, http.postMultipart("/api/v1/alignments", Map.of("sourceLang", "fr", "targetLang", "ar"),
                Map.of("source", new byte[] {(byte) 0xC3, (byte) 0x28},
                        "target", Fixture.ARABIC.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void unsupportedMediaType() {
        assertProblem(415, http.post("/api/v1/alignments", "text/plain", "hello"));
    }

    @Test
    void eachKindOfProblemHasItsType() {
        assertProblem(404, "alignment-not-found", http.get("/api/v1/alignments/does-not-exist"));
        assertProblem(404, "not-found", http.get("/api/v1/nothing-here"));
        assertProblem(415, "unsupported-media-type", http.post("/api/v1/alignments", "text/plain", "hello"));
        assertProblem(400, "malformed-body", http.postJson("{\"source\":"));
        assertProblem(400, "invalid-text", http.postJson(alignmentJson("fr", "... !!!", "ar", Fixture.ARABIC)));
        assertProblem(400, "rejected-request", http.get("/api/v1/alignments/a%2Fb"));
        assertProblem(400, "bad-parameter", http.get("/api/v1/alignments?page=-1"));
    }

    @Test
    void unknownIdsAndRoutes() {
        assertProblem(404, http.get("/api/v1/alignments/does-not-exist"));
        assertProblem(404, http.get("/api/v1/alignments/does-not-exist/pairs"));
        assertProblem(404, http.get("/api/v1/alignments/does-not-exist/flags"));
        assertProblem(404, http.get("/api/v1/nothing-here"));
    }

    @Test
    void requestsTheContainerRejectsAreProblemsToo() {
        assertProblem(400, http.get("/api/v1/alignments/a%2Fb"));
    }

    @Test
    void requestsOverTheLimitGet413() {
        String big = "Une phrase de remplissage assez longue. ".repeat(150_000);
        assertProblem(413, http.postJson(alignmentJson("fr", big, "ar", Fixture.ARABIC)));
        assertProblem(413, http.postChunked("/api/v1/alignments", "application/json",
                alignmentJson("fr", big, "ar", Fixture.ARABIC).getBytes(StandardCharsets.UTF_8)));
        assertProblem(413, http.postMultipart("/api/v1/alignments", Map.of("sourceLang", "fr", "targetLang", "ar"),
                Map.of("source", big.getBytes(StandardCharsets.UTF_8),
                        "target", Fixture.ARABIC.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void concurrentPostsAreAllRetrievable() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<String>> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(pool.submit(this::create));
        }
        List<String> created = new ArrayList<>();
        for (Future<String> id : ids) {
            created.add(id.get());
        }
        pool.shutdown();
        assertEquals(200, created.stream().distinct().count());
        for (String id : created) {
            assertEquals(200, http.get("/api/v1/alignments/" + id).statusCode());
        }
    }

    @Test
    void observability() {
        create();
        HttpResponse<String> health = http.get("/actuator/health");
        assertEquals(200, health.statusCode());
        assertEquals("UP", json(health).get("components").get("luceneStore").get("status").asString());
        String metrics = http.get("/actuator/prometheus").body();
        assertTrue(metrics.contains("paralign_alignment_latency_seconds_count{pair=\"fr-ar\"}"), metrics);
        assertTrue(metrics.contains("paralign_flags_total{type=\"MISSING_IN_TARGET\"}"));
        assertTrue(metrics.contains("paralign_document_size_characters_count{side=\"source\"}"));
    }

    @Test
    void openApiAndSwaggerUi() {
        HttpResponse<String> docs = http.get("/v3/api-docs");
        assertEquals(200, docs.statusCode());
        assertTrue(json(docs).get("paths").has("/api/v1/alignments"));
        assertEquals(200, http.get("/swagger-ui/index.html").statusCode());
    }

    @Test
    void seedPairFlagsTheParagraphMissingFromTheArabic() throws IOException {
        String french = Files.readString(Path.of("../seeds/001_d60f469c9e1ad6ee.txt"));
        String arabic = Files.readString(Path.of("../seeds/000_8309a08ed0edb24a.txt"));
        HttpResponse<String> created = http.postJson(alignmentJson("fr", french, "ar", arabic));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode body = json(created);
        assertTrue(body.get("flags").values().stream().anyMatch(f -> f.get("type").asString().equals("MISSING_IN_TARGET")
                && f.get("text").asString().contains("plus d\u2019un million de personnes")), "no flag on the paragraph");
        String html = http.get("/api/v1/alignments/" + body.get("id").asString() + "/export?format=html").body();
        assertTrue(html.lines().anyMatch(line -> line.contains("class=\"t-missing-in-target\">")
                && line.contains("plus d\u2019un million de personnes") && line.contains(">Missing in Arabic</a>")));
    }

    @Test
    void reviewPageIsServed() {
        HttpResponse<String> page = http.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"review.js\"></script>"));
        HttpResponse<String> script = http.get("/review.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("api/v1/alignments"));
    }
}
