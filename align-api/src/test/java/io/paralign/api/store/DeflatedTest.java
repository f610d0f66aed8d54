package io.paralign.api.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bodies stored in the deflated format come back byte for byte, and damage is an error. */
class DeflatedTest {
    private static byte[] roundTrip(byte[] raw) throws IOException {
        byte[] stored = DeflatedBodies.deflate(raw);
        byte[] padded = new byte[stored.length + 7];
        System.arraycopy(stored, 0, padded, 3, stored.length);
        return Deflated.inflate(padded, 3, stored.length);
    }

    @Test
    void bodiesComeBackByteForByte() throws Exception {
        byte[] json = "{\"text\":\"أعلنت هواوي عن هاتف جديد. Huawei a annoncé un téléphone.\"}".repeat(500)
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(json, roundTrip(json));
        assertArrayEquals(new byte[0], roundTrip(new byte[0]));
    }

    @Test
    void incompressibleBytesComeBackToo() throws Exception {
        byte[] noise = new byte[200_000];
        new Random(1).nextBytes(noise);
        assertArrayEquals(noise, roundTrip(noise));
    }

    @Test
    void aDamagedOrShortenedBodyIsAnErrorNotGarbage() {
        byte[] stored = DeflatedBodies.deflate("{\"id\":\"a1\"}".repeat(100).getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> Deflated.inflate(stored, 0, stored.length / 2));
        byte[] damaged = Arrays.copyOf(stored, stored.length);
        Arrays.fill(damaged, 4, damaged.length, (byte) 0xFF);
        assertThrows(IOException.class, () -> Deflated.inflate(damaged, 0, damaged.length));
    }
}
