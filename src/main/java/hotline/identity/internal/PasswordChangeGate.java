package hotline.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** A person whose password an administrator reset must choose a new one before doing anything else. */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/profile/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserPrincipal principal
                && principal.mustChangePassword() && !allowed(request.getRequestURI())) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.startsWith(PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/webjars/")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/error");
    }
}
