package hotline.quality.web;

import hotline.platform.InvalidInputException;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Small helpers the quality pages share. */
final class Pages {

    private Pages() {
    }

    /**
     * After a successful post: htmx follows {@code HX-Redirect} (the form stays as typed when the post fails, since
     * failures answer an alert in the message area); a plain form post gets a redirect.
     */
    static String done(HttpServletRequest request, HttpServletResponse response, String location) {
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Redirect", request.getContextPath() + location);
            return "quality/fragments :: empty";
        }
        return "redirect:" + location;
    }

    static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "NotBlank", "must not be blank");
        }
        return text.strip();
    }

    /** "m:ss", "mm:ss" or "h:mm:ss" (or plain seconds) from the recording's start, in milliseconds. */
    static Long millis(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long seconds = 0;
            for (String part : text.strip().split(":")) {
                seconds = seconds * 60 + Long.parseLong(part.strip());
            }
            return seconds * 1000;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Time", "a time in the recording is written m:ss");
        }
    }

    static String clock(Long millis) {
        if (millis == null) {
            return "";
        }
        long s = millis / 1000;
        return s / 60 + ":" + String.format("%02d", s % 60);
    }
}
