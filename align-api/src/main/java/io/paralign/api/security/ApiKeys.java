package io.paralign.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The accepted API keys. A key is compared by its SHA-256 digest, with {@link MessageDigest#isEqual} against every
 * accepted key, so the time taken tells neither how much of a key matched nor how long the accepted keys are.
 */
final class ApiKeys {
    private final List<byte[]> digests;

    ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(ApiKeys::digest).toList();
    }

    /** No key configured: keys are off. */
    boolean isEmpty() {
        return digests.isEmpty();
    }

    boolean accepts(String given) {
        if (given == null) {
            return false;
        }
        byte[] digest = digest(given);
        boolean found = false;
        for (byte[] accepted : digests) {
            found |= MessageDigest.isEqual(accepted, digest);
        }
        return found;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
