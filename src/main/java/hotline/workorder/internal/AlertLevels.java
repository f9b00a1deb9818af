package hotline.workorder.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * The warning levels before a deadline, in percent of the step's time limit ({@code hotline.workorder.warning-levels},
 * default 50,75,90). Reaching 100 % is overdue.
 */
@Component
class AlertLevels {

    private final int[] levels;

    AlertLevels(@Value("${hotline.workorder.warning-levels:50,75,90}") int[] levels) {
        this.levels = Arrays.stream(levels).filter(l -> l > 0 && l < 100).sorted().distinct().toArray();
    }

    int[] levels() {
        return levels.clone();
    }
}
