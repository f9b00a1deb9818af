package hotline.platform.web;

import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns failures of {@code /api/v1} calls into RFC 9457 problem documents that say what went wrong: 400 lists each
 * field with the rule it broke ({@code errors}), 404 names what was not found, 409 explains the conflict. 401 and 403
 * come from {@link ApiSecurityErrors}.
 */
@Order(0)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    record FieldViolation(String field, String rule, String message) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        var violations = new ArrayList<FieldViolation>();
        for (var error : e.getBindingResult().getAllErrors()) {
            String field = error instanceof FieldError fe ? fe.getField() : error.getObjectName();
            violations.add(new FieldViolation(field, error.getCode(), messages.getMessage(error, LocaleContextHolder.getLocale())));
        }
        return badRequest(violations, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        var violations = new ArrayList<FieldViolation>();
        e.getParameterValidationResults().forEach(result -> {
            String field = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> violations.add(new FieldViolation(
                    error instanceof FieldError fe ? fe.getField() : field,
                    error.getCodes() == null ? "Invalid" : lastCode(error.getCodes()),
                    messages.getMessage(error, LocaleContextHolder.getLocale()))));
        });
        return badRequest(violations, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolations(ConstraintViolationException e, HttpServletRequest request) {
        var violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(lastNode(v.getPropertyPath().toString()),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
                .toList();
        return badRequest(violations, request);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e, HttpServletRequest request) {
        return badRequest(e.violations().stream()
                .map(v -> new FieldViolation(v.field(), v.rule(), v.message())).toList(), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return badRequest(List.of(new FieldViolation(e.getParameterName(), "Required",
                message("error.required", "is required"))), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return badRequest(List.of(new FieldViolation(e.getName(), "Type",
                message("error.type", "must be a " + expected, expected))), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String field = "body";
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
        }
        return badRequest(List.of(new FieldViolation(field, "Readable",
                message("error.unreadable", "is not valid JSON for this field"))), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        var problem = badRequest(List.of(new FieldViolation("file", "MaxSize",
                message("error.upload.tooLarge", "is larger than the upload limit"))), request);
        problem.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        return problem;
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e, HttpServletRequest request) {
        return badRequest(List.of(new FieldViolation("file", "Multipart",
                message("error.upload.multipart", "must be sent as multipart/form-data"))), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        var problem = problem(HttpStatus.NOT_FOUND,
                message("error.notFound", e.getMessage(), e.resource(), e.id()), request);
        problem.setProperty("resource", e.resource());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
        var problem = problem(HttpStatus.CONFLICT, e.getMessage(), request);
        problem.setProperty("code", e.code());
        e.details().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleWrite(OptimisticLockingFailureException e, HttpServletRequest request) {
        var problem = problem(HttpStatus.CONFLICT,
                message("error.stale", "the record was changed by someone else; reload it and try again"), request);
        problem.setProperty("code", "stale-version");
        return problem;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicateKey(DuplicateKeyException e, HttpServletRequest request) {
        var problem = problem(HttpStatus.CONFLICT,
                message("error.duplicate", "a record with the same unique value already exists"), request);
        problem.setProperty("code", "duplicate");
        return problem;
    }

    private ProblemDetail badRequest(List<FieldViolation> violations, HttpServletRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, message("error.validation", "the request has invalid fields"), request);
        List<Map<String, Object>> errors = violations.stream().map(v -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", v.field());
            error.put("rule", v.rule());
            error.put("message", v.message());
            return error;
        }).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return problem;
    }

    private String message(String code, String fallback, Object... args) {
        return messages.getMessage(code, args, fallback, LocaleContextHolder.getLocale());
    }

    private static String lastCode(String[] codes) {
        return codes[codes.length - 1];
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
