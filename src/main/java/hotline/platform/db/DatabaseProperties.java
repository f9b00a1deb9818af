package hotline.platform.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Hotline keeps its data. Without {@code url} (environment {@code HOTLINE_DB_URL}) it runs its own PostgreSQL
 * inside {@code <data dir>/pg}; {@code mode=ephemeral} gives a fresh database per application context (tests).
 */
@ConfigurationProperties("hotline.db")
public record DatabaseProperties(String url, String user, String password, Mode mode, int embeddedPort, int poolSize) {

    public enum Mode { PERSISTENT, EPHEMERAL }

    public DatabaseProperties {
        mode = mode == null ? Mode.PERSISTENT : mode;
        poolSize = poolSize <= 0 ? 20 : poolSize;
    }

    boolean external() {
        return url != null && !url.isBlank();
    }
}
