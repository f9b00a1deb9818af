package hotline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Spring MVC's own failures (no such page, a path or query value of the wrong type, a missing parameter, a method
 * not allowed …): RFC 9457 problem documents for systems, as Spring Boot's problem-details handler writes them, which
 * this replaces; the console's error page for a person's browser, which asked for HTML outside {@code /api}. Runs
 * after {@link ApiExceptionHandler} and {@link PageExceptionHandler}, which say more for the failures they know.
 */
@Order(10)
@ControllerAdvice
class StandardErrors extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (request instanceof ServletWebRequest web && web.getResponse() != null && isPage(web.getRequest())) {
            try {
                // the servlet container forwards to /error, which renders the console's error page for the status
                web.getResponse().sendError(statusCode.value());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** A person's browser asking for a page: HTML accepted, not the API, not an htmx fragment (that gets the alert). */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return !path.startsWith("/api/") && accept != null && accept.contains("text/html") && !Htmx.isHtmx(request);
    }
}
