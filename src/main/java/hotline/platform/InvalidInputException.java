package hotline.platform;

import java.util.List;

/**
 * Input that breaks a business rule which bean validation cannot express (a date range backwards, an unknown
 * department). Answered with HTTP 400 listing each field and the rule, like bean-validation errors.
 */
public class InvalidInputException extends RuntimeException {

    public record Violation(String field, String rule, String message) {
    }

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String rule, String message) {
        return new InvalidInputException(List.of(new Violation(field, rule, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
