package hotline.platform.live;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Carries live events between nodes ({@code hotline.cluster.enabled=true}): each node NOTIFYs the channel
 * {@code hotline_live} and LISTENs on one dedicated connection, delivering what other nodes sent to its own browsers.
 * PostgreSQL limits a notification to 8000 bytes; larger events stay on their node (live payloads are small
 * snapshots, and the next snapshot heals a missed one).
 */
@Component
@ConditionalOnProperty(name = "hotline.cluster.enabled", havingValue = "true")
class ClusterRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterRelay.class);
    static final String CHANNEL = "hotline_live";

    record Envelope(String node, String topic, String name, String json, long publishedAtMillis) {
    }

    private final DataSource dataSource;
    private final LiveEvents live;
    private final JsonMapper json;
    private final String node = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread listener;

    ClusterRelay(DataSource dataSource, LiveEvents live, JsonMapper json) {
        this.dataSource = dataSource;
        this.live = live;
        this.json = json;
    }

    @Override
    public void start() {
        running = true;
        live.relayTo(this::send);
        listener = new Thread(this::listen, "live-cluster-listener");
        listener.setDaemon(true);
        listener.start();
    }

    private void send(LiveEvent event) {
        String payload = json.writeValueAsString(new Envelope(node, event.topic(), event.name(), event.json(),
                event.publishedAtMillis()));
        if (payload.getBytes(StandardCharsets.UTF_8).length >= 8000) {
            log.debug("live event {} too large to relay; delivered on this node only", event.name());
            return;
        }
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            statement.execute();
        } catch (SQLException e) {
            log.warn("cannot relay live event to other nodes: {}", e.getMessage());
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                connection.createStatement().execute("listen " + CHANNEL);
                var pg = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (var notification : notifications) {
                        var envelope = json.readValue(notification.getParameter(), Envelope.class);
                        if (!node.equals(envelope.node())) {
                            live.deliverLocally(new LiveEvent(envelope.topic(), envelope.name(), envelope.json(),
                                    envelope.publishedAtMillis()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("live cluster listener lost its connection; retrying: {}", e.getMessage());
                    sleepQuietly();
                }
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        live.relayTo(event -> { });
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
