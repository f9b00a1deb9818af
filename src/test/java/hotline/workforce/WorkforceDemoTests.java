package hotline.workforce;

import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo center's workforce (same configuration as DemoModeTests, so the seeded context is shared): history for
 * three queues, a published schedule covering today with every hard rule kept, and today's adherence board.
 */
@SpringBootTest(properties = {"hotline.demo=true", "server.address=0.0.0.0"})
@AutoConfigureMockMvc
class WorkforceDemoTests {

    @Autowired
    Forecasts forecasts;
    @Autowired
    Schedules schedules;
    @Autowired
    Adherence adherence;
    @Autowired
    CenterTime time;

    @Test
    void seedsHistoryAPublishedScheduleForTodayAndTheAdherenceBoard() {
        var today = time.today();
        assertThat(SystemActor.call(forecasts::queues)).contains("billing", "outage", "general");
        var published = SystemActor.call(() -> schedules.list()).stream()
                .filter(s -> s.status() == Schedules.Status.PUBLISHED).toList();
        assertThat(published).singleElement().satisfies(s -> {
            assertThat(s.firstDay()).isBeforeOrEqualTo(today);
            assertThat(s.lastDay()).isAfterOrEqualTo(today);
            assertThat(SystemActor.call(() -> schedules.explain(s.id()))).noneMatch(v -> v.level().equals("hard"));
        });
        assertThat(SystemActor.call(() -> schedules.published(today, today))).isNotEmpty();
        assertThat(SystemActor.call(() -> adherence.board(today))).isNotEmpty();
    }
}
