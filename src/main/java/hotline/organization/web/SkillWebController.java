package hotline.organization.web;

import hotline.organization.Channel;
import hotline.organization.NewSkill;
import hotline.organization.SkillChange;
import hotline.organization.SkillView;
import hotline.organization.Skills;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.export.ExcelExport;
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

import java.util.List;

/** The skill catalogue (administrators): list, create, edit, export. */
@Controller
@RequestMapping("/admin/skills")
@PreAuthorize("hasRole('ADMIN')")
class SkillWebController {

    private final Skills skills;
    private final Messages messages;
    private final CenterTime time;

    SkillWebController(Skills skills, Messages messages, CenterTime time) {
        this.skills = skills;
        this.messages = messages;
        this.time = time;
    }

    @ModelAttribute("channels")
    Channel[] channels() {
        return Channel.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) Channel channel, HttpServletRequest request, Model model) {
        model.addAttribute("skills", filtered(channel));
        model.addAttribute("channel", channel);
        return Htmx.view(request, "organization/skills", "rows");
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) Channel channel) {
        var rows = filtered(channel);
        List<ExcelExport.Column<SkillView>> columns = List.of(
                new ExcelExport.Column<>(messages.get("org.skill.code"), SkillView::code),
                new ExcelExport.Column<>(messages.get("org.skill.name"), SkillView::name),
                new ExcelExport.Column<>(messages.get("org.skill.channel"),
                        s -> messages.get("org.channel." + s.channel())),
                new ExcelExport.Column<>(messages.get("org.skill.description"), SkillView::description),
                new ExcelExport.Column<>(messages.get("org.common.updatedAt"), SkillView::updatedAt));
        return ExcelExport.download("skills", messages.get("org.skill.list.title"), columns, rows::forEach, time.zone());
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new SkillForm());
        return "organization/skill-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") SkillForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "organization/skill-form";
        }
        try {
            var created = skills.create(new NewSkill(form.getCode(), form.getName(), form.getChannel(),
                    form.getDescription()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/skills/" + created.id();
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (ConflictException e) {
            String field = String.valueOf(e.details().getOrDefault("field", "code"));
            result.rejectValue(field, "Duplicate", messages.get("org.common.taken"));
        }
        return "organization/skill-form";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var skill = skills.get(id);
        var form = new SkillForm();
        form.setCode(skill.code());
        form.setName(skill.name());
        form.setChannel(skill.channel());
        form.setDescription(skill.description());
        form.setVersion(skill.version());
        model.addAttribute("form", form);
        model.addAttribute("skill", skill);
        return "organization/skill-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") SkillForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        var skill = skills.get(id);
        form.setCode(skill.code());
        model.addAttribute("skill", skill);
        if (result.hasErrors()) {
            return "organization/skill-form";
        }
        try {
            skills.update(id, new SkillChange(form.getName(), form.getChannel(), form.getDescription(),
                    form.getVersion()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/skills/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (ConflictException e) {
            Forms.reject(result, e, "name", messages.get("org.common.taken"), messages.get("common.stale"));
        }
        return "organization/skill-form";
    }

    private List<SkillView> filtered(Channel channel) {
        return skills.list().stream().filter(s -> channel == null || s.channel() == channel).toList();
    }
}
