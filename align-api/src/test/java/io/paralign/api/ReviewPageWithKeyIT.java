package io.paralign.api;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link ReviewPageIT} with keys on: the page opened as {@code /?key=...} sends the key with its requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "paralign.security.api-keys=page-key")
class ReviewPageWithKeyIT extends ReviewPageIT {
    @Override
    String page() {
        return "/?key=page-key";
    }
}
