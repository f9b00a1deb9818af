package hotline.identity.internal;

import hotline.platform.InvalidInputException;
import hotline.platform.demo.DemoMode;
import org.springframework.stereotype.Component;

/**
 * Passwords are at least 10 characters and mix letters and digits. The demo password is allowed in demo mode only,
 * which listens on loopback.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private final DemoMode demoMode;

    PasswordPolicy(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    void check(String field, String password) {
        if (demoMode.enabled() && DemoMode.PASSWORD.equals(password)) {
            return;
        }
        if (password == null || password.length() < MIN_LENGTH) {
            throw InvalidInputException.of(field, "Size", "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > 128) {
            throw InvalidInputException.of(field, "Size", "must have at most 128 characters");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw InvalidInputException.of(field, "Strength", "must contain letters and digits");
        }
    }
}
