package io.paralign.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A pair's texts as UTF-8 strings: inline, or read through Hadoop's file systems (local, HDFS, S3... whatever the
 * job's Hadoop configuration reaches) with the path as given, a relative path resolving against the working folder of
 * the executor. Over {@code maxBytes} bytes a text is refused before it is read. Serializable: it carries the driver's
 * Hadoop settings to the executors.
 */
final class HadoopTexts implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long maxBytes;
    private final Map<String, String> settings;
    private transient Configuration configuration;

    HadoopTexts(Configuration driver, long maxBytes) {
        this.maxBytes = maxBytes;
        this.settings = new HashMap<>();
        driver.forEach(e -> settings.put(e.getKey(), e.getValue()));
    }

    /** The source text (which = "source") or target text of the pair. */
    String text(String which, String inline, String path) {
        if (inline != null) {
            if (inline.length() > maxBytes || inline.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
                throw tooLarge(which, inline.getBytes(StandardCharsets.UTF_8).length);
            }
            return inline;
        }
        if (path == null) {
            throw new PairFailure(ErrorCode.MISSING_FIELD, "no " + which + " text: " + which + " and " + which
                    + "_path are both missing");
        }
        return read(which, path);
    }

    private String read(String which, String name) {
        byte[] bytes;
        try {
            Path path = new Path(name);
            FileSystem fs = path.getFileSystem(configuration());
            FileStatus status = fs.getFileStatus(path);
            if (status.getLen() > maxBytes) {
                throw tooLarge(which, status.getLen());
            }
            try (InputStream in = fs.open(path)) {
                bytes = in.readNBytes((int) status.getLen() + 1);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PairFailure(ErrorCode.UNREADABLE_FILE, which + "_path " + name + " cannot be read: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) { // it grew since its length was read
            throw tooLarge(which, bytes.length);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new PairFailure(ErrorCode.INVALID_ENCODING, which + "_path " + name + " is not UTF-8 text");
        }
    }

    private PairFailure tooLarge(String which, long bytes) {
        return new PairFailure(ErrorCode.TOO_LARGE, which + " text has " + bytes + " bytes, over the limit of "
                + maxBytes + " (--max-bytes)");
    }

    private Configuration configuration() {
        if (configuration == null) {
            Configuration made = new Configuration(false);
            settings.forEach(made::set);
            configuration = made;
        }
        return configuration;
    }
}
