/**
 * Who may sign in and what they may do: user accounts with roles, form login for people, HTTP Basic and bearer API
 * tokens for systems, login throttling, the first administrator. Publishes {@link hotline.identity.UserDeactivated}.
 * Roles and the acting user are in {@link hotline.platform.security} so every module can check them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package hotline.identity;
