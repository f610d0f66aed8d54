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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.apache.lucene.util.IOUtils;

/**
 * Write-ahead log of the store's changes since its index was last committed (the idea of Elasticsearch's translog
 * and Solr's update log): a change is durable once its entry is synced here, and the Lucene index is committed
 * only now and then. The log is a series of generations, one file each ({@code changes-<n>.log}): before an index
 * commit starts, the log {@linkplain #roll rolls} to a new generation, and once the commit is done the generations
 * it covers are {@linkplain #deleteUpTo deleted}, while changes go on being logged in the new one. On opening, the
 * entries of the generations left (the process died) are read back to be applied again, and a new generation starts.
 *
 * <p>Format: one entry after another, each {@code int} length, payload, {@code int} CRC-32C of the payload. An
 * entry cut short or damaged (the process died while writing it, so its writer was never told it was durable)
 * ends its generation's entries. One thread appends and rolls; another may delete old generations meanwhile.
 */
final class ChangeLog implements Closeable {
    private static final byte ADDED = 1;
    private static final byte DELETED = 2;
    private static final Pattern FILE = Pattern.compile("changes-(\\d+)\\.log");

    private final Path directory;
    private final long firstGeneration;
    private final List<Entry> recovered;
    private FileChannel channel;
    private long generation;

    private ChangeLog(Path directory, long generation, List<Entry> recovered) throws IOException {
        this.directory = directory;
        this.firstGeneration = generation;
        this.recovered = recovered;
        this.generation = generation;
        this.channel = create(directory, generation);
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

    /**
     * Opens the log in a directory: the entries of the generations there are in {@link #recovered}, and new entries
     * go to a new generation. The old generations stay until {@link #deleteUpTo} (once the index holds them).
     */
    static ChangeLog open(Path directory) throws IOException {
        List<Long> generations = generations(directory);
        long last = generations.isEmpty() ? 0 : generations.get(generations.size() - 1);
        return new ChangeLog(directory, last + 1, read(directory, generations));
    }

    /** The entries of every generation in a directory, oldest first, without opening the log. */
    static List<Entry> read(Path directory) throws IOException {
        return read(directory, generations(directory));
    }

    private static List<Entry> read(Path directory, List<Long> generations) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (long generation : generations) {
            try (FileChannel channel = FileChannel.open(file(directory, generation), StandardOpenOption.READ)) {
                read(channel, entries);
            }
        }
        return List.copyOf(entries);
    }

    /** The entries the log held when it was opened, in order. */
    List<Entry> recovered() {
        return recovered;
    }

    /**
     * An entry as the log writes it: length, payload, checksum. Made by the thread that hands the change over, so
     * that the one thread writing the log only copies bytes.
     */
    static byte[] frame(Entry entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0);
        if (entry instanceof Added added) {
            writeAdded(out, added.record());
        } else if (entry instanceof Deleted deleted) {
            out.writeByte(DELETED);
            writeString(out, deleted.id());
        }
        out.writeInt(0);
        byte[] framed = bytes.toByteArray();
        int length = framed.length - 8;
        CRC32C crc = new CRC32C();
        crc.update(framed, 4, length);
        ByteBuffer.wrap(framed).putInt(0, length).putInt(framed.length - 4, (int) crc.getValue());
        return framed;
    }

    /** Writes an entry {@linkplain #frame framed}; it is durable once {@link #sync} returns. */
    void append(byte[] framed) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(framed);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Makes every entry written so far durable. */
    void sync() throws IOException {
        channel.force(false);
    }

    /** Syncs the current generation and starts the next; returns the generation that ended. */
    long roll() throws IOException {
        channel.force(false);
        channel.close();
        channel = create(directory, generation + 1);
        return generation++;
    }

    /** Deletes the generations read when the log was opened, once an index commit holds their changes. */
    void deleteRecovered() throws IOException {
        deleteUpTo(firstGeneration - 1);
    }

    /** Deletes the generations up to {@code last}: an index commit holds every change they recorded. */
    void deleteUpTo(long last) throws IOException {
        for (long old : generations(directory)) {
            if (old <= last) {
                Files.deleteIfExists(file(directory, old));
            }
        }
        IOUtils.fsync(directory, true);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static FileChannel create(Path directory, long generation) throws IOException {
        FileChannel channel = FileChannel.open(file(directory, generation), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try {
            // the file's name must survive a crash as well as its content
            IOUtils.fsync(directory, true);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static Path file(Path directory, long generation) {
        return directory.resolve("changes-" + generation + ".log");
    }

    /** The generations in a directory, ascending. */
    private static List<Long> generations(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> FILE.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Long.parseLong(m.group(1))).sorted().toList();
        }
    }

    /** Reads the whole, intact entries of one generation, up to the first that is not. */
    private static void read(FileChannel channel, List<Entry> entries) throws IOException {
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
        writeBytes(out, record.json());
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
        writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
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
