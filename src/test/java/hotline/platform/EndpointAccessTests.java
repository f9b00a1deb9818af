package hotline.platform;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The table of endpoint × role: every endpoint of every module is listed in {@code src/test/resources/access/*.txt}
 * with the roles allowed to call it, and each row is tried with anonymous callers and with a person of each role.
 * Allowed callers must get past security (anything but 401/403 or the login redirect); everybody else must be
 * refused: 401 (API) or the login page (console) for anonymous callers, 403 for the wrong role.
 */
@HotlineWebTest
class EndpointAccessTests {

    record Row(String source, HttpMethod method, String path, Set<Role> roles, boolean anyRole, boolean anonymous) {
        boolean api() {
            return path.startsWith("/api/") || path.startsWith("/actuator/");
        }

        boolean allows(Role role) {
            return anonymous || anyRole || roles.contains(role);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    List<RequestMappingHandlerMapping> mappings;

    @TestFactory
    Stream<DynamicTest> everyRoleGetsWhatTheTableSays() throws IOException {
        return rows().stream().flatMap(row -> {
            var tests = new ArrayList<DynamicTest>();
            tests.add(DynamicTest.dynamicTest(row + " as anonymous", () -> checkAnonymous(row)));
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(row + " as " + role, () -> checkRole(row, role)));
            }
            return tests.stream();
        });
    }

    @Test
    void everyEndpointIsInTheTable() throws IOException {
        var rows = rows();
        var missing = new ArrayList<String>();
        for (var mapping : mappings) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
                if (!handler.getValue().getBeanType().getName().startsWith("hotline.")) {
                    continue;
                }
                var info = handler.getKey();
                var methods = info.getMethodsCondition().getMethods().isEmpty()
                        ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                        : info.getMethodsCondition().getMethods();
                for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                    for (var method : methods) {
                        boolean listed = rows.stream().anyMatch(row -> row.method().name().equals(method.name())
                                && pattern.matches(PathContainer.parsePath(row.path())));
                        if (!listed) {
                            missing.add(method + " " + pattern.getPatternString() + " ("
                                    + handler.getValue().getBeanType().getSimpleName() + ")");
                        }
                    }
                    if (pattern.getPatternString().startsWith("/api/")) {
                        assertThat(AnnotatedElementUtils.hasAnnotation(handler.getValue().getBeanType(), RestController.class))
                                .as("%s must be a @RestController so its errors are JSON", handler.getValue().getBeanType())
                                .isTrue();
                    }
                }
            }
        }
        assertThat(missing).as("endpoints missing from src/test/resources/access/*.txt").isEmpty();
    }

    private void checkAnonymous(Row row) throws Exception {
        int status = perform(row, null);
        if (row.anonymous()) {
            assertThat(status).as("%s anonymously", row).isNotIn(401, 403);
        } else if (row.api()) {
            assertThat(status).as("%s anonymously", row).isEqualTo(401);
        } else {
            assertThat(status).as("%s anonymously (redirect to the login page)", row).isEqualTo(302);
        }
    }

    private void checkRole(Row row, Role role) throws Exception {
        int status = perform(row, role);
        if (row.allows(role)) {
            assertThat(status).as("%s as %s", row, role).isNotIn(401, 403);
        } else {
            assertThat(status).as("%s as %s", row, role).isEqualTo(403);
        }
    }

    private int perform(Row row, Role role) throws Exception {
        MockHttpServletRequestBuilder request = request(row.method(), row.path());
        if (role != null) {
            request.with(TestUsers.as(role));
        }
        if (row.method() != HttpMethod.GET) {
            if (row.api()) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            } else {
                request.with(csrf());
            }
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    static List<Row> rows() throws IOException {
        var rows = new ArrayList<Row>();
        var resolver = new PathMatchingResourcePatternResolver();
        for (var resource : resolver.getResources("classpath*:access/*.txt")) {
            String text = new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                assertThat(parts).as("row '%s' in %s: METHOD PATH ROLES", line, resource.getFilename()).hasSize(3);
                var roles = EnumSet.noneOf(Role.class);
                boolean any = parts[2].equals("*");
                boolean anonymous = parts[2].equals("anonymous");
                if (!any && !anonymous) {
                    Arrays.stream(parts[2].split(",")).map(Role::valueOf).forEach(roles::add);
                }
                rows.add(new Row(resource.getFilename(), HttpMethod.valueOf(parts[0]), parts[1], roles, any, anonymous));
            }
        }
        return rows;
    }
}
