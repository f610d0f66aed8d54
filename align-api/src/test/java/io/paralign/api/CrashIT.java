package io.paralign.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.api.store.AlignmentStore;
import io.paralign.api.store.StoreProperties;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service is killed (SIGKILL) while clients are posting: every alignment answered with 201 is in the store
 * once it is opened again. The index is never committed before the kill (index commit interval of an hour), so
 * what was answered is only in the change log, and comes back from there.
 */
class CrashIT {
    @TempDir
    Path data;

    @Test
    void killedMidWriteLosesNothingAnswered() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AlignApiApplication.class.getName(),
                "--server.port=" + port, "--paralign.store.data-dir=" + data,
                "--paralign.store.index-commit-interval=1h")
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile())
                .start();
        Http http = new Http(port);
        List<String> answered = new CopyOnWriteArrayList<>();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        try {
            awaitUp(http, server);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            String body = Http.alignmentJson("fr", Fixture.FRENCH, "ar", Fixture.ARABIC);
            for (int c = 0; c < 4; c++) {
                clients.submit(() -> {
                    while (server.isAlive()) {
                        try {
                            HttpResponse<String> response = http.postJson(body);
                            if (response.statusCode() != 201) {
                                unexpected.add(response.statusCode() + " " + response.body());
                                return;
                            }
                            answered.add(Http.json(response).get("id").asString());
                        } catch (RuntimeException e) {
                            return;   // the server is gone
                        }
                    }
                });
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answered.size() < 20 && unexpected.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        } finally {
            server.destroyForcibly();
        }
        assertTrue(unexpected.isEmpty(), () -> "unexpected answer: " + unexpected.get(0));
        assertTrue(answered.size() >= 20, "only " + answered.size() + " answered");
        try (AlignmentStore store = new AlignmentStore(new StoreProperties(data))) {
            for (String id : answered) {
                assertTrue(store.find(id).isPresent(), "lost " + id);
            }
        }
    }

    private static void awaitUp(Http http, Process server) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < until && server.isAlive()) {
            try {
                if (http.get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not start");
    }

}
