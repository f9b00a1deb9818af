package hotline.quality.inspection;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What segmentation-based matching promises, over generated utterances. */
class PhraseMatcherProperties {

    private static final List<String> PHRASES = List.of("笨蛋", "有病", "很高兴为您服务", "感谢您的来电", "户号", "闭嘴",
            "再见", "请稍等");
    private static final List<String> SENTENCES = List.of("我家停电了", "已经三个小时了", "请提供一下您的户号", "电脑所有病毒已经清除了",
            "屏幕滚动不了", "您好", "我们马上派人去检修", "电费比上个月高很多", "好的", "那什么时候能来电");
    private static final List<String> MARKS = List.of("，", "。", "！", "？", " ", "、", "……");

    @Provide
    Arbitrary<String> phrase() {
        return Arbitraries.of(PHRASES);
    }

    @Provide
    Arbitrary<List<String>> sentences() {
        return Arbitraries.of(SENTENCES).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> mark() {
        return Arbitraries.of(MARKS);
    }

    @Property
    void aPhraseSetOffByPunctuationIsAlwaysFound(@ForAll("phrase") String phrase,
                                                @ForAll("sentences") List<String> before,
                                                @ForAll("sentences") List<String> after,
                                                @ForAll("mark") String left, @ForAll("mark") String right) {
        var text = String.join("，", before) + left + phrase + right + String.join("。", after);
        assertThat(PhraseMatcher.of(List.of(phrase)).find(Segmenter.words(text))).as(text).isPresent();
    }

    @Property
    void everyMatchIsAlsoASubstringOfTheTextWithoutPunctuation(@ForAll("phrase") String phrase,
                                                               @ForAll("sentences") List<String> sentences,
                                                               @ForAll("mark") String mark) {
        var text = String.join(mark, sentences);
        var found = PhraseMatcher.of(List.of(phrase)).find(Segmenter.words(text)).isPresent();
        if (found) {
            assertThat(text.replaceAll("[\\p{P}\\s]", "")).contains(phrase);
        }
    }

    @Property
    void addingVariantsNeverLosesAMatch(@ForAll("phrase") String phrase, @ForAll("phrase") String variant,
                                        @ForAll("sentences") List<String> sentences) {
        var words = Segmenter.words(String.join("，", sentences) + "，" + phrase);
        var alone = PhraseMatcher.of(List.of(phrase)).find(words).isPresent();
        var withVariant = PhraseMatcher.of(List.of(phrase + "|" + variant)).find(words).isPresent();
        assertThat(!alone || withVariant).isTrue();
        assertThat(withVariant).isTrue();
    }
}
