package hotline.workorder.web;

import hotline.audit.AuditLog;
import hotline.audit.AuditQuery;
import hotline.customer.ContactType;
import hotline.customer.CustomerView;
import hotline.customer.Customers;
import hotline.platform.export.ExcelExport;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Htmx;
import hotline.workorder.Action;
import hotline.workorder.CallbackResult;
import hotline.workorder.Channel;
import hotline.workorder.Commands;
import hotline.workorder.NewWorkOrder;
import hotline.workorder.Satisfaction;
import hotline.workorder.Status;
import hotline.workorder.Urgency;
import hotline.workorder.WorkOrderFilter;
import hotline.workorder.WorkOrderQueries;
import hotline.workorder.WorkOrderRow;
import hotline.workorder.WorkOrderSettings;
import hotline.workorder.WorkOrderType;
import hotline.workorder.WorkOrders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The work-order pages: boards and lists, the intake form (usable by keyboard alone: an agent types while on the
 * phone), the order page with the actions its status and the person's role allow, and the supervisors' queue of
 * extension requests. Actions post with htmx and answer the order fragment, so a refused action shows an alert
 * without losing the page.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER','QA','DEPARTMENT')")
class WorkOrderWebController {

    private final WorkOrders orders;
    private final WorkOrderQueries queries;
    private final WorkOrderSettings settings;
    private final AuditLog audit;
    private final tools.jackson.databind.json.JsonMapper json;
    private final hotline.workorder.internal.Attachments attachments;
    private final CenterTime time;
    private final MessageSource messages;
    private final Customers customers;

    WorkOrderWebController(WorkOrders orders, WorkOrderQueries queries, WorkOrderSettings settings,
                           AuditLog audit, hotline.workorder.internal.Attachments attachments, CenterTime time,
                           MessageSource messages, Customers customers, tools.jackson.databind.json.JsonMapper json) {
        this.customers = customers;
        this.json = json;
        this.orders = orders;
        this.queries = queries;
        this.settings = settings;
        this.audit = audit;
        this.attachments = attachments;
        this.time = time;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("types", WorkOrderType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", Status.values());
        model.addAttribute("zone", time.zone());
        model.addAttribute("now", time.now());
    }

    @GetMapping("/work-orders")
    String list(@RequestParam(required = false) WorkOrderFilter.View view,
                @RequestParam(required = false) Set<Status> status,
                @RequestParam(required = false) WorkOrderType type, @RequestParam(required = false) Long categoryId,
                @RequestParam(required = false) Long departmentId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long customerId, @RequestParam(required = false) String phone,
                @RequestParam(required = false) String text, @RequestParam(required = false) String number,
                @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        var views = viewsFor();
        var chosen = view == null ? views.get(0) : view;
        var filter = new WorkOrderFilter(chosen, status, type, categoryId, departmentId, from, to, customerId, phone,
                text, number, null, page, 50);
        model.addAttribute("views", views);
        model.addAttribute("filter", filter);
        model.addAttribute("result", queries.list(filter));
        model.addAttribute("counts", queries.counts());
        model.addAttribute("categories", settings.allCategories());
        model.addAttribute("departments", settings.dispatchTargets());
        return Htmx.view(request, "workorder/list", "rows");
    }

    /** The boards a person's roles make sense of, their usual one first. */
    private static List<WorkOrderFilter.View> viewsFor() {
        var actor = CurrentUser.require();
        var views = new ArrayList<WorkOrderFilter.View>();
        if (actor.has(Role.DEPARTMENT)) {
            views.add(WorkOrderFilter.View.INBOX);
        }
        if (actor.has(Role.AGENT)) {
            views.add(WorkOrderFilter.View.MINE);
            views.add(WorkOrderFilter.View.CALLBACKS);
        }
        if (actor.has(Role.TEAM_LEAD)) {
            views.add(WorkOrderFilter.View.TEAM);
        }
        if (actor.hasAny(Role.TEAM_LEAD, Role.SUPERVISOR, Role.MANAGER)) {
            views.addAll(List.of(WorkOrderFilter.View.OVERDUE, WorkOrderFilter.View.DUE_SOON,
                    WorkOrderFilter.View.ESCALATED, WorkOrderFilter.View.SUPERVISED, WorkOrderFilter.View.CALLBACKS));
        } else if (actor.has(Role.DEPARTMENT)) {
            views.addAll(List.of(WorkOrderFilter.View.OVERDUE, WorkOrderFilter.View.DUE_SOON));
        }
        views.add(WorkOrderFilter.View.ALL);
        return views.stream().distinct().toList();
    }

    @GetMapping("/work-orders/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "ALL") WorkOrderFilter.View view,
                                                 @RequestParam(required = false) Set<Status> status,
                                                 @RequestParam(required = false) WorkOrderType type,
                                                 @RequestParam(required = false) Long categoryId,
                                                 @RequestParam(required = false) Long departmentId,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                 @RequestParam(required = false) Long customerId,
                                                 @RequestParam(required = false) String phone,
                                                 @RequestParam(required = false) String text,
                                                 @RequestParam(required = false) String number) {
        // the same filter as the list on screen, so the file holds what the person saw (all pages of it)
        var filter = new WorkOrderFilter(view, status, type, categoryId, departmentId, from, to, customerId, phone,
                text, number, null, 0, 50);
        var locale = LocaleContextHolder.getLocale();
        List<ExcelExport.Column<WorkOrderRow>> columns = List.of(
                column("workorder.number", WorkOrderRow::number),
                column("workorder.type", r -> msg("workorder.type." + r.type())),
                column("workorder.category", WorkOrderRow::categoryName),
                column("workorder.urgency", r -> msg("workorder.urgency." + r.urgency())),
                column("workorder.status", r -> msg("workorder.status." + r.status())),
                column("workorder.title", WorkOrderRow::title),
                column("workorder.customer", WorkOrderRow::customerName),
                column("workorder.phone", WorkOrderRow::customerPhone),
                column("workorder.department", WorkOrderRow::departmentName),
                column("workorder.acceptedBy", WorkOrderRow::acceptedByName),
                column("workorder.acceptedAt", WorkOrderRow::acceptedAt),
                column("workorder.dueAt", WorkOrderRow::dueAt),
                column("workorder.overdue", WorkOrderRow::overdue),
                column("workorder.urgeCount", WorkOrderRow::urgeCount),
                column("workorder.export.escalatedTo", r -> r.escalatedTo() == null ? null : msg("role." + r.escalatedTo())),
                column("workorder.satisfaction", r -> r.satisfaction() == null ? null
                        : msg("workorder.satisfaction." + r.satisfaction())));
        return ExcelExport.download("work-orders", messages.getMessage("workorder.list.title", null, locale),
                columns, row -> queries.export(filter, row), time.zone());
    }

    private ExcelExport.Column<WorkOrderRow> column(String key, java.util.function.Function<WorkOrderRow, Object> value) {
        return new ExcelExport.Column<>(msg(key), value);
    }

    @GetMapping("/work-orders/new")
    @PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR')")
    String newForm(@ModelAttribute("form") IntakeForm form, @RequestParam(required = false) String phone,
                   Model model) {
        prefillCustomer(form, phone);
        return intake(model);
    }

    /**
     * A screen pop ({@code ?phone=}) or the customer page ({@code ?customerId=}) opens the form with the caller's
     * archive filled in: the customer's name, the number called from (or their first phone), address and account.
     * A number that matches no archive, or several, is only copied into the phone field.
     */
    private void prefillCustomer(IntakeForm form, String phone) {
        if (form.getCustomerId() == null && phone != null && !phone.isBlank()) {
            var matches = customers.identify(phone);
            if (matches.size() == 1) {
                form.setCustomerId(matches.get(0).id());
            }
            if (form.getCustomerPhone() == null || form.getCustomerPhone().isBlank()) {
                form.setCustomerPhone(phone.strip());
            }
        }
        if (form.getCustomerId() == null) {
            return;
        }
        customers.find(form.getCustomerId()).filter(c -> !c.merged()).ifPresentOrElse(c -> fillFrom(form, c),
                () -> form.setCustomerId(null));
    }

    private static void fillFrom(IntakeForm form, CustomerView customer) {
        if (isBlank(form.getCustomerName())) {
            form.setCustomerName(customer.name());
        }
        if (isBlank(form.getCustomerPhone()) && !customer.phoneMasked()) {
            customer.contactPoints().stream()
                    .filter(p -> p.type() == ContactType.MOBILE || p.type() == ContactType.PHONE)
                    .findFirst().ifPresent(p -> form.setCustomerPhone(p.value()));
        }
        if (isBlank(form.getCustomerAddress())) {
            customer.addresses().stream().findFirst().ifPresent(a -> form.setCustomerAddress(a.text()));
        }
        if (isBlank(form.getAccountNumber())) {
            customer.accounts().stream().findFirst().ifPresent(a -> {
                form.setAccountNumber(a.number());
                if (isBlank(form.getCustomerAddress())) {
                    form.setCustomerAddress(a.address());
                }
            });
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private String intake(Model model) {
        model.addAttribute("categories", settings.allCategories());
        model.addAttribute("departments", settings.dispatchTargets());
        return "workorder/new";
    }

    /** The categories of a type, for the intake form's category choice. */
    @GetMapping("/work-orders/categories")
    String categoryOptions(@RequestParam WorkOrderType type, Model model) {
        model.addAttribute("categories", settings.categories(type).stream().filter(c -> c.active()).toList());
        return "workorder/new :: categoryOptions";
    }

    /** Earlier open orders of the same caller, shown while the agent types (重复工单). */
    @GetMapping("/work-orders/duplicates")
    String duplicates(@RequestParam(required = false) Long customerId, @RequestParam(required = false) String phone,
                      Model model) {
        List<WorkOrderRow> rows = List.of();
        if (customerId != null || (phone != null && phone.strip().length() >= 7)) {
            rows = queries.list(new WorkOrderFilter(WorkOrderFilter.View.ALL,
                    EnumSet.complementOf(EnumSet.of(Status.ARCHIVED)), null, null, null, null, null, customerId,
                    customerId == null ? phone : null, null, null, WorkOrderFilter.Sort.NEWEST, 0, 10)).rows();
        }
        model.addAttribute("duplicates", rows);
        return "workorder/new :: duplicates";
    }

    @PostMapping("/work-orders")
    @PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR')")
    String accept(@Valid @ModelAttribute("form") IntakeForm form, BindingResult result, Model model,
                  HttpServletResponse response) {
        if (form.getDepartmentId() != null && form.getOnSpotReply() != null && !form.getOnSpotReply().isBlank()) {
            result.rejectValue("onSpotReply", "Exclusive", msg("workorder.intake.exclusive"));
        }
        if (result.hasErrors()) {
            response.setStatus(400);
            return intake(model);
        }
        try {
            var created = orders.accept(form.toRequest());
            return "redirect:/work-orders/" + created.id();
        } catch (hotline.platform.InvalidInputException e) {
            hotline.platform.web.Forms.reject(result, e);
            response.setStatus(400);
            return intake(model);
        }
    }

    @GetMapping("/work-orders/{id}")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        detail(id, model);
        return Htmx.view(request, "workorder/detail", "order");
    }

    private void detail(long id, Model model) {
        var order = orders.get(id);
        model.addAttribute("order", order);
        model.addAttribute("steps", orders.steps(id));
        model.addAttribute("extensions", orders.extensions(id));
        model.addAttribute("attachments", attachments.of(id));
        model.addAttribute("departments", settings.dispatchTargets());
        model.addAttribute("satisfactions", Satisfaction.values());
        var departmentNames = new java.util.HashMap<Long, String>();
        settings.dispatchTargets().forEach(d -> departmentNames.put(d.id(), d.name()));
        model.addAttribute("audit", CurrentUser.require().hasAny(Role.SUPERVISOR, Role.MANAGER, Role.TEAM_LEAD)
                ? AuditLines.of(audit.search(AuditQuery.forEntity("work-order", Long.toString(id))), json,
                departmentNames, time.zone()) : List.of());
    }

    /** One handler for every action form on the order page; answers the refreshed order fragment. */
    @PostMapping("/work-orders/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Long version,
               @RequestParam(required = false) Long departmentId, @RequestParam(required = false) String text,
               @RequestParam(required = false) CallbackResult result,
               @RequestParam(required = false) Satisfaction satisfaction, @RequestParam(required = false) Role to,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime newDueAt,
               @RequestParam(required = false) Long otherId, @RequestParam(required = false) String title,
               @RequestParam(required = false) String description, @RequestParam(required = false) Urgency urgency,
               @RequestParam(defaultValue = "false") boolean confidential, Model model, HttpServletRequest request) {
        var act = java.util.Arrays.stream(Action.values()).filter(a -> a.path().equals(action)).findFirst()
                .orElseThrow(() -> new hotline.platform.NotFoundException("action", action));
        String note = text == null ? "" : text;
        switch (act) {
            case DISPATCH -> orders.dispatch(id, new Commands.Dispatch(version, departmentId, note));
            case REDISPATCH -> orders.redispatch(id, new Commands.Redispatch(version, departmentId, note));
            case SIGN_OFF -> orders.signOff(id, new Commands.Versioned(version));
            case START -> orders.start(id, new Commands.Versioned(version));
            case RETURN -> orders.returnOrder(id, new Commands.Return(version, required(note, "text")));
            case REPLY -> orders.reply(id, new Commands.Reply(version, required(note, "text")));
            case RESOLVE_ON_SPOT -> orders.resolveOnSpot(id, new Commands.Reply(version, required(note, "text")));
            case CALLBACK -> orders.callback(id, new Commands.Callback(version, result, satisfaction, note));
            case REOPEN -> orders.reopen(id, new Commands.Reopen(version, required(note, "text")));
            case ARCHIVE -> orders.archive(id, new Commands.Versioned(version));
            case ESCALATE -> orders.escalate(id, new Commands.Escalate(to, required(note, "text")));
            case URGE -> orders.urge(id, new Commands.Remark(required(note, "text")));
            case SUPERVISE -> orders.supervise(id, new Commands.Remark(required(note, "text")));
            case NOTE -> orders.note(id, new Commands.Remark(required(note, "text")));
            case REQUEST_EXTENSION -> orders.requestExtension(id, new Commands.ExtensionRequest(version,
                    newDueAt == null ? null : newDueAt.atZone(time.zone()).toInstant(), required(note, "text")));
            case LINK -> orders.link(id, new Commands.Link(otherId));
            case MERGE -> orders.merge(id, new Commands.Merge(otherId));
            case EDIT -> orders.edit(id, new Commands.Edit(version, required(title, "title"),
                    required(description, "description"), urgency == null ? Urgency.NORMAL : urgency, confidential));
            default -> throw new hotline.platform.NotFoundException("action", action);
        }
        detail(id, model);
        model.addAttribute("done", act);
        return Htmx.isHtmx(request) ? "workorder/detail :: order" : "redirect:/work-orders/" + id;
    }

    @PostMapping("/work-orders/extension-requests/{requestId}/decision")
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    String decide(@PathVariable long requestId, @RequestParam boolean approve,
                  @RequestParam(required = false) String note) {
        var order = orders.decideExtension(requestId, new Commands.ExtensionDecision(approve, note));
        return "redirect:/work-orders/extension-requests?decided=" + order.number();
    }

    @GetMapping("/work-orders/extension-requests")
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    String extensionQueue(Model model) {
        model.addAttribute("requests", queries.pendingExtensions());
        return "workorder/extensions";
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw hotline.platform.InvalidInputException.of(field, "NotBlank", "must not be blank");
        }
        return text;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
