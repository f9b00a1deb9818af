package hotline.platform.security;

import java.util.List;

/**
 * Origins outside the console's own that its pages may connect to (the {@code connect-src} of the content security
 * policy), contributed by the module that needs them: the browser softphone's SIP WebSocket, for instance. Without
 * such a bean the console connects only to itself.
 */
@FunctionalInterface
public interface ConnectSources {

    /** Origins such as {@code ws://10.0.0.10:8088} or {@code wss://sip.example.org}. */
    List<String> origins();
}
