package hotline.knowledge;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTests {

    @Test
    void marksTheChangedSentenceOfChineseText() {
        var diff = TextDiff.between("停电请拨打95598。抢修人员45分钟到达。", "停电请拨打95598。抢修人员30分钟到达。");
        assertThat(diff.lines()).extracting(TextDiff.Line::op, TextDiff.Line::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TextDiff.Op.SAME, "停电请拨打95598。"),
                org.assertj.core.groups.Tuple.tuple(TextDiff.Op.REMOVED, "抢修人员45分钟到达。"),
                org.assertj.core.groups.Tuple.tuple(TextDiff.Op.ADDED, "抢修人员30分钟到达。"));
        assertThat(diff.changed()).isTrue();
    }

    @Test
    void sameTextHasNoChange() {
        assertThat(TextDiff.between("一。二。", "一。二。").changed()).isFalse();
    }

    @Property
    void keepingTheSameAndAddedLinesGivesTheNewText(@ForAll @StringLength(max = 60) String before,
                                                    @ForAll @StringLength(max = 60) String after) {
        var diff = TextDiff.between(before, after);
        String rebuilt = diff.lines().stream().filter(l -> l.op() != TextDiff.Op.REMOVED).map(TextDiff.Line::text)
                .collect(Collectors.joining("\n"));
        assertThat(rebuilt).isEqualTo(String.join("\n", TextDiff.split(after)));
    }
}
