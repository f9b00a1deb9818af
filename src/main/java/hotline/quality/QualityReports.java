package hotline.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * Quality reports (质检日报 / 周报 / 月报): per agent, team and item — score distribution, most failed items, the trend
 * over the previous periods, appeals. Managers, supervisors and inspectors see the whole center; team leads their
 * teams.
 */
public interface QualityReports {

    Report report(Period period, LocalDate day, Long teamId);

    enum Period { DAY, WEEK, MONTH }

    record Report(Period period, LocalDate from, LocalDate to, Long teamId, Summary summary,
                  List<Bucket> distribution, List<Row> agents, List<Row> teams, List<ItemRow> items,
                  List<TrendPoint> trend) {
        public Report {
            distribution = List.copyOf(distribution);
            agents = List.copyOf(agents);
            teams = List.copyOf(teams);
            items = List.copyOf(items);
            trend = List.copyOf(trend);
        }
    }

    record Summary(long evaluations, Double average, Double passRate, long fatal, long appeals, long appealsChanged) {
    }

    /** Evaluations whose total is in [from, to) (the last bucket includes 100). */
    record Bucket(int from, int to, long count) {
    }

    record Row(Long id, String name, long evaluations, Double average, Double min, Double max, Double passRate,
               long fatal, long appeals) {
    }

    record ItemRow(String itemCode, String itemName, long scored, long lost, Double lostRate, long fatal) {
    }

    record TrendPoint(LocalDate from, long evaluations, Double average, Double passRate) {
    }
}
