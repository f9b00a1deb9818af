package hotline.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** One handler serves a page and its fragment: the fragment when htmx asks (style guide §6). */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** {@code view} for a full page load, {@code view :: fragment} when htmx requests the part. */
    public static String view(HttpServletRequest request, String view, String fragment) {
        return isHtmx(request) ? view + " :: " + fragment : view;
    }
}
