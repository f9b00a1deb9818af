package hotline.reporting;

import hotline.platform.time.CenterTime;
import hotline.platform.web.Htmx;
import hotline.workorder.WorkOrderType;
import jakarta.servlet.http.HttpServletRequest;
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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The operations report (运营报表) for a period anchored on a chosen day, on the page and as Excel. */
@Controller
@PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER')")
class OperationsReportWebController {

    private final OperationsReports reports;
    private final MessageSource messages;
    private final CenterTime time;

    OperationsReportWebController(OperationsReports reports, MessageSource messages, CenterTime time) {
        this.reports = reports;
        this.messages = messages;
        this.time = time;
    }

    @GetMapping("/reports/operations")
    String report(@RequestParam(defaultValue = "MONTH") Period period,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  Model model, HttpServletRequest request) {
        var date = day == null ? time.today() : day;
        model.addAttribute("report", reports.report(period, date));
        model.addAttribute("period", period);
        model.addAttribute("day", date);
        model.addAttribute("periods", Period.values());
        model.addAttribute("types", WorkOrderType.values());
        return Htmx.view(request, "reporting/operations", "report");
    }

    @GetMapping("/reports/operations/export.xlsx")
    ResponseEntity<StreamingResponseBody> excel(@RequestParam(defaultValue = "MONTH") Period period,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        var report = reports.report(period, day == null ? time.today() : day);
        var locale = LocaleContextHolder.getLocale();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("operations-" + period.name().toLowerCase() + "-" + report.from() + ".xlsx",
                                StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out -> OperationsReportExcel.write(out, report,
                        key -> messages.getMessage(key, null, key, locale)));
    }
}
