package hotline.workforce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real "Anonymous Bank" records (February 1999) are not copied into the repository: they live in the shared
 * data folder next to the checkout ({@code ../shared/data/anonymous-bank}, or a parent's {@code shared/data}), or
 * wherever {@code -Dhotline.bank-data=/path} points. A missing folder fails the test that needs it, with this
 * explanation, rather than skipping it.
 */
public final class BankData {

    private BankData() {
    }

    public static Path folder() {
        String configured = System.getProperty("hotline.bank-data", System.getenv("HOTLINE_BANK_DATA"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/anonymous-bank");
            if (Files.isRegularFile(candidate.resolve("calls-1999-02.txt"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("the Anonymous Bank data (calls-1999-02.txt, shifts.csv) was not found in a "
                + "shared/data/anonymous-bank folder above " + Path.of("").toAbsolutePath()
                + "; set -Dhotline.bank-data=/path/to/anonymous-bank");
    }

    public static String read(String name) {
        try {
            return Files.readString(folder().resolve(name), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
