package hotline.reporting;

import hotline.routing.QueueTotals;
import hotline.workorder.WorkOrderFigures;
import hotline.workorder.WorkOrderType;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The operations report as an .xlsx workbook: telephony per queue with the center's line last, and work orders per
 * team with the total last. Ratios are fractions (0.85), seconds are numbers, so the sheet can calculate with them.
 */
final class OperationsReportExcel {

    private OperationsReportExcel() {
    }

    static void write(OutputStream out, OperationsReport report, Function<String, String> msg) throws IOException {
        var workbook = new Workbook(out, "Hotline", "1.0");
        var period = msg.apply("reporting.period." + report.period()) + " " + report.from() + " – " + report.to();

        var queueRows = new ArrayList<List<Object>>();
        report.queues().forEach(q -> queueRows.add(telephony(q.code() + " " + q.name(), q)));
        queueRows.add(telephony(msg.apply("reporting.center"), report.center()));
        sheet(workbook, msg.apply("reporting.telephony"), period, List.of(msg.apply("reporting.queue"),
                msg.apply("reporting.offered"), msg.apply("reporting.answered"), msg.apply("reporting.abandoned"),
                msg.apply("reporting.answeredInTarget"), msg.apply("reporting.serviceLevel"),
                msg.apply("reporting.asa"), msg.apply("reporting.aht")), queueRows);

        var headers = new ArrayList<>(List.of(msg.apply("reporting.team"), msg.apply("reporting.accepted")));
        for (var type : WorkOrderType.values()) {
            headers.add(msg.apply("workorder.type." + type));
        }
        headers.addAll(List.of(msg.apply("reporting.resolvedOnSpot"), msg.apply("reporting.fcr"),
                msg.apply("reporting.archived"), msg.apply("reporting.archivedOnTime"),
                msg.apply("reporting.archivedOverdue"), msg.apply("reporting.onTimeRate"),
                msg.apply("reporting.callbacksReached"), msg.apply("reporting.satisfied"),
                msg.apply("reporting.satisfaction"), msg.apply("reporting.complaints")));
        var teamRows = new ArrayList<List<Object>>();
        report.teams().forEach(t -> teamRows.add(orders(t.name() == null ? msg.apply("reporting.noTeam") : t.name(),
                t.figures())));
        teamRows.add(orders(msg.apply("reporting.total"), report.orders()));
        sheet(workbook, msg.apply("reporting.workOrders"), period, headers, teamRows);
        workbook.finish();
    }

    private static List<Object> telephony(String name, QueueTotals q) {
        return Arrays.asList(name, q.offered(), q.answered(), q.abandoned(), q.answeredInTarget(),
                q.serviceLevel(), q.asaSeconds(), q.ahtSeconds());
    }

    private static List<Object> orders(String name, WorkOrderFigures f) {
        var cells = new ArrayList<Object>(List.of(name, f.accepted()));
        for (var type : WorkOrderType.values()) {
            cells.add(f.acceptedByType().get(type));
        }
        cells.addAll(Arrays.asList(f.resolvedOnSpot(), f.firstContactResolution(), f.archived(),
                f.archivedOnTime(), f.archivedOverdue(), f.onTimeRate(), f.callbacksReached(), f.satisfied(),
                f.satisfaction(), f.complaints()));
        return cells;
    }

    /** Row 0 names the period, row 1 holds the headers; a missing ratio stays an empty cell. */
    private static void sheet(Workbook workbook, String name, String period, List<String> headers,
                              List<List<Object>> rows) {
        Worksheet sheet = workbook.newWorksheet(name);
        sheet.value(0, 0, period);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(1, c, headers.get(c));
            sheet.style(1, c).bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                var value = row.get(c);
                if (value instanceof Number n) {
                    sheet.value(r + 2, c, n);
                } else if (value != null) {
                    sheet.value(r + 2, c, value.toString());
                }
            }
        }
        sheet.freezePane(1, 2);
    }
}
