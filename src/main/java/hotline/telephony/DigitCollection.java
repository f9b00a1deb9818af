package hotline.telephony;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Telephony#collectDigits} collects DTMF: between {@code min} and {@code max} digits, ended early by the
 * {@code terminator} (not part of the digits; {@code null} for none). {@code timeout} is the longest wait for the next
 * digit, counted from the end of the {@code prompt} (played while collecting, interrupted by the first digit;
 * {@code null} for none) and again after each digit.
 */
public record DigitCollection(int min, int max, Character terminator, Duration timeout, Prompt prompt) {

    static final String DTMF = "0123456789*#ABCD";

    public DigitCollection {
        Objects.requireNonNull(timeout, "timeout");
        if (min < 0 || max < 1 || min > max) {
            throw new IllegalArgumentException("need 0 <= min <= max and max >= 1, got min " + min + ", max " + max);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, got " + timeout);
        }
        if (terminator != null && !isDtmf(terminator)) {
            throw new IllegalArgumentException("the terminator must be a DTMF digit, got '" + terminator + "'");
        }
    }

    /** One digit (a menu choice), no terminator. */
    public static DigitCollection menu(Prompt prompt, Duration timeout) {
        return new DigitCollection(1, 1, null, timeout, prompt);
    }

    public static boolean isDtmf(char c) {
        return DTMF.indexOf(c) >= 0;
    }
}
