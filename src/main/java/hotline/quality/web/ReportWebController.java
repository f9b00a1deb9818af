package hotline.quality.web;

import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.quality.QualityReports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Daily, weekly and monthly quality reports with charts, and the same report as Excel and PDF. */
@Controller
@PreAuthorize("hasAnyRole('MANAGER','SUPERVISOR','QA','TEAM_LEAD')")
class ReportWebController {

    private final QualityReports reports;
    private final ReportPdf pdf;
    private final MessageSource messages;
    private final JsonMapper json;
    private final CenterTime time;
    private final hotline.organization.Teams teams;

    ReportWebController(QualityReports reports, ReportPdf pdf, MessageSource messages, JsonMapper json,
                        CenterTime time, hotline.organization.Teams teams) {
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
        this.json = json;
        this.time = time;
        this.teams = teams;
    }

    @GetMapping("/quality/reports")
    String report(@RequestParam(defaultValue = "WEEK") QualityReports.Period period,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  @RequestParam(required = false) Long teamId, Model model) {
        var date = day == null ? time.today() : day;
        var report = reports.report(period, date, teamId);
        model.addAttribute("report", report);
        model.addAttribute("period", period);
        model.addAttribute("day", date);
        model.addAttribute("teamId", teamId);
        model.addAttribute("periods", QualityReports.Period.values());
        var actor = CurrentUser.require();
        model.addAttribute("teams", actor.hasAny(Role.MANAGER, Role.SUPERVISOR, Role.QA) ? teams.list()
                : teams.ledBy(actor.id()));
        model.addAttribute("distributionChart", json.writeValueAsString(Map.of(
                "labels", report.distribution().stream().map(b -> b.from() + "–" + b.to()).toList(),
                "values", report.distribution().stream().map(QualityReports.Bucket::count).toList())));
        var items = report.items().stream().limit(10).toList();
        model.addAttribute("itemsChart", json.writeValueAsString(Map.of(
                "labels", items.stream().map(QualityReports.ItemRow::itemName).toList(),
                "values", items.stream().map(i -> i.lostRate() == null ? 0 : Math.round(i.lostRate() * 1000) / 10.0)
                        .toList())));
        var trend = new LinkedHashMap<String, List<?>>();
        trend.put("labels", report.trend().stream().map(t -> t.from().toString()).toList());
        trend.put("average", report.trend().stream().map(QualityReports.TrendPoint::average).toList());
        trend.put("count", report.trend().stream().map(QualityReports.TrendPoint::evaluations).toList());
        model.addAttribute("trendChart", json.writeValueAsString(trend));
        return "quality/reports";
    }

    @GetMapping("/quality/reports/export.xlsx")
    ResponseEntity<StreamingResponseBody> excel(@RequestParam(defaultValue = "WEEK") QualityReports.Period period,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                                                @RequestParam(required = false) Long teamId) {
        var report = reports.report(period, day == null ? time.today() : day, teamId);
        var msg = messages();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "xlsx"))
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out -> ReportExcel.write(out, report, msg));
    }

    @GetMapping("/quality/reports/export.pdf")
    ResponseEntity<StreamingResponseBody> pdf(@RequestParam(defaultValue = "WEEK") QualityReports.Period period,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                                              @RequestParam(required = false) Long teamId) {
        var report = reports.report(period, day == null ? time.today() : day, teamId);
        var msg = messages();
        var locale = LocaleContextHolder.getLocale();
        pdf.font(); // fails here, before the response starts, when no CJK font is installed
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "pdf"))
                .contentType(MediaType.APPLICATION_PDF)
                .body(out -> pdf.write(out, report, msg, locale));
    }

    private Function<String, String> messages() {
        var locale = LocaleContextHolder.getLocale();
        return key -> messages.getMessage(key, null, key, locale);
    }

    private static String attachment(QualityReports.Report report, String extension) {
        return ContentDisposition.attachment()
                .filename("quality-" + report.period().name().toLowerCase() + "-" + report.from() + "." + extension,
                        StandardCharsets.UTF_8)
                .build().toString();
    }
}
