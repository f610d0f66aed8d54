package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LongIntTable} against a {@link HashMap} over many keys, through growth and serialization. */
class LongIntTableTest {
    @Test
    void holdsWhatAMapHoldsThroughGrowth() throws Exception {
        LongIntTable table = new LongIntTable(4);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            long key = random.nextInt(5_000) * 0x1_0000_0001L;
            int amount = random.nextInt(9) - 4;
            if (k % 3 == 0) {
                table.put(key, amount);
                expected.put(key, amount);
            } else {
                table.add(key, amount);
                expected.merge(key, amount, Integer::sum);
            }
        }
        assertEquals(expected.size(), table.size());
        Map<Long, Integer> listed = new HashMap<>();
        for (int slot = 0; slot < table.capacity(); slot++) {
            if (table.keyAt(slot) != LongIntTable.EMPTY) {
                listed.put(table.keyAt(slot), table.valueAt(slot));
            }
        }
        assertEquals(expected, listed);
        assertEquals(-1, table.get(5_001 * 0x1_0000_0001L, -1));
        assertEquals(expected.get(0L) == null ? -9 : expected.get(0L), table.get(0L, -9));
        assertEquals(expected.size(), copy(table).size());
        assertEquals(table.get(42 * 0x1_0000_0001L, -1), copy(table).get(42 * 0x1_0000_0001L, -1));
    }

    @Test
    void atMostHalfFull() {
        LongIntTable table = new LongIntTable(8);
        for (long key = 0; key < 100; key++) {
            table.add(key, 1);
            assertEquals(true, 2 * table.size() <= table.capacity(), "size " + table.size());
        }
    }

    @Test
    void slotsMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new LongIntTable(12));
        assertThrows(IllegalArgumentException.class, () -> new LongIntTable(0));
    }

    private static LongIntTable copy(LongIntTable table) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(table);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (LongIntTable) in.readObject();
        }
    }
}
