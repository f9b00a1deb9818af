package hotline.platform.live;

import hotline.HotlineWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes on one PostgreSQL: an event published on one reaches the other's browsers, once. */
@HotlineWebTest
class ClusterRelayTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper json;

    static class Node extends LiveEvents {
        final List<LiveEvent> delivered = new CopyOnWriteArrayList<>();

        Node(JsonMapper json) {
            super(json, Clock.systemUTC());
        }

        @Override
        void deliverLocally(LiveEvent event) {
            delivered.add(event);
        }
    }

    @Test
    void carriesEventsBetweenNodesThroughListenNotify() throws Exception {
        var a = new Node(json);
        var b = new Node(json);
        var relayA = new ClusterRelay(dataSource, a, json);
        var relayB = new ClusterRelay(dataSource, b, json);
        relayA.start();
        relayB.start();
        try {
            Thread.sleep(500); // both listeners subscribed
            a.publish("wallboard", "queue", Map.of("queue", "billing", "waiting", 3));
            for (int i = 0; i < 100 && b.delivered.isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertThat(b.delivered).singleElement().satisfies(event -> {
                assertThat(event.topic()).isEqualTo("wallboard");
                assertThat(event.json()).contains("\"waiting\":3");
            });
            Thread.sleep(300);
            assertThat(a.delivered).as("the publishing node delivers its own event once").hasSize(1);
        } finally {
            relayA.stop();
            relayB.stop();
            a.destroy();
            b.destroy();
        }
    }
}
