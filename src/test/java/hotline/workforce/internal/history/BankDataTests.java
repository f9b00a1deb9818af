package hotline.workforce.internal.history;

import hotline.workforce.BankData;
import hotline.workforce.ContactInterval;
import hotline.workforce.internal.forecast.Forecaster;
import hotline.workforce.internal.forecast.Series;
import hotline.workforce.internal.staffing.ReferenceErlang;
import hotline.workforce.internal.staffing.Staffing;
import hotline.workforce.internal.staffing.StaffingTarget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The real "Anonymous Bank" call records of February 1999: aggregated to hourly offered load, checked against a
 * count made independently here, then forecast and staffed.
 */
class BankDataTests {

    static final ZoneId ZONE = ZoneOffset.ofHours(2);
    static String text;
    static List<ContactInterval> hourly;

    @BeforeAll
    static void load() throws IOException {
        text = read("calls-1999-02.txt");
        hourly = CallRecordImport.aggregate(text, "bank", 60, ZONE).intervals();
    }

    static String read(String name) {
        return BankData.read(name);
    }

    @Test
    void aggregationCountsEveryCallThatAskedForAnAgentOnce() {
        // Independent count: straight from the columns, without the importer's parsing.
        long offered = text.lines().skip(1).map(l -> l.split("\t"))
                .filter(f -> !f[12].equals("PHANTOM") && Integer.parseInt(f[8]) >= 0)
                .filter(f -> !(f[12].equals("HANG") && f[9].equals("0:00:00")))
                .count();
        long abandoned = text.lines().skip(1).map(l -> l.split("\t"))
                .filter(f -> f[12].equals("HANG") && !f[9].equals("0:00:00") && Integer.parseInt(f[8]) >= 0)
                .count();
        assertThat(hourly.stream().mapToInt(ContactInterval::offered).sum()).isEqualTo((int) offered);
        assertThat(hourly.stream().mapToInt(ContactInterval::abandoned).sum()).isEqualTo((int) abandoned);
        // README: 33,344 calls, of which 278 phantom and 1,941 hung up in the voice menu (some rows overlap the
        // 25 with a negative menu time), and 3,866 + 97 abandoned in the queue.
        assertThat(offered).isBetween(31_100L, 31_125L);
        assertThat(abandoned).isBetween(3_940L, 3_963L);
        assertThat(hourly).allSatisfy(i -> assertThat(i.answered() + i.abandoned()).isEqualTo(i.offered()));
    }

    @Test
    void callsThatReachTheQueueAfterMidnightCountInTheNextDay() {
        var lastDay = hourly.stream().map(i -> LocalDateTime.ofInstant(i.start(), ZONE).toLocalDate())
                .max(LocalDate::compareTo).orElseThrow();
        var firstDay = hourly.stream().map(i -> LocalDateTime.ofInstant(i.start(), ZONE).toLocalDate())
                .min(LocalDate::compareTo).orElseThrow();
        assertThat(firstDay).isEqualTo(LocalDate.of(1999, 2, 1));
        assertThat(lastDay).isBetween(LocalDate.of(1999, 2, 28), LocalDate.of(1999, 3, 1));
        assertThat(hourly).allSatisfy(i -> assertThat(LocalDateTime.ofInstant(i.start(), ZONE).getMinute()).isZero());
    }

    @Test
    void busiestHourNeedsTheStaffThatAnIndependentErlangCSearchFinds() {
        var peak = hourly.stream().max(java.util.Comparator.comparingInt(ContactInterval::offered)).orElseThrow();
        double aht = peak.ahtSeconds();
        double load = peak.offered() * aht / 3600;
        var staffed = Staffing.erlangC(load, aht, StaffingTarget.serviceLevel(0.8, 20));
        assertThat(staffed.agents()).isEqualTo(ReferenceErlang.agentsC(load, aht, 0.8, 20));
        assertThat(staffed.agents()).isBetween((int) Math.ceil(load), (int) Math.ceil(load) + 15);
    }

    @Test
    void patienceEstimatedFromAbandonedCallsIsPlausibleAndLowersTheNeed() {
        // Exponential patience, censored by service: mean = time all queued callers spent waiting / abandonments.
        double waited = text.lines().skip(1).map(l -> l.split("\t"))
                // queued: a queue start, or a queue time (one call joined the queue at 0:00:00 on Feb 16)
                .filter(f -> !f[12].equals("PHANTOM") && (!f[9].equals("0:00:00") || Integer.parseInt(f[11]) > 0)
                        && Integer.parseInt(f[8]) >= 0)
                .mapToDouble(f -> Double.parseDouble(f[11])).sum();
        long abandoned = hourly.stream().mapToLong(ContactInterval::abandoned).sum();
        double patience = waited / abandoned;
        double fromIntervals = hourly.stream().mapToDouble(i -> i.abandonedWaitSeconds() + i.answeredWaitSeconds()).sum()
                / abandoned;
        assertThat(fromIntervals).isCloseTo(patience, within(1e-6));
        assertThat(patience).isBetween(60.0, 600.0);
        var peak = hourly.stream().max(java.util.Comparator.comparingInt(ContactInterval::offered)).orElseThrow();
        var target = StaffingTarget.serviceLevel(0.8, 20);
        int erlangC = Staffing.erlangC(peak.offered() * peak.ahtSeconds() / 3600, peak.ahtSeconds(), target).agents();
        int erlangA = Staffing.erlangA(peak.offered() / 3600.0, peak.ahtSeconds(), patience, target).agents();
        assertThat(erlangA).isLessThanOrEqualTo(erlangC).isGreaterThanOrEqualTo(erlangC - 5);
    }

    @Test
    void theBacktestOnTheLastWeekOfFebruaryStaysWithinAThirdOfTheVolume() {
        var series = new Series(60, ZONE, Map.of());
        hourly.forEach(i -> series.add(i.start(), i.offered(), i.handleSeconds()));
        var outcome = Forecaster.next(series, 24);
        System.out.printf("bank backtest: chosen %s; %s%n", outcome.method(), outcome.candidates());
        assertThat(outcome.wape()).isLessThan(0.33);
        assertThat(outcome.candidates()).hasSize(3);
        assertThat(outcome.points()).hasSize(24);
    }

    @Test
    void readsTheShiftMatrixDespiteItsOldMacLineEndings() throws IOException {
        var patterns = ShiftPatternCsv.parse(read("shifts.csv"));
        assertThat(patterns).hasSize(8);
        assertThat(patterns.get(0)).isEqualTo(new ShiftPatternCsv.Pattern("Shift1", 0, 6));
        assertThat(patterns.get(7)).isEqualTo(new ShiftPatternCsv.Pattern("Shift8", 18, 6));
        assertThat(patterns).extracting(ShiftPatternCsv.Pattern::startHour).containsExactly(0, 6, 8, 10, 12, 14, 16, 18);
    }

    @Test
    void plainIntervalCountsImportFromCsv() {
        var rows = IntervalCountImport.csv("""
                queue,start,offered,answered,abandoned,handle_seconds\r
                billing,2026-01-05T08:00:00+08:00,120,110,10,19800\r
                billing,2026-01-05 08:30,95,95,0,17100\r
                """, "general", 30, ZoneId.of("Asia/Shanghai"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).start()).isEqualTo(rows.get(0).start().plusSeconds(1800));
        assertThat(rows.get(0).ahtSeconds()).isCloseTo(180, within(1e-9));
    }
}
