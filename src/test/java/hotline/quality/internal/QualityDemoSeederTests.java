package hotline.quality.internal;

import hotline.HotlineWebTest;
import hotline.platform.security.SystemActor;
import hotline.quality.ItemScore;
import hotline.quality.SamplingPlans;
import hotline.quality.Scorecards;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's scorecard is valid, scores 100 with full marks, and is seeded published with its sampling plan. */
@HotlineWebTest
class QualityDemoSeederTests {

    @Autowired
    QualityDemoSeeder seeder;
    @Autowired
    Scorecards scorecards;
    @Autowired
    SamplingPlans plans;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void seedsThePublished95598ScorecardAndAPlan() {
        var content = QualityDemoSeeder.content();
        ScoreCalculator.validate(content);
        var full = new HashMap<String, ItemScore>();
        content.items().forEach(i -> full.put(i.code(), new ItemScore(i.code(), (double) i.max(), false, null, null)));
        assertThat(ScoreCalculator.score(content, full).total()).isEqualTo(100.0);
        full.put("forbidden", new ItemScore("forbidden", 0.0, false, null, null));
        assertThat(ScoreCalculator.score(content, full).total()).isZero();

        transaction.executeWithoutResult(s -> seeder.seed());
        var card = SystemActor.call(() -> scorecards.list()).stream()
                .filter(c -> c.code().equals(QualityDemoSeeder.CODE)).findFirst().orElseThrow();
        assertThat(card.current().number()).isEqualTo(1);
        assertThat(SystemActor.call(() -> plans.list())).extracting(SamplingPlans.PlanView::scorecardId)
                .contains(card.id());
        // outside demo mode the first evaluations are never made
        seeder.firstEvaluations();
    }
}
