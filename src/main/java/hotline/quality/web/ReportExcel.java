package hotline.quality.web;

import hotline.quality.QualityReports;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/** The quality report as an .xlsx workbook: summary, distribution, agents, teams, items and trend, one sheet each. */
final class ReportExcel {

    private ReportExcel() {
    }

    static void write(OutputStream out, QualityReports.Report report, Function<String, String> msg) throws IOException {
        var workbook = new Workbook(out, "Hotline", "1.0");
        var s = report.summary();
        sheet(workbook, msg.apply("quality.report.summary"),
                List.of(msg.apply("quality.report.from"), msg.apply("quality.report.to"),
                        msg.apply("quality.report.evaluations"), msg.apply("quality.report.average"),
                        msg.apply("quality.report.passRate"), msg.apply("quality.report.fatal"),
                        msg.apply("quality.report.appeals"), msg.apply("quality.report.appealsChanged")),
                List.of(List.of(report.from().toString(), report.to().toString(), s.evaluations(), num(s.average()),
                        num(s.passRate()), s.fatal(), s.appeals(), s.appealsChanged())));
        sheet(workbook, msg.apply("quality.report.distribution"),
                List.of(msg.apply("quality.report.range"), msg.apply("quality.report.evaluations")),
                report.distribution().stream().map(b -> List.<Object>of(b.from() + "–" + b.to(), b.count())).toList());
        var headers = List.of(msg.apply("quality.report.name"), msg.apply("quality.report.evaluations"),
                msg.apply("quality.report.average"), msg.apply("quality.report.min"), msg.apply("quality.report.max"),
                msg.apply("quality.report.passRate"), msg.apply("quality.report.fatal"),
                msg.apply("quality.report.appeals"));
        sheet(workbook, msg.apply("quality.report.byAgent"), headers,
                report.agents().stream().map(ReportExcel::cells).toList());
        sheet(workbook, msg.apply("quality.report.byTeam"), headers,
                report.teams().stream().map(ReportExcel::cells).toList());
        sheet(workbook, msg.apply("quality.report.byItem"),
                List.of(msg.apply("quality.report.itemCode"), msg.apply("quality.report.item"),
                        msg.apply("quality.report.scored"), msg.apply("quality.report.lost"),
                        msg.apply("quality.report.lostRate"), msg.apply("quality.report.fatal")),
                report.items().stream().map(i -> List.<Object>of(i.itemCode(), i.itemName(), i.scored(), i.lost(),
                        num(i.lostRate()), i.fatal())).toList());
        sheet(workbook, msg.apply("quality.report.trend"),
                List.of(msg.apply("quality.report.from"), msg.apply("quality.report.evaluations"),
                        msg.apply("quality.report.average"), msg.apply("quality.report.passRate")),
                report.trend().stream().map(t -> List.<Object>of(t.from().toString(), t.evaluations(),
                        num(t.average()), num(t.passRate()))).toList());
        workbook.finish();
    }

    private static List<Object> cells(QualityReports.Row r) {
        return List.of(r.name() == null ? "—" : r.name(), r.evaluations(), num(r.average()), num(r.min()),
                num(r.max()), num(r.passRate()), r.fatal(), r.appeals());
    }

    /** Empty cells for missing values (an empty string keeps the row's columns aligned). */
    private static Object num(Double value) {
        return value == null ? "" : value;
    }

    private static void sheet(Workbook workbook, String name, List<String> headers, List<List<Object>> rows) {
        Worksheet sheet = workbook.newWorksheet(name);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                var value = row.get(c);
                if (value instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else if (value != null && !"".equals(value)) {
                    sheet.value(r + 1, c, value.toString());
                }
            }
        }
        sheet.freezePane(0, 1);
    }
}
