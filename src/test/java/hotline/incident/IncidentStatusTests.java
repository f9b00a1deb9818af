package hotline.incident;

import hotline.incident.IncidentStatus.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentStatusTests {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "ACTIVE, UPDATE, ACTIVE",
            "ACTIVE, CLOSE,  CLOSED",
            "ACTIVE, LINK,   ACTIVE",
            "CLOSED, UPDATE, ",
            "CLOSED, CLOSE,  ",
            "CLOSED, LINK,   ",
    })
    void followsTheTransitionTable(IncidentStatus from, Action action, IncidentStatus to) {
        assertThat(from.after(action).orElse(null)).isEqualTo(to);
    }
}
