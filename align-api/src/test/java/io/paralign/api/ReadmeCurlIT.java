package io.paralign.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The README's walk-through with curl, run as it stands (bash and curl) against this server with keys on, in an
 * empty folder holding a link to {@code seeds/}; curl is made to fail on any error status, so every request must
 * succeed. Then what each step should have done is checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "paralign.security.api-keys=key1")
class ReadmeCurlIT {
    private static final Path DATA = Fixture.dataDir("align-api-readme-curl-it");
    private static final Pattern BLOCK = Pattern.compile("```sh\n(BASE=http://localhost:8080\n.*?)```",
            Pattern.DOTALL);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("paralign.store.data-dir", DATA::toString);
    }

    @Test
    void theWalkThroughRunsAsWritten() throws IOException, InterruptedException {
        String script = walkThrough();
        Path folder = Fixture.dataDir("align-api-readme-curl");
        Files.createSymbolicLink(folder.resolve("seeds"), Path.of("../seeds").toAbsolutePath().normalize());
        Process bash = new ProcessBuilder("bash", "-c", "set -euo pipefail\n"
                + "curl() { command curl --fail-with-body \"$@\"; }\n"
                + script.replace("http://localhost:8080", "http://localhost:" + port))
                .directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, bash.exitValue(), output);

        JsonNode created = Http.JSON.readTree(folder.resolve("created.json").toFile());
        String id = created.get("id").asString();
        assertTrue(output.startsWith("http://localhost:" + port + "/api/v1/alignments/" + id + "\n"), output);
        assertEquals("fr", created.at("/source/languageDetected/language").asString(), "detected, not given");
        assertEquals("ar", created.at("/target/languageDetected/language").asString());
        assertArrayEquals(Files.readAllBytes(folder.resolve("created.json")),
                Files.readAllBytes(folder.resolve("alignment.json")), "read back as created");
        assertTrue(output.contains("\"type\":\"MISSING_IN_TARGET\""), output);
        assertTrue(output.contains("\"matchedSide\":\"source\""), "a search hit in French: " + output);

        List<String> formats = exportFormats();
        Matcher loop = Pattern.compile("for format in ([a-z ]+); do").matcher(script);
        assertTrue(loop.find(), script);
        assertEquals(formats, List.of(loop.group(1).split(" ")), "the README exports every format");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(formats.size(), files.filter(f -> f.getFileName().toString().startsWith(id + ".")).count());
        }
        assertTrue(Files.readString(folder.resolve(id + ".tmx")).contains("<tmx version=\"1.4\">"));

        Http withKey = new Http(port, "key1");
        HttpResponse<String> deleted = withKey.get("/api/v1/alignments/" + id);
        assertEquals(404, deleted.statusCode());
        assertEquals("urn:paralign:problem:alignment-not-found", Http.json(deleted).get("type").asString());
        HttpResponse<String> withoutKey = new Http(port).get("/api/v1/alignments");
        assertEquals(401, withoutKey.statusCode());
        assertEquals("X-API-Key", withoutKey.headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    private static String walkThrough() throws IOException {
        Matcher block = BLOCK.matcher(Files.readString(Path.of("README.md")));
        assertTrue(block.find(), "README.md has a sh block starting BASE=http://localhost:8080");
        return block.group(1);
    }

    /** The values of the export's {@code format} parameter in the OpenAPI description (ExportFormat's). */
    private List<String> exportFormats() {
        JsonNode api = Http.json(new Http(port).get("/v3/api-docs"));
        return api.at("/paths/~1api~1v1~1alignments~1{id}~1export/get/parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("format")).findFirst().orElseThrow()
                .at("/schema/enum").valueStream().map(JsonNode::asString).toList();
    }
}
