package io.paralign.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** What was stored before a restart of the application is found after it, on the same data directory. */
class PersistenceIT {
    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AlignApiApplication.class)
                .run("--server.port=0", "--paralign.store.data-dir=" + data);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void alignmentsSurviveARestart() {
        String id;
        String body;
        try (ConfigurableApplicationContext context = start()) {
            HttpResponse<String> created = new Http(port(context))
                    .postJson(Http.alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC));
            assertEquals(201, created.statusCode(), created.body());
            id = Http.json(created).get("id").asString();
            body = created.body();
        }
        try (ConfigurableApplicationContext context = start()) {
            Http http = new Http(port(context));
            HttpResponse<String> got = http.get("/api/v1/alignments/" + id);
            assertEquals(200, got.statusCode());
            assertEquals(body, got.body());
            assertEquals(1, Http.json(http.get("/api/v1/alignments")).get("total").asInt());
            assertEquals(1, Http.json(http.get("/api/v1/search?q=Huawei&lang=fr")).get("total").asInt());
        }
    }
}
