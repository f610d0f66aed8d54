package io.paralign.cli.batch;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The summary rows of a batch's pairs, kept on disk in a scratch file as they come (from any thread, in any order)
 * and read back in the pairs' order, so that a batch holds 12 bytes per finished pair instead of its row. Each row is
 * stored in a compact binary form of its fields; only this class reads it, within one run. Closing deletes the file.
 */
public final class SummaryRows implements Closeable, Iterable<PairOutcome> {
    private static final byte PAIRED = 1;
    private static final byte FAILED = 2;

    private final Path file;
    private final FileChannel channel;
    private final long[] offsets;
    private final int[] lengths;
    private long end;
    private int failed;

    private SummaryRows(Path file, FileChannel channel, int count) {
        this.file = file;
        this.channel = channel;
        this.offsets = new long[count];
        this.lengths = new int[count];
        Arrays.fill(lengths, -1);
    }

    /** @param file an empty scratch file, deleted by {@link #close()}; @param count the number of pairs */
    public static SummaryRows open(Path file, int count) throws IOException {
        return new SummaryRows(file, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE), count);
    }

    /** Stores the row of the pair at {@code position} (0 to count - 1), once. */
    public void put(int position, PairOutcome row) throws IOException {
        byte[] bytes = encode(row);
        synchronized (this) {
            if (lengths[position] >= 0) {
                throw new IllegalStateException("row " + position + " stored twice");
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long at = end;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
            offsets[position] = end;
            lengths[position] = bytes.length;
            end = at;
            if (row instanceof FailedPair) {
                failed++;
            }
        }
    }

    /** The number of pairs. */
    public int size() {
        return offsets.length;
    }

    /** The number of failed pairs stored so far. */
    public synchronized int failed() {
        return failed;
    }

    /**
     * The rows in the pairs' order, read from the file one at a time; every row must be stored.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    @Override
    public Iterator<PairOutcome> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < offsets.length;
            }

            @Override
            public PairOutcome next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    return read(next++);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private synchronized PairOutcome read(int position) throws IOException {
        if (lengths[position] < 0) {
            throw new IllegalStateException("no row for pair " + position);
        }
        ByteBuffer buffer = ByteBuffer.allocate(lengths[position]);
        long at = offsets[position];
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException(file + ": ends before row " + position);
            }
            at += n;
        }
        return decode(new DataInputStream(new ByteArrayInputStream(buffer.array())));
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] encode(PairOutcome row) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        DataOutputStream out = new DataOutputStream(bytes);
        if (row instanceof PairRow paired) {
            out.writeByte(PAIRED);
            string(out, paired.source());
            string(out, paired.target());
            string(out, paired.folder());
            out.writeDouble(paired.score());
            side(out, paired.sourceSide());
            side(out, paired.targetSide());
            out.writeInt(paired.flagCounts().size());
            for (Map.Entry<String, Integer> count : paired.flagCounts().entrySet()) {
                string(out, count.getKey());
                out.writeInt(count.getValue());
            }
            out.writeInt(paired.worstFlags().size());
            for (PairRow.Flag flag : paired.worstFlags()) {
                string(out, flag.type());
                string(out, flag.side());
                string(out, flag.text());
                string(out, flag.anchor());
            }
            string(out, paired.pairedBy());
        } else if (row instanceof FailedPair f) {
            out.writeByte(FAILED);
            string(out, f.source());
            string(out, f.target());
            string(out, f.folder());
            string(out, f.sourceLanguage());
            string(out, f.targetLanguage());
            out.writeDouble(f.score());
            string(out, f.reason());
            string(out, f.pairedBy());
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static PairOutcome decode(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        if (kind == FAILED) {
            return new FailedPair(string(in), string(in), string(in), string(in), string(in), in.readDouble(),
                    string(in), string(in));
        }
        String source = string(in);
        String target = string(in);
        String folder = string(in);
        double score = in.readDouble();
        PairRow.SideRow sourceSide = side(in);
        PairRow.SideRow targetSide = side(in);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            counts.put(string(in), in.readInt());
        }
        List<PairRow.Flag> worst = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            worst.add(new PairRow.Flag(string(in), string(in), string(in), string(in)));
        }
        return new PairRow(source, target, folder, score, sourceSide, targetSide, counts, worst, string(in));
    }

    private static void side(DataOutputStream out, PairRow.SideRow side) throws IOException {
        string(out, side.language());
        out.writeInt(side.paragraphs());
        out.writeInt(side.sentences());
        out.writeDouble(side.sentenceCoverage());
        out.writeDouble(side.characterCoverage());
    }

    private static PairRow.SideRow side(DataInputStream in) throws IOException {
        return new PairRow.SideRow(string(in), in.readInt(), in.readInt(), in.readDouble(), in.readDouble());
    }

    /** Any string or null, of any length (DataOutput's own UTF stops at 65,535 bytes). */
    private static void string(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
