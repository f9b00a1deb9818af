package hotline.organization;

/** The rule for codes of departments and skills: a lowercase slug such as {@code yingxiao} or {@code en-service}. */
final class Codes {

    static final String PATTERN = "^[a-z][a-z0-9-]{1,31}$";
    static final String MESSAGE = "must be 2–32 lowercase letters, digits or '-', starting with a letter";

    private Codes() {
    }
}
