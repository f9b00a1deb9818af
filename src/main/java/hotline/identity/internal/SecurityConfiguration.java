package hotline.identity.internal;

import hotline.platform.security.ConnectSources;
import hotline.platform.web.ApiSecurityErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.util.List;

/**
 * Two doors. The API ({@code /api/**}, {@code /actuator/**}) is stateless: HTTP Basic with a person's credentials or a
 * bearer API token, no CSRF (no cookies are honoured), errors as JSON. The console is form login with a session
 * shared through PostgreSQL, CSRF on, strict security headers. Roles are checked on every controller and facade
 * method ({@code @PreAuthorize}); the tests check each endpoint against its table of allowed roles.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; media-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The console's policy, letting pages also connect to the origins other modules declare (the softphone's). */
    static String contentSecurityPolicy(List<String> connectOrigins) {
        var extra = connectOrigins.stream().filter(o -> o.matches("(wss?|https?)://[A-Za-z0-9.:\\[\\]-]+"))
                .distinct().map(o -> " " + o).collect(java.util.stream.Collectors.joining());
        return CONTENT_SECURITY_POLICY.replace("connect-src 'self';", "connect-src 'self'" + extra + ";");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService details, PasswordEncoder encoder,
                                                LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(details);
        passwords.setPasswordEncoder(encoder);
        var manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager,
                            ApiTokenManagement tokens, ApiSecurityErrors errors) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .addFilterBefore(new BearerTokenFilter(tokens, errors), BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, AuthenticationManager authenticationManager,
                                ObjectProvider<ConnectSources> connectSources) throws Exception {
        var policy = contentSecurityPolicy(connectSources.orderedStream()
                .flatMap(sources -> sources.origins().stream()).toList());
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .addFilterAfter(new PasswordChangeGate(), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
