package hotline.quality.inspection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching on word boundaries after segmentation, against the naive substring search it replaces: the same forbidden
 * words, texts where the substring crosses a word boundary (no hit), and texts where it is a word (a hit).
 */
class PhraseMatcherTests {

    private static boolean matches(String phrase, String text) {
        return PhraseMatcher.of(List.of(phrase)).find(Segmenter.words(text)).isPresent();
    }

    @Test
    void aForbiddenWordSaidAsAWordIsFound() {
        assertThat(matches("笨蛋", "你这个笨蛋，听不懂吗")).isTrue();
        assertThat(matches("有病", "你是不是有病")).isTrue();
        assertThat(matches("滚", "你给我滚！")).isTrue();
    }

    @Test
    void substringsAcrossWordBoundariesAreNoHitUnlikeNaiveMatching() {
        // 所有/病毒 contains 有病 as characters, 滚动 contains 滚: a substring search flags both, wrongly
        var virus = "电脑所有病毒已经清除了";
        var scroll = "屏幕滚动不了";
        assertThat(virus.contains("有病")).as("naive substring").isTrue();
        assertThat(matches("有病", virus)).as("segmented").isFalse();
        assertThat(scroll.contains("滚")).as("naive substring").isTrue();
        assertThat(matches("滚", scroll)).as("segmented").isFalse();
    }

    @Test
    void punctuationSpacingAndCaseDoNotMatter() {
        assertThat(matches("很高兴为您服务", "您好，很高兴 为您服务！")).isTrue();
        assertThat(matches("很高兴为您服务", "您好。很高兴，为您，服务")).isTrue();
        assertThat(matches("Hello", "HELLO, 这里是95598")).isTrue();
    }

    @Test
    void variantsSeparatedByABarEachMatch() {
        var matcher = PhraseMatcher.of(List.of("感谢您的来电|感谢来电|再见"));
        assertThat(matcher.find(Segmenter.words("好的，感谢来电。"))).isPresent();
        assertThat(matcher.find(Segmenter.words("那就这样，再见"))).isPresent();
        assertThat(matcher.find(Segmenter.words("请稍等"))).isEmpty();
        assertThat(matcher.find(Segmenter.words("好的，感谢来电。")).orElseThrow().label())
                .isEqualTo("感谢您的来电|感谢来电|再见");
    }

    @Test
    void aPhraseWithoutWordsMatchesNothing() {
        assertThat(PhraseMatcher.of(List.of("，。", "  ")).isEmpty()).isTrue();
    }
}
