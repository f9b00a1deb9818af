package hotline.knowledge;

import hotline.knowledge.ArticleStatus.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole transition table of the article workflow: every status × every action. */
class ArticleStatusTests {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "DRAFT,     EDIT,    DRAFT",
            "DRAFT,     SUBMIT,  REVIEW",
            "DRAFT,     APPROVE, ",
            "DRAFT,     REJECT,  ",
            "DRAFT,     EXPIRE,  ",
            "REVIEW,    EDIT,    ",
            "REVIEW,    SUBMIT,  ",
            "REVIEW,    APPROVE, PUBLISHED",
            "REVIEW,    REJECT,  DRAFT",
            "REVIEW,    EXPIRE,  ",
            "PUBLISHED, EDIT,    DRAFT",
            "PUBLISHED, SUBMIT,  ",
            "PUBLISHED, APPROVE, ",
            "PUBLISHED, REJECT,  ",
            "PUBLISHED, EXPIRE,  EXPIRED",
            "EXPIRED,   EDIT,    DRAFT",
            "EXPIRED,   SUBMIT,  ",
            "EXPIRED,   APPROVE, ",
            "EXPIRED,   REJECT,  ",
            "EXPIRED,   EXPIRE,  ",
    })
    void followsTheTransitionTable(ArticleStatus from, Action action, ArticleStatus to) {
        assertThat(from.after(action).orElse(null)).isEqualTo(to);
        assertThat(from.allows(action)).isEqualTo(to != null);
    }
}
