package hotline.organization.web;

import hotline.identity.UserQuery;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.organization.DepartmentChange;
import hotline.organization.DepartmentView;
import hotline.organization.Departments;
import hotline.organization.NewDepartment;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.export.ExcelExport;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Forms;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.stream.Collectors;

/** Administration of departments: list with filters, create, edit, (de)activate, staff, export. */
@Controller
@RequestMapping("/admin/departments")
@PreAuthorize("hasRole('ADMIN')")
class DepartmentWebController {

    private final Departments departments;
    private final Users users;
    private final Messages messages;
    private final CenterTime time;

    DepartmentWebController(Departments departments, Users users, Messages messages, CenterTime time) {
        this.departments = departments;
        this.users = users;
        this.messages = messages;
        this.time = time;
    }

    @GetMapping
    String list(@RequestParam(required = false) String text, @RequestParam(required = false) Boolean active,
                HttpServletRequest request, Model model) {
        model.addAttribute("departments", filtered(text, active));
        model.addAttribute("text", text);
        model.addAttribute("active", active);
        return Htmx.view(request, "organization/departments", "rows");
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String text,
                                                 @RequestParam(required = false) Boolean active) {
        var rows = filtered(text, active);
        var staffNames = rows.stream().collect(Collectors.toMap(DepartmentView::id, d -> staff(d.id()).stream()
                .map(u -> u.displayName() + " (" + u.username() + ")").collect(Collectors.joining("、"))));
        List<ExcelExport.Column<DepartmentView>> columns = List.of(
                new ExcelExport.Column<>(messages.get("org.department.code"), DepartmentView::code),
                new ExcelExport.Column<>(messages.get("org.department.name"), DepartmentView::name),
                new ExcelExport.Column<>(messages.get("org.department.description"), DepartmentView::description),
                new ExcelExport.Column<>(messages.get("org.department.contactPhone"), DepartmentView::contactPhone),
                new ExcelExport.Column<>(messages.get("org.department.active"), d -> messages.yesNo(d.active())),
                new ExcelExport.Column<>(messages.get("org.department.staff"), d -> staffNames.get(d.id())),
                new ExcelExport.Column<>(messages.get("org.common.updatedAt"), DepartmentView::updatedAt));
        return ExcelExport.download("departments", messages.get("org.department.list.title"), columns, rows::forEach,
                time.zone());
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new DepartmentForm());
        return "organization/department-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "organization/department-form";
        }
        try {
            var created = departments.create(new NewDepartment(form.getCode(), form.getName(), form.getDescription(),
                    form.getContactPhone()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/departments/" + created.id();
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (ConflictException e) {
            String field = String.valueOf(e.details().getOrDefault("field", "code"));
            result.rejectValue(field, "Duplicate", messages.get("org.common.taken"));
        }
        return "organization/department-form";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var department = departments.get(id);
        var form = new DepartmentForm();
        form.setCode(department.code());
        form.setName(department.name());
        form.setDescription(department.description());
        form.setContactPhone(department.contactPhone());
        form.setActive(department.active());
        form.setVersion(department.version());
        model.addAttribute("form", form);
        staffModel(department, model);
        return "organization/department-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        var department = departments.get(id);
        form.setCode(department.code());
        staffModel(department, model);
        if (result.hasErrors()) {
            return "organization/department-form";
        }
        try {
            departments.update(id, new DepartmentChange(form.getName(), form.getDescription(), form.getContactPhone(),
                    form.isActive(), form.getVersion()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/departments/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (ConflictException e) {
            Forms.reject(result, e, "name", messages.get("org.common.taken"), messages.get("common.stale"));
        }
        return "organization/department-form";
    }

    @PostMapping("/{id}/staff")
    String addStaff(@PathVariable long id, @RequestParam long userId, HttpServletRequest request, Model model) {
        departments.assignStaff(id, userId);
        return staffFragment(id, request, model);
    }

    @PostMapping("/{id}/staff/{userId}/remove")
    String removeStaff(@PathVariable long id, @PathVariable long userId, HttpServletRequest request, Model model) {
        departments.removeStaff(id, userId);
        return staffFragment(id, request, model);
    }

    private String staffFragment(long id, HttpServletRequest request, Model model) {
        if (!Htmx.isHtmx(request)) {
            return "redirect:/admin/departments/" + id;
        }
        staffModel(departments.get(id), model);
        return "organization/department-form :: staff";
    }

    private void staffModel(DepartmentView department, Model model) {
        model.addAttribute("department", department);
        model.addAttribute("staff", staff(department.id()));
        var names = departments.listAll().stream().collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
        var current = new HashMap<Long, String>();
        var candidates = users.list(new UserQuery(null, Role.DEPARTMENT, true)).stream()
                .filter(u -> departments.departmentOf(u.id()).map(d -> {
                    current.put(u.id(), names.get(d));
                    return d != department.id();
                }).orElse(true))
                .toList();
        model.addAttribute("candidates", candidates);
        model.addAttribute("candidateDepartment", current);
    }

    private List<UserView> staff(long departmentId) {
        return users.byIds(departments.staffOf(departmentId)).values().stream()
                .sorted(Comparator.comparing(UserView::username)).toList();
    }

    private List<DepartmentView> filtered(String text, Boolean active) {
        String needle = text == null ? "" : text.strip().toLowerCase();
        return departments.listAll().stream()
                .filter(d -> active == null || d.active() == active)
                .filter(d -> needle.isEmpty() || d.code().contains(needle) || d.name().toLowerCase().contains(needle))
                .toList();
    }
}
