package hotline.platform.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code HOTLINE_DEMO=true}: a believable center is seeded on an empty database, and Hotline listens on loopback only. */
@Component
public class DemoMode {

    /** The password of every demo account; it exists only in demo mode, which cannot be reached from the network. */
    public static final String PASSWORD = "hotline";

    private final boolean enabled;

    DemoMode(@Value("${hotline.demo:false}") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}
