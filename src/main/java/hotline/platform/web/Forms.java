package hotline.platform.web;

import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Shows business-rule violations next to the form fields they concern, like bean-validation errors. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult result, InvalidInputException e) {
        for (var violation : e.violations()) {
            if (result.getTarget() != null && hasField(result, violation.field())) {
                result.rejectValue(violation.field(), violation.rule(), violation.message());
            } else {
                result.reject(violation.rule(), violation.field() + ": " + violation.message());
            }
        }
    }

    /**
     * A conflict on a form: a duplicate names the field it collides on (the exception's {@code field} detail, else
     * {@code field}); anything else is a stale version, shown above the form.
     */
    public static void reject(BindingResult result, ConflictException e, String field, String takenMessage,
                              String staleMessage) {
        if ("duplicate".equals(e.code())) {
            result.rejectValue(String.valueOf(e.details().getOrDefault("field", field)), "Duplicate", takenMessage);
        } else {
            result.reject("stale", staleMessage);
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
