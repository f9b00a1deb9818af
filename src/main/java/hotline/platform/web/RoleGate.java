package hotline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a controller's {@code @PreAuthorize} role rule before the request body is read and validated. Method
 * security alone runs after argument binding, so a caller without the role would first learn which fields are
 * invalid (400) instead of being refused (403). Rules that refer to arguments are left to method security.
 */
@Configuration(proxyBeanMethods = false)
class RoleGate implements WebMvcConfigurer, HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    RoleGate(ApplicationContext context) {
        rules.setApplicationContext(context);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.getBeanType().getName().startsWith("hotline.")) {
            var parameters = method.getMethod().getParameterCount();
            var invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(), new Object[parameters]);
            var result = rules.authorize(SecurityContextHolder.getContext()::getAuthentication, invocation);
            if (result != null && !result.isGranted()) {
                throw new AccessDeniedException("Access Denied");
            }
        }
        return true;
    }
}
