package hotline.quality.internal;

import hotline.quality.FatalMode;
import hotline.quality.ItemScore;
import hotline.quality.ItemType;
import hotline.quality.ScorecardContent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring rules as properties over random scorecards and score sheets (ADR 0080). */
class ScoreCalculatorProperties {

    record Sheet(ScorecardContent card, Map<String, ItemScore> scores) {
    }

    @Provide
    Arbitrary<Sheet> sheets() {
        return Arbitraries.longs().map(seed -> randomSheet(new Random(seed)));
    }

    static Sheet randomSheet(Random random) {
        var sections = new ArrayList<ScorecardContent.Section>();
        var scores = new LinkedHashMap<String, ItemScore>();
        int n = 0;
        for (int s = 0, sc = 1 + random.nextInt(4); s < sc; s++) {
            var items = new ArrayList<ScorecardContent.Item>();
            for (int i = 0, ic = 1 + random.nextInt(5); i < ic; i++) {
                var type = ItemType.values()[random.nextInt(3)];
                int max = type == ItemType.YES_NO ? 1 : 2 + random.nextInt(9);
                var fatal = type == ItemType.YES_NO && random.nextInt(6) == 0
                        ? (random.nextBoolean() ? FatalMode.ZERO : FatalMode.FAIL) : FatalMode.NONE;
                boolean allowNa = random.nextInt(3) == 0;
                String code = "I" + (n++);
                items.add(new ScorecardContent.Item(code, "item " + code, null, type, random.nextInt(21), max, allowNa,
                        fatal));
                boolean na = allowNa && random.nextInt(4) == 0;
                scores.put(code, new ItemScore(code, na ? null : randomValue(type, max, random), na, null, null));
            }
            sections.add(new ScorecardContent.Section("S" + s, random.nextInt(51), items));
        }
        return new Sheet(new ScorecardContent(random.nextInt(101), sections), scores);
    }

    static double randomValue(ItemType type, int max, Random random) {
        return switch (type) {
            case YES_NO -> random.nextInt(2);
            case SCALE -> 1 + random.nextInt(max);
            case POINTS -> random.nextInt(2 * max + 1) / 2.0;
        };
    }

    @Property
    void totalIsBetweenZeroAndHundred(@ForAll("sheets") Sheet sheet) {
        var result = ScoreCalculator.score(sheet.card(), sheet.scores());
        assertThat(result.total()).isBetween(0.0, 100.0);
        assertThat(result.complete()).isTrue();
    }

    @Property
    void raisingOneItemNeverLowersTheTotal(@ForAll("sheets") Sheet sheet, @ForAll long seed) {
        var random = new Random(seed);
        var items = sheet.card().items();
        var item = items.get(random.nextInt(items.size()));
        var before = sheet.scores().get(item.code());
        if (before.na()) {
            return;
        }
        double raised = Math.min(item.max(), before.value() + (item.type() == ItemType.POINTS ? 0.5 : 1));
        var scores = new LinkedHashMap<>(sheet.scores());
        scores.put(item.code(), new ItemScore(item.code(), raised, false, null, null));
        var low = ScoreCalculator.score(sheet.card(), sheet.scores());
        var high = ScoreCalculator.score(sheet.card(), scores);
        assertThat(high.total()).isGreaterThanOrEqualTo(low.total());
        if (low.passed()) {
            assertThat(high.passed()).isTrue();
        }
    }

    @Property
    void anAddedItemMarkedNotApplicableChangesNothing(@ForAll("sheets") Sheet sheet, @ForAll long seed) {
        var random = new Random(seed);
        var sections = new ArrayList<>(sheet.card().sections());
        int at = random.nextInt(sections.size());
        var section = sections.get(at);
        var items = new ArrayList<>(section.items());
        var extra = new ScorecardContent.Item("NA-EXTRA", "extra", null, ItemType.POINTS, 1 + random.nextInt(50),
                10, true, FatalMode.NONE);
        items.add(random.nextInt(items.size() + 1), extra);
        sections.set(at, new ScorecardContent.Section(section.name(), section.weight(), items));
        var card = new ScorecardContent(sheet.card().passScore(), sections);
        var scores = new LinkedHashMap<>(sheet.scores());
        scores.put("NA-EXTRA", new ItemScore("NA-EXTRA", null, true, null, null));
        var without = ScoreCalculator.score(sheet.card(), sheet.scores());
        var with = ScoreCalculator.score(card, scores);
        assertThat(with.total()).isEqualTo(without.total());
        assertThat(with.passed()).isEqualTo(without.passed());
    }

    @Property
    void aFatalItemAnsweredNoZeroesOrFails(@ForAll("sheets") Sheet sheet, @ForAll boolean zero) {
        var sections = new ArrayList<>(sheet.card().sections());
        var first = sections.get(0);
        var items = new ArrayList<>(first.items());
        items.add(new ScorecardContent.Item("FATAL", "fatal", null, ItemType.YES_NO, 0, 1, false,
                zero ? FatalMode.ZERO : FatalMode.FAIL));
        sections.set(0, new ScorecardContent.Section(first.name(), first.weight(), items));
        var card = new ScorecardContent(sheet.card().passScore(), sections);
        var scores = new LinkedHashMap<>(sheet.scores());
        scores.put("FATAL", new ItemScore("FATAL", 0.0, false, null, null));
        var result = ScoreCalculator.score(card, scores);
        assertThat(result.passed()).isFalse();
        assertThat(result.fatal()).isTrue();
        if (zero) {
            assertThat(result.total()).isZero();
        } else {
            // FAIL keeps the computed total: the zero-weight gate item does not move it
            assertThat(result.total()).isEqualTo(ScoreCalculator.score(sheet.card(), sheet.scores()).total());
        }
    }

    @Example
    void weightsSectionsAndMapsScalesAndPoints() {
        var card = new ScorecardContent(80, List.of(
                new ScorecardContent.Section("礼貌", 40, List.of(
                        new ScorecardContent.Item("greet", "问候", null, ItemType.YES_NO, 10, 1, false, FatalMode.NONE),
                        new ScorecardContent.Item("tone", "语气", null, ItemType.SCALE, 10, 5, false, FatalMode.NONE))),
                new ScorecardContent.Section("业务", 60, List.of(
                        new ScorecardContent.Item("answer", "答复", null, ItemType.POINTS, 20, 10, true,
                                FatalMode.NONE)))));
        var scores = Map.of(
                "greet", new ItemScore("greet", 1.0, false, null, null),
                "tone", new ItemScore("tone", 3.0, false, null, null),
                "answer", new ItemScore("answer", 8.0, false, null, null));
        var result = ScoreCalculator.score(card, scores);
        // 礼貌: (10·1 + 10·0.5) / 20 = 0.75; 业务: 0.8 → (40·0.75 + 60·0.8) / 100 = 0.78
        assertThat(result.total()).isEqualTo(78.0);
        assertThat(result.passed()).isFalse();
        var allNa = Map.of(
                "greet", new ItemScore("greet", 1.0, false, null, null),
                "tone", new ItemScore("tone", 5.0, false, null, null),
                "answer", new ItemScore("answer", null, true, null, null));
        assertThat(ScoreCalculator.score(card, allNa).total()).isEqualTo(100.0);
    }
}
