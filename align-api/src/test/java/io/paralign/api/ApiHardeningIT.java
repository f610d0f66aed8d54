package io.paralign.api;

import static io.paralign.api.Http.alignmentJson;
import static io.paralign.api.Http.json;
import static io.paralign.api.Http.q;
import static io.paralign.api.ProblemAssertions.assertNoInternalNames;
import static io.paralign.api.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.language.SupportedLanguages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
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

/**
 * The items of the API-hardening issue, against the running server: bounded metric tags, supported languages only,
 * bounded search, no 500 for malformed requests, no internal names in problems, strict JSON types, deletion once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiHardeningIT {
    private static final Path DATA = Fixture.dataDir("align-api-hardening-it");

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

    /** A text in the script of a language: the fixtures for Latin and Arabic script, a sentence otherwise. */
    private static String text(String language) {
        return switch (language) {
            case "ar", "fa", "ur" -> Fixture.ARABIC;
            case "el" -> "Η κινεζική εταιρεία παρουσίασε νέο τηλέφωνο στο Παρίσι την Τρίτη.";
            case "he" -> "החברה הסינית הציגה טלפון חדש בפריז ביום שלישי.";
            case "hi" -> "चीनी कंपनी ने मंगलवार को पेरिस में नया फोन पेश किया।";
            case "hy" -> "Չինական ընկերությունը Փարիզում ներկայացրել է նոր հեռախոս։";
            case "ja" -> "中国の会社は火曜日にパリで新しい電話を発表しました。";
            case "ka" -> "ჩინურმა კომპანიამ პარიზში ახალი ტელეფონი წარადგინა.";
            case "ko" -> "중국 회사가 화요일 파리에서 새 전화기를 발표했다.";
            case "ru" -> "Китайская компания представила новый телефон в Париже во вторник.";
            case "th" -> "บริษัทจีนเปิดตัวโทรศัพท์ใหม่ที่ปารีสเมื่อวันอังคาร";
            case "zh" -> "中国公司周二在巴黎推出了一款新手机。";
            default -> Fixture.FRENCH;
        };
    }

    private void create(String sourceLang, String source, String targetLang, String target) {
        HttpResponse<String> response = http.postJson(alignmentJson(sourceLang, source, targetLang, target));
        assertEquals(201, response.statusCode(), response.body());
    }

    private String create(String sourceLang, String targetLang) {
        HttpResponse<String> response = http.postJson(alignmentJson(sourceLang, Fixture.FRENCH, targetLang,
                Fixture.ARABIC));
        assertEquals(201, response.statusCode(), response.body());
        return json(response).get("id").asString();
    }

    private HttpResponse<String> post(String sourceLang, String targetLang) {
        return http.postJson(alignmentJson(sourceLang, Fixture.FRENCH, targetLang, Fixture.ARABIC));
    }

    private HttpResponse<String> upload(String sourceLang, String targetLang, String target) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("source", Fixture.FRENCH.getBytes(StandardCharsets.UTF_8));
        files.put("target", target.getBytes(StandardCharsets.UTF_8));
        Map<String, String> fields = new LinkedHashMap<>();
        if (sourceLang != null) {
            fields.put("sourceLang", sourceLang);
        }
        if (targetLang != null) {
            fields.put("targetLang", targetLang);
        }
        return http.postMultipart("/api/v1/alignments", fields, files);
    }

    // 1. metrics

    private long latencySeries() {
        return http.get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith("paralign_alignment_latency_seconds_count{")).count();
    }

    @Test
    void latencySeriesAreTaggedByPrimarySubtag() {
        create("fr-CA", "ar-EG");
        assertTrue(http.get("/actuator/prometheus").body()
                .contains("paralign_alignment_latency_seconds_count{pair=\"fr-ar\"}"));
        long before = latencySeries();
        for (int i = 0; i < 50; i++) {
            assertEquals(400, post("fr-x-c" + i, "ar").statusCode());
        }
        create("fr-BE", "ar-MA");
        assertEquals(before, latencySeries());
    }

    // 2. languages

    @Test
    void onlySupportedLanguagesWithTheirRegionalVariants() {
        for (String tag : List.of("zxx", "tlh", "x-klingon", "fr-x-c1", "en-u-nu-arab", "fr_CA", "qaa")) {
            assertProblem(400, "unsupported-language", "source.lang: '" + tag + "'", post(tag, "ar"));
            assertProblem(400, "unsupported-language", "target.lang: '" + tag + "'", post("fr", tag));
            assertProblem(400, "unsupported-language", "sourceLang: '" + tag + "'", upload(tag, "ar",
                    Fixture.ARABIC));
            assertProblem(400, "unsupported-language", "targetLang: '" + tag + "'", upload("fr", tag,
                    Fixture.ARABIC));
            assertProblem(400, "unsupported-language", "lang: '" + tag + "'",
                    http.get("/api/v1/search?q=Huawei&lang=" + q(tag)));
        }
        assertTrue(json(post("fr", "ar")).get("id") != null);
        assertEquals("fr-CA", json(post("fr-CA", "ar-EG")).get("source").get("language").asString());
        assertEquals(200, http.get("/api/v1/search?q=Huawei&lang=fr-CA").statusCode());
        assertProblem(400, "unsupported-language", "supported: ar, de, el, en",
                post("tlh", "ar"));
    }

    @Test
    void sameLanguageOnBothSidesIsRefused() {
        assertProblem(400, "same-language", "source.lang 'fr', target.lang 'fr-CA'", post("fr", "fr-CA"));
        assertProblem(400, "same-language", "sourceLang 'fr', targetLang 'fr'",
                upload("fr", "fr", Fixture.ARABIC));
        // detected: French on both sides
        assertProblem(400, "same-language", "source.lang 'fr', target.lang 'fr'",
                http.postJson(alignmentJson(null, Fixture.FRENCH, null, Fixture.FRENCH)));
        assertProblem(400, "same-language", "sourceLang 'fr', targetLang 'fr'",
                upload(null, null, Fixture.FRENCH));
    }

    @Test
    void aLabelTheTextContradictsIs422NamingItsField() {
        // ar and fr declared, the texts pasted the other way round
        assertProblem(422, "language-mismatch", "source.lang: source declared as 'ar' reads as 'fr'",
                post("ar", "fr"));
        assertProblem(422, "language-mismatch", "target.lang: target declared as 'en' reads as 'ar'",
                post("fr", "en"));
        assertProblem(422, "language-mismatch", "targetLang: target declared as 'fr' reads as 'ar'",
                upload("en", "fr", Fixture.ARABIC)); // French labelled en: too short for function words to refuse
        HttpResponse<String> response = post("ar", "fr");
        assertEquals("Text not in the language given", json(response).get("title").asString());
    }

    @Test
    void autoIsDetectedAndTheResultSaysHowSure() {
        for (String auto : new String[] {"auto", "AUTO", null}) {
            HttpResponse<String> response = post(auto, auto);
            assertEquals(201, response.statusCode(), response.body());
            JsonNode alignment = json(http.get("/api/v1/alignments/" + json(response).get("id").asString()));
            assertEquals("fr", alignment.get("source").get("language").asString());
            assertEquals("fr", alignment.get("source").get("languageDetected").get("language").asString());
            assertEquals("ar", alignment.get("target").get("languageDetected").get("language").asString());
            assertTrue(alignment.get("target").get("languageDetected").get("confidence").asDouble() > 0.9);
        }
        HttpResponse<String> given = post("fr", "ar");
        assertFalse(http.get("/api/v1/alignments/" + json(given).get("id").asString()).body()
                .contains("languageDetected"));
        assertEquals(201, upload("auto", "auto", Fixture.ARABIC).statusCode());
    }

    @Test
    void undetectedLanguageNamesItsField() {
        assertProblem(400, "language-not-detected", "give the language in target.lang",
                http.postJson(alignmentJson("fr", Fixture.FRENCH, null, "12 34 56 !")));
    }

    // 3. search

    @Test
    void searchAfterAlignmentsInEveryLanguageField() {
        for (String language : SupportedLanguages.primaries()) { // each in its own script: labels are checked
            if (!language.equals("ar")) {
                create(language, text(language), "ar", Fixture.ARABIC);
            }
            if (!language.equals("fr")) {
                create("fr", Fixture.FRENCH, language, text(language));
            }
        }
        String sixWords = "Huawei présente un nouveau téléphone Paris";
        HttpResponse<String> found = http.get("/api/v1/search?q=" + q(sixWords));
        assertEquals(200, found.statusCode(), found.body());
        HttpResponse<String> twentyWords = http.get("/api/v1/search?q=" + q(String.join(" | ",
                (sixWords + " mardi groupe chinois appareil euros disponible mars le la").split(" "))));
        assertEquals(200, twentyWords.statusCode(), twentyWords.body());
        assertTrue(json(twentyWords).get("total").asInt() > 0);
        assertProblem(400, "query-too-complex", "characters, more than the 500 allowed",
                http.get("/api/v1/search?q=" + q((sixWords + " ").repeat(34))));
        assertProblem(400, "query-too-complex", "more than the 500 allowed",
                http.get("/api/v1/search?q=" + q("a*".repeat(2_000))));
        assertProblem(400, "query-too-complex", "more than the 500 allowed",
                http.get("/api/v1/search?q=" + q("a* ".repeat(2_000))));
        assertProblem(400, "query-too-complex", "21 words, more than the 20 allowed",
                http.get("/api/v1/search?q=" + q("a ".repeat(21))));
        assertProblem(400, "query-too-complex", "5 prefix operators",
                http.get("/api/v1/search?q=" + q("a* b* c* d* e*")));
        assertProblem(400, "query-too-complex", "clauses over the",
                http.get("/api/v1/search?q=" + q("中国电信技术公司华为加入了伊斯兰合作组织的网络安全机构尽管外界长期担忧")));
    }

    // 4. other 500s and loose parsing

    @Test
    void pagesBeyondIntRangeOrNotNumbers() {
        assertProblem(400, "bad-parameter", "page must be at most",
                http.get("/api/v1/alignments?page=2147483647&size=100"));
        assertProblem(400, "bad-parameter", "page must be at most",
                http.get("/api/v1/search?q=Huawei&page=21474837&size=100"));
        assertProblem(400, "bad-parameter", "page must be a whole number, was 'abc'",
                http.get("/api/v1/alignments?page=abc"));
        assertProblem(400, "bad-parameter", "page must be a whole number",
                http.get("/api/v1/search?q=Huawei&page=99999999999"));
        assertProblem(400, "bad-parameter", "size must be a whole number",
                http.get("/api/v1/alignments?size=1.5"));
        String id = create("fr", "ar");
        assertProblem(400, "bad-parameter", "page must be at most",
                http.get("/api/v1/alignments/" + id + "/pairs?page=2147483647&size=100"));
        assertProblem(400, "bad-parameter", "page must be a whole number",
                http.get("/api/v1/alignments/" + id + "/pairs?page=x"));
    }

    @Test
    void multipartWithoutBoundary() {
        assertProblem(400, "malformed-body", "boundary",
                http.post("/api/v1/alignments", "multipart/form-data", "--x\r\nContent-Disposition: form-data; "
                        + "name=\"source\"\r\n\r\nBonjour.\r\n--x--\r\n"));
    }

    @Test
    void strictJsonTypes() {
        String fixture = alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC);
        assertProblem(400, "malformed-body", "source.text must be a string",
                http.postJson("{\"source\":{\"lang\":\"fr\",\"text\":12},\"target\":{\"lang\":\"ar\",\"text\":\"x\"}}"));
        assertProblem(400, "malformed-body", "target.text must be a string",
                http.postJson("{\"source\":{\"lang\":\"fr\",\"text\":\"x\"},\"target\":{\"lang\":\"ar\",\"text\":true}}"));
        assertProblem(400, "malformed-body", "source.lang must be a string",
                http.postJson(fixture.replace("\"lang\":\"fr\"", "\"lang\":1.5")));
        assertProblem(400, "malformed-body", "options.preSegmented must be true or false",
                http.postJson(fixture.replaceFirst("\\}$", ",\"options\":{\"preSegmented\":1}}")));
        assertProblem(400, "malformed-body", "options.preSegmented must be true or false",
                http.postJson(fixture.replaceFirst("\\}$", ",\"options\":{\"preSegmented\":\"true\"}}")));
        assertProblem(400, "malformed-body", "duplicate field 'source.text'",
                http.postJson(fixture.replace("\"text\":", "\"text\":\"Bonjour.\",\"text\":")));
        assertProblem(400, "malformed-body", "duplicate field 'source'",
                http.postJson(fixture.replaceFirst("\\{", "{\"source\":{},")));
        assertProblem(400, "malformed-body", "unknown field 'source.note'",
                http.postJson(fixture.replace("\"lang\":\"fr\"", "\"lang\":\"fr\",\"note\":\"x\"")));
        assertEquals(201, http.postJson(fixture.replaceFirst("\\}$", ",\"options\":{\"preSegmented\":false}}"))
                .statusCode());
    }

    /** No package, class, method signature or exception name in any answer, whatever the kind of error. */
    @Test
    void problemsNameNoInternals() {
        List<HttpResponse<String>> responses = List.of(
                http.postJson(""),
                http.postJson("[]"),
                http.postJson("\"text\""),
                http.postJson("{\"source\":\"\"}"),
                http.postJson("{\"source\":"),
                http.postJson("{\"source\":{\"text\":12}}"),
                http.postJson("{\"source\":{\"lang\":\"fr\"}}"),
                http.postJson("{\"source\":[1]}"),
                http.post("/api/v1/alignments", "text/plain", "hello"),
                http.post("/api/v1/alignments", "multipart/form-data", "x"),
                http.post("/api/v1/alignments", "multipart/form-data; boundary=x", "--x\r\n"),
                http.postMultipart("/api/v1/alignments", Map.of(), Map.of()),
                http.get("/api/v1/search"),
                http.get("/api/v1/search?q=a&size=x"),
                http.get("/api/v1/alignments?page=abc"),
                http.get("/api/v1/alignments/x/flags?type=nope"),
                http.get("/api/v1/nothing-here"),
                http.delete("/api/v1/alignments"),
                send("PUT", "/api/v1/alignments/x"),
                http.get("/api/v1/alignments/a%2Fb"));
        for (HttpResponse<String> response : responses) {
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                    response.statusCode() + " " + response.body());
            assertNoInternalNames(response);
        }
        assertProblem(400, "malformed-body", "the request body is missing", http.postJson(""));
    }

    private HttpResponse<String> send(String method, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Three concurrent DELETEs of one id, 15 rounds: once 44 of the 45 answered 204. */
    @Test
    void concurrentDeletesOfOneIdAnswer204Once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 15; round++) {
                String id = create("fr", "ar");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> deletes = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    deletes.add(pool.submit(() -> {
                        start.await();
                        return http.delete("/api/v1/alignments/" + id).statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> delete : deletes) {
                    statuses.add(delete.get());
                }
                statuses.sort(null);
                assertEquals(List.of(204, 404, 404), statuses, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
