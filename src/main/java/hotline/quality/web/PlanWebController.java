package hotline.quality.web;

import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.quality.SamplingPlans;
import hotline.quality.Scorecards;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Sampling plans: their rules, the weeks drawn, and a button to draw a week now. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','QA')")
class PlanWebController {

    private final SamplingPlans plans;
    private final Scorecards scorecards;
    private final CenterTime time;

    PlanWebController(SamplingPlans plans, Scorecards scorecards, CenterTime time) {
        this.plans = plans;
        this.scorecards = scorecards;
        this.time = time;
    }

    @GetMapping("/quality/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.list());
        model.addAttribute("scorecards", scorecards.list().stream().filter(s -> s.current() != null).toList());
        model.addAttribute("editor", CurrentUser.require().has(Role.SUPERVISOR));
        model.addAttribute("lastWeek", time.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1));
        model.addAttribute("zone", time.zone());
        return "quality/plans";
    }

    @PostMapping("/quality/plans")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(PlanFields fields, HttpServletRequest request, HttpServletResponse response) {
        plans.create(fields.draft(null));
        return Pages.done(request, response, "/quality/plans");
    }

    @PostMapping("/quality/plans/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String update(@PathVariable long id, PlanFields fields, @RequestParam long version, HttpServletRequest request,
                  HttpServletResponse response) {
        plans.update(id, fields.draft(version));
        return Pages.done(request, response, "/quality/plans");
    }

    @PostMapping("/quality/plans/{id}/draw")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String draw(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart,
                HttpServletRequest request, HttpServletResponse response) {
        var draw = plans.draw(id, weekStart);
        return Pages.done(request, response, "/quality/plans?drawn=" + draw.drawn() + "&week=" + draw.weekStart()
                + (draw.alreadyDrawn() ? "&again" : ""));
    }

    /** The plan form's fields (plain request parameters). */
    record PlanFields(String name, Long scorecardId, Boolean active, Double weeklyPercent, Integer weeklyCap,
                      Boolean complaints, Integer longMinutes, Boolean lowSatisfaction, Boolean flagged,
                      Integer dueDays) {
        SamplingPlans.PlanDraft draft(Long version) {
            return new SamplingPlans.PlanDraft(version, name == null ? null : name.strip(), scorecardId,
                    Boolean.TRUE.equals(active), weeklyPercent == null ? 0 : weeklyPercent, weeklyCap,
                    Boolean.TRUE.equals(complaints), longMinutes, Boolean.TRUE.equals(lowSatisfaction),
                    Boolean.TRUE.equals(flagged), dueDays == null ? 3 : dueDays);
        }
    }
}
