package hotline.audit.web;

import hotline.audit.AuditEntry;
import hotline.audit.AuditLog;
import hotline.audit.AuditQuery;
import hotline.platform.export.ExcelExport;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Htmx;
import hotline.platform.web.NavItem;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The administrator's search over the audit trail, and its Excel export. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private static final int EXPORT_LIMIT = 1_000_000;

    private final AuditLog audit;
    private final CenterTime time;
    private final MessageSource messages;

    AuditController(AuditLog audit, CenterTime time, MessageSource messages) {
        this.audit = audit;
        this.time = time;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
                  @RequestParam(required = false) String entityId, @RequestParam(required = false) String text,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) Long beforeId, HttpServletRequest request, Model model) {
        var query = query(actor, entityType, entityId, text, from, to, beforeId, 50);
        List<AuditEntry> entries = audit.search(query);
        model.addAttribute("entries", entries);
        model.addAttribute("q", query);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("nextBeforeId", entries.size() == query.limit() ? entries.get(entries.size() - 1).id() : null);
        model.addAttribute("zone", time.zone());
        return Htmx.view(request, "audit/search", "rows");
    }

    @GetMapping("/admin/audit/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String actor,
                                                 @RequestParam(required = false) String entityType,
                                                 @RequestParam(required = false) String entityId,
                                                 @RequestParam(required = false) String text,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var query = query(actor, entityType, entityId, text, from, to, null, EXPORT_LIMIT);
        List<ExcelExport.Column<AuditEntry>> columns = List.of(
                new ExcelExport.Column<>(msg("audit.at"), AuditEntry::at),
                new ExcelExport.Column<>(msg("audit.actor"), AuditEntry::actorName),
                new ExcelExport.Column<>(msg("audit.entityType"), AuditEntry::entityType),
                new ExcelExport.Column<>(msg("audit.entityId"), AuditEntry::entityId),
                new ExcelExport.Column<>(msg("audit.action"), AuditEntry::action),
                new ExcelExport.Column<>(msg("audit.summary"), AuditEntry::summary),
                new ExcelExport.Column<>(msg("audit.before"), AuditEntry::before),
                new ExcelExport.Column<>(msg("audit.after"), AuditEntry::after));
        return ExcelExport.download("audit", msg("audit.title"), columns, row -> audit.stream(query, row), time.zone());
    }

    private AuditQuery query(String actor, String entityType, String entityId, String text, LocalDate from,
                             LocalDate to, Long beforeId, int limit) {
        Instant fromInstant = from == null ? null : time.startOfDay(from);
        Instant toInstant = to == null ? null : time.startOfDay(to.plusDays(1));
        return new AuditQuery(actor, entityType, entityId, null, text, fromInstant, toInstant, beforeId, limit);
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    @Bean
    static NavItem auditNav() {
        return NavItem.of(NavItem.Section.ADMINISTRATION, "nav.audit", "/admin/audit", "journal", 80, "ADMIN");
    }
}
