package io.paralign.api.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.apache.lucene.util.IOUtils;

/**
 * Write-ahead log of the store's changes since its index was last committed (the idea of Elasticsearch's translog
 * and Solr's update log): a change is durable once its entry is synced here, and the Lucene index is committed
 * only now and then, after which the log starts empty again. On opening, the entries of a log that was not
 * emptied (the process died) are read back to be applied again.
 *
 * <p>Format: one entry after another, each {@code int} length, payload, {@code int} CRC-32C of the payload. An
 * entry cut short or damaged (the process died while writing it, so its writer was never told it was durable)
 * ends the log: it and anything after it are cut off when the log is opened. Not thread-safe: one writer.
 */
final class ChangeLog implements Closeable {
    private static final byte ADDED = 1;
    private static final byte DELETED = 2;

    private final FileChannel channel;
    private final List<Entry> recovered;
    private final ByteArrayOutputStream payload = new ByteArrayOutputStream();

    private ChangeLog(FileChannel channel, List<Entry> recovered) {
        this.channel = channel;
        this.recovered = recovered;
    }

    /** A change the log records. */
    sealed interface Entry permits Added, Deleted {
    }

    /** An alignment stored. */
    record Added(AlignmentRecord record) implements Entry {
    }

    /** An alignment deleted. */
    record Deleted(String id) implements Entry {
    }

    /** Opens (or creates) the log; the entries it already held are in {@link #recovered}. */
    static ChangeLog open(Path file) throws IOException {
        boolean created = !Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            if (created) {
                // the file's name must survive a crash as well as its content
                IOUtils.fsync(file.toAbsolutePath().getParent(), true);
            }
            List<Entry> entries = new ArrayList<>();
            long end = read(channel, entries);
            if (end < channel.size()) {
                channel.truncate(end);
                channel.force(true);
            }
            channel.position(end);
            return new ChangeLog(channel, List.copyOf(entries));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The entries the log held when it was opened, in order. */
    List<Entry> recovered() {
        return recovered;
    }

    /** Writes an entry; it is durable once {@link #sync} returns. */
    void append(Entry entry) throws IOException {
        payload.reset();
        DataOutputStream out = new DataOutputStream(payload);
        if (entry instanceof Added added) {
            writeAdded(out, added.record());
        } else if (entry instanceof Deleted deleted) {
            out.writeByte(DELETED);
            writeString(out, deleted.id());
        }
        CRC32C crc = new CRC32C();
        byte[] bytes = payload.toByteArray();
        crc.update(bytes);
        ByteBuffer buffer = ByteBuffer.allocate(bytes.length + 8);
        buffer.putInt(bytes.length).put(bytes).putInt((int) crc.getValue()).flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Makes every entry written so far durable. */
    void sync() throws IOException {
        channel.force(false);
    }

    /** Empties the log, once the index holds every change it recorded (committed). */
    void clear() throws IOException {
        channel.truncate(0);
        channel.position(0);
        channel.force(true);
    }

    /** The log's size in bytes. */
    long size() throws IOException {
        return channel.size();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Reads whole, intact entries from the start; returns where the last of them ends. */
    private static long read(FileChannel channel, List<Entry> entries) throws IOException {
        channel.position(0);
        InputStream stream = Channels.newInputStream(channel);
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        long size = channel.size();
        long end = 0;
        while (size - end >= 8) {
            int length = in.readInt();
            if (length < 1 || length > size - end - 8) {
                break;
            }
            byte[] bytes = in.readNBytes(length);
            int stored = in.readInt();
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            if ((int) crc.getValue() != stored) {
                break;
            }
            Entry entry = decode(bytes);
            if (entry == null) {
                break;
            }
            entries.add(entry);
            end += 8 + length;
        }
        return end;
    }

    /** The entry in a payload whose checksum held; null when its type is unknown. */
    private static Entry decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        try {
            return switch (in.readByte()) {
                case ADDED -> new Added(readAdded(in));
                case DELETED -> new Deleted(readString(in));
                default -> null;
            };
        } catch (EOFException e) {
            return null;
        }
    }

    private static void writeAdded(DataOutputStream out, AlignmentRecord record) throws IOException {
        out.writeByte(ADDED);
        writeString(out, record.id());
        out.writeLong(record.createdAt());
        writeString(out, record.sourceLanguage());
        writeString(out, record.targetLanguage());
        out.writeInt(record.flagCount());
        out.writeInt(record.json().length);
        out.write(record.json());
        out.writeInt(record.pairs().size());
        for (PairText pair : record.pairs()) {
            out.writeInt(pair.index());
            writeString(out, pair.sourceText());
            writeString(out, pair.targetText());
        }
    }

    private static AlignmentRecord readAdded(DataInputStream in) throws IOException {
        String id = readString(in);
        long createdAt = in.readLong();
        String source = readString(in);
        String target = readString(in);
        int flags = in.readInt();
        byte[] json = readBytes(in);
        int count = in.readInt();
        List<PairText> pairs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            pairs.add(new PairText(in.readInt(), readString(in), readString(in)));
        }
        return new AlignmentRecord(id, createdAt, source, target, flags, json, pairs);
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new EOFException("length " + length + " beyond the entry");
        }
        return in.readNBytes(length);
    }
}
