package hotline.telephony.sip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** HTTP digest (RFC 2617, as SIP uses it in RFC 3261 §22): MD5, with or without qop=auth. */
final class Digest {

    private Digest() {
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The response a client holding {@code ha1} must send. */
    static String response(String ha1, String method, String uri, String nonce, String qop, String nc,
                           String cnonce) {
        String ha2 = md5(method + ":" + uri);
        if (qop != null && !qop.isBlank()) {
            return md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
        }
        return md5(ha1 + ":" + nonce + ":" + ha2);
    }
}
