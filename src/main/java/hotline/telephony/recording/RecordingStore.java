package hotline.telephony.recording;

import hotline.platform.DataDirectory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The files of the archive: {@code <data dir>/recording-store/yyyy/MM/dd/<recording id>.wav}, by the day the
 * recording started, so retention deletes whole old days and a directory never grows past one day's calls. Files are
 * written to a temporary name and moved into place, with their SHA-256 computed on the way (ADR 0070).
 */
@Component
class RecordingStore {

    record Stored(Path path, String relativePath, long bytes, String sha256) {
    }

    private final DataDirectory data;

    RecordingStore(DataDirectory data) {
        this.data = data;
    }

    Path root() {
        return data.resolve("recording-store");
    }

    Stored store(InputStream content, UUID id, LocalDate day, long maxBytes) {
        try {
            var folder = root().resolve(String.format("%04d/%02d/%02d", day.getYear(), day.getMonthValue(),
                    day.getDayOfMonth()));
            Files.createDirectories(folder);
            var temporary = Files.createTempFile(folder, ".store", ".part");
            try {
                var digest = MessageDigest.getInstance("SHA-256");
                long bytes;
                try (var in = new DigestInputStream(content, digest)) {
                    bytes = copy(in, temporary, maxBytes);
                }
                var target = folder.resolve(id + ".wav");
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new Stored(target, data.path().relativize(target).toString(), bytes,
                        HexFormat.of().formatHex(digest.digest()));
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the recording", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path resolve(String relativePath) {
        return data.path().resolve(relativePath).normalize();
    }

    /** Whether the file is somewhere under the data directory (a switch's own copy the archive may delete). */
    boolean inDataDirectory(Path file) {
        return file.toAbsolutePath().normalize().startsWith(data.path().toAbsolutePath().normalize());
    }

    void delete(String relativePath) {
        try {
            Files.deleteIfExists(resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + relativePath, e);
        }
    }

    /** SHA-256 of a stored file, to verify it has not changed since it was archived. */
    String sha256(String relativePath) {
        try (var in = Files.newInputStream(resolve(relativePath))) {
            var digest = MessageDigest.getInstance("SHA-256");
            var buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long copy(InputStream in, Path target, long maxBytes) throws IOException {
        long total = 0;
        try (var out = Files.newOutputStream(target)) {
            var buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    /** The file is larger than the archive takes: answered 413 like any upload over the limit. */
    static final class TooLarge extends org.springframework.web.multipart.MaxUploadSizeExceededException {
        TooLarge(long maxBytes) {
            super(maxBytes);
        }
    }
}
