package hotline.telephony.sip;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each agent's phone is: bindings of user → contact from REGISTER, checked with digest authentication against
 * {@link SipCredentials}. Nonces are ours, random, and used for a limited time. Engine thread only.
 */
final class Registrar {

    /**
     * @param path the proxies between us and the phone (RFC 3327 {@code Path}, e.g. the WebSocket edge in front of a
     *             browser softphone): requests to the phone are routed through them, in this order
     */
    record Binding(String user, String contact, List<String> path, Instant expires) {
        Binding {
            path = path == null ? List.of() : List.copyOf(path);
        }
    }

    private static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_NONCES = 10_000;

    private final SipCredentials credentials;
    private final String realm;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Binding> bindings = new LinkedHashMap<>();
    private final Map<String, Instant> nonces = new LinkedHashMap<>(16, 0.75f, false);

    Registrar(SipCredentials credentials, String realm) {
        this.credentials = credentials;
        this.realm = realm;
    }

    String realm() {
        return realm;
    }

    String newNonce(Instant now) {
        var bytes = new byte[16];
        random.nextBytes(bytes);
        var nonce = HexFormat.of().formatHex(bytes);
        nonces.put(nonce, now.plus(NONCE_LIFETIME));
        while (nonces.size() > MAX_NONCES) {
            nonces.remove(nonces.keySet().iterator().next());
        }
        return nonce;
    }

    /** Whether the digest answers one of our live nonces with the user's credentials. */
    boolean authentic(String user, String realm, String nonce, String uri, String response, String qop, String nc,
                      String cnonce, String method, Instant now) {
        if (user == null || nonce == null || response == null || !this.realm.equals(realm)) {
            return false;
        }
        var expires = nonces.get(nonce);
        if (expires == null || expires.isBefore(now)) {
            return false;
        }
        Optional<String> ha1 = credentials.ha1(user, realm);
        return ha1.isPresent() && Digest.response(ha1.get(), method, uri, nonce, qop, nc, cnonce)
                .equalsIgnoreCase(response);
    }

    /** Binds (expires > 0) or unbinds; returns the binding it replaced, if any. */
    Optional<Binding> bind(String user, String contact, List<String> path, Duration expires, Instant now) {
        if (expires.isZero()) {
            return Optional.ofNullable(bindings.remove(user));
        }
        return Optional.ofNullable(bindings.put(user, new Binding(user, contact, path, now.plus(expires))));
    }

    Optional<Binding> lookup(String user, Instant now) {
        var binding = bindings.get(user);
        return binding == null || binding.expires().isBefore(now) ? Optional.empty() : Optional.of(binding);
    }

    /** The bindings that have not run out, by user. */
    Map<String, Binding> live(Instant now) {
        var live = new LinkedHashMap<String, Binding>();
        bindings.forEach((user, binding) -> {
            if (!binding.expires().isBefore(now)) {
                live.put(user, binding);
            }
        });
        return live;
    }

    /** Removes the binding if it is still the one that expired. */
    boolean expire(Binding binding) {
        return bindings.remove(binding.user(), binding);
    }
}
