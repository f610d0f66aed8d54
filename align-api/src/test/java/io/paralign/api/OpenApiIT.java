package io.paralign.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description at {@code /v3/api-docs} is complete: a title and version, a summary and a description for
 * every operation, parameter and schema field, 201 for the POST that creates, every operation's problems as
 * {@code application/problem+json} with the named {@code ProblemDetail} schema, typed answers (no Jackson tree
 * types), no {@code /error}; and the answers' schemas name exactly the fields real answers have. The description
 * is written to {@code target/openapi.json}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiIT {
    private static final Path DATA = Fixture.dataDir("align-api-openapi-it");
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/ProblemDetail";

    @LocalServerPort
    int port;
    Http http;
    JsonNode api;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("paralign.store.data-dir", DATA::toString);
    }

    @BeforeEach
    void read() throws IOException {
        http = new Http(port);
        HttpResponse<String> response = http.get("/v3/api-docs");
        assertEquals(200, response.statusCode());
        api = Http.json(response);
        Files.writeString(Path.of("target/openapi.json"), Http.JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(api));
    }

    @Test
    void titleAndVersion() {
        assertEquals("paralign API", api.at("/info/title").asString());
        assertTrue(api.at("/info/version").asString().matches("\\d+\\.\\d+\\.\\d+.*"), api.at("/info").toString());
        assertFalse(api.at("/info/description").asString().isBlank());
    }

    @Test
    void everyOperationHasASummaryADescriptionAndDescribedParameters() {
        assertEquals(Set.of("/api/v1/alignments", "/api/v1/alignments/{id}", "/api/v1/alignments/{id}/pairs",
                "/api/v1/alignments/{id}/flags", "/api/v1/alignments/{id}/export", "/api/v1/search"),
                Set.copyOf(api.get("paths").propertyNames()), "no /error, nothing unexpected");
        operations().forEach((name, operation) -> {
            assertFalse(operation.path("summary").asString().isBlank(), name + " summary");
            assertFalse(operation.path("description").asString().isBlank(), name + " description");
            for (JsonNode parameter : operation.path("parameters")) {
                assertFalse(parameter.path("description").asString().isBlank(),
                        name + " " + parameter.path("name").asString());
            }
        });
    }

    @Test
    void everySchemaFieldIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        for (String name : api.at("/components/schemas").propertyNames()) {
            JsonNode properties = api.at("/components/schemas/" + name + "/properties");
            for (String field : properties.propertyNames()) {
                if (properties.get(field).path("description").asString().isBlank()) {
                    undescribed.add(name + "." + field);
                }
            }
        }
        JsonNode upload = api.at("/paths/~1api~1v1~1alignments/post/requestBody/content/multipart~1form-data"
                + "/schema/properties");
        upload.propertyNames().forEach(part -> {
            if (upload.get(part).path("description").asString().isBlank()) {
                undescribed.add("multipart " + part);
            }
        });
        assertEquals(List.of(), undescribed);
    }

    @Test
    void creatingAnswers201WithTheAlignmentAndItsLocation() {
        JsonNode post = api.at("/paths/~1api~1v1~1alignments/post");
        assertFalse(post.get("responses").has("200"), post.get("responses").toString());
        JsonNode created = post.at("/responses/201");
        assertTrue(created.at("/headers").has("Location"), created.toString());
        assertEquals("#/components/schemas/Alignment",
                created.at("/content/application~1json/schema/$ref").asString());
        assertEquals("#/components/schemas/AlignRequest",
                post.at("/requestBody/content/application~1json/schema/$ref").asString());
        assertTrue(post.at("/requestBody/content").has("multipart/form-data"));
    }

    /** The multipart form's fields are in its body's schema, where a client sends them, not query parameters. */
    @Test
    void theMultipartFormListsItsFilesAndFields() {
        JsonNode post = api.at("/paths/~1api~1v1~1alignments/post");
        JsonNode form = post.at("/requestBody/content/multipart~1form-data/schema");
        assertEquals(List.of("source", "target", "sourceLang", "targetLang", "preSegmented"),
                List.copyOf(form.get("properties").propertyNames()));
        assertEquals("binary", form.at("/properties/source/format").asString());
        assertTrue(post.path("parameters").isEmpty(), post.path("parameters").toString());
    }

    @Test
    void everyOperationDocumentsItsProblemsWithTheProblemSchema() {
        Map<String, Set<String>> expected = Map.of(
                "post /api/v1/alignments", Set.of("400", "401", "403", "406", "413", "415", "422", "500", "503"),
                "get /api/v1/alignments", Set.of("400", "401", "406", "500"),
                "get /api/v1/alignments/{id}", Set.of("400", "401", "404", "406", "500"),
                "delete /api/v1/alignments/{id}", Set.of("400", "401", "403", "404", "406", "500"),
                "get /api/v1/alignments/{id}/pairs", Set.of("400", "401", "404", "406", "500"),
                "get /api/v1/alignments/{id}/flags", Set.of("400", "401", "404", "406", "500"),
                "get /api/v1/alignments/{id}/export", Set.of("400", "401", "404", "406", "500"),
                "get /api/v1/search", Set.of("400", "401", "406", "500"));
        Map<String, JsonNode> operations = operations();
        assertEquals(expected.keySet(), operations.keySet());
        operations.forEach((name, operation) -> {
            Set<String> errors = new TreeSet<>();
            for (String status : operation.get("responses").propertyNames()) {
                if (status.startsWith("4") || status.startsWith("5")) {
                    errors.add(status);
                    JsonNode response = operation.at("/responses/" + status);
                    assertEquals(List.of(PROBLEM_JSON), List.copyOf(response.get("content").propertyNames()),
                            name + " " + status);
                    assertEquals(PROBLEM_REF, response.at("/content/application~1problem+json/schema/$ref")
                            .asString(), name + " " + status);
                    assertTrue(response.get("description").asString().matches("[a-z-]+ \\(.+\\).*"),
                            name + " " + status + ": the problem types by slug");
                }
            }
            assertEquals(new TreeSet<>(expected.get(name)), errors, name);
        });
        assertTrue(operations.get("get /api/v1/alignments/{id}").at("/responses/404/description").asString()
                .contains("alignment-not-found"));
        assertTrue(operations.get("post /api/v1/alignments").at("/responses/503/description").asString()
                .contains("deadline-exceeded"));
        assertEquals(Set.of("type", "title", "status", "detail", "instance"),
                Set.copyOf(api.at("/components/schemas/ProblemDetail/properties").propertyNames()));
    }

    @Test
    void answersAreTyped() {
        for (String name : api.at("/components/schemas").propertyNames()) {
            assertFalse(name.contains("JsonNode"), name);
        }
        operations().forEach((name, operation) -> {
            if (name.endsWith("/export")) {
                return; // files, one media type per format: below
            }
            for (String status : operation.get("responses").propertyNames()) {
                JsonNode json = operation.at("/responses/" + status + "/content/application~1json/schema");
                if (!json.isMissingNode()) {
                    assertTrue(json.get("$ref").asString().startsWith("#/components/schemas/"),
                            name + " " + status + ": " + json);
                }
            }
        });
        JsonNode export = api.at("/paths/~1api~1v1~1alignments~1{id}~1export/get");
        assertEquals(Set.of("application/x-tmx+xml", "text/tab-separated-values", "text/plain", "text/html",
                "application/json", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), Set.copyOf(export.at("/responses/200/content").propertyNames()));
        JsonNode format = export.get("parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("format")).findFirst().orElseThrow();
        assertEquals(List.of("tmx", "tsv", "gold", "ladder", "html", "json", "xlsx"),
                format.at("/schema/enum").valueStream().map(JsonNode::asString).toList());
    }

    @Test
    void theSchemasNameTheFieldsOfRealAnswers() {
        HttpResponse<String> created = http.postJson(Http.alignmentJson(null, Fixture.FRENCH, null, Fixture.ARABIC));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode body = Http.json(created);
        String id = body.get("id").asString();
        conforms(body, schema("Alignment"), "alignment");
        conforms(Http.json(http.get("/api/v1/alignments/" + id + "/pairs")), schema("PairPage"), "pairs");
        conforms(Http.json(http.get("/api/v1/alignments/" + id + "/flags")), schema("FlagPage"), "flags");
        conforms(Http.json(http.get("/api/v1/alignments")), schema("PageAlignmentSummary"), "list");
        conforms(Http.json(http.get("/api/v1/search?q=Huawei")), schema("PagePairHit"), "search");
    }

    /** Each object has exactly its schema's properties, recursively (every element of an array). */
    private void conforms(JsonNode value, JsonNode schema, String where) {
        if (schema.has("$ref")) {
            conforms(value, schema(schema.get("$ref").asString().substring("#/components/schemas/".length())), where);
        } else if (schema.has("properties")) {
            assertTrue(value.isObject(), where);
            assertEquals(new TreeSet<>(schema.get("properties").propertyNames()),
                    new TreeSet<>(value.propertyNames()), where);
            for (String field : value.propertyNames()) {
                conforms(value.get(field), schema.at("/properties/" + field), where + "." + field);
            }
        } else if (schema.has("items")) {
            assertTrue(value.isArray(), where);
            for (int i = 0; i < value.size(); i++) {
                conforms(value.get(i), schema.get("items"), where + "[" + i + "]");
            }
        }
    }

    private JsonNode schema(String name) {
        JsonNode schema = api.at("/components/schemas/" + name);
        assertNotNull(schema.get("properties"), name);
        return schema;
    }

    /** Every operation, as "get /api/v1/search". */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        for (String path : api.get("paths").propertyNames()) {
            for (String method : api.get("paths").get(path).propertyNames()) {
                operations.put(method + " " + path, api.get("paths").get(path).get(method));
            }
        }
        return operations;
    }
}
