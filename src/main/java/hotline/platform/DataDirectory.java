package hotline.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where Hotline keeps files: the embedded database, recordings, attachments ({@code HOTLINE_DATA_DIR}, default ./data). */
public record DataDirectory(Path path) {

    public Path resolve(String child) {
        Path directory = path.resolve(child);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        return directory;
    }
}
