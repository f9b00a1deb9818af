package hotline.quality.internal;

import hotline.platform.NotFoundException;
import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import hotline.quality.ContactFlagged;
import hotline.quality.EvaluationView;
import hotline.quality.SamplingPlans;
import hotline.routing.ContactEnded;
import hotline.routing.Outcome;
import hotline.routing.Routing;
import hotline.workorder.Satisfaction;
import hotline.workorder.WorkOrderAccepted;
import hotline.workorder.WorkOrderArchived;
import hotline.workorder.WorkOrderType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/**
 * The event-driven sampling rules (ADR 0082): every handled contact is copied for the weekly draw and picked when it
 * was longer than a plan's limit; complaints (at intake and at archiving, when the contact is linked by then),
 * contacts whose customer was dissatisfied at the callback, and contacts automatic inspection flagged are picked by
 * the plans that ask for them. A contact gets one regular evaluation whichever rule picks it first.
 */
@Component
class EvaluationSampler {

    private static final Logger log = LoggerFactory.getLogger(EvaluationSampler.class);

    private final JdbcClient jdbc;
    private final PlanService plans;
    private final ScorecardService scorecards;
    private final Assigner assigner;
    private final Routing routing;
    private final CenterTime time;

    EvaluationSampler(JdbcClient jdbc, PlanService plans, ScorecardService scorecards, Assigner assigner,
                      Routing routing, CenterTime time) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.scorecards = scorecards;
        this.assigner = assigner;
        this.routing = routing;
        this.time = time;
    }

    @ApplicationModuleListener
    void on(ContactEnded ended) {
        if (ended.outcome() != Outcome.HANDLED || ended.agentId() == null) {
            return;
        }
        jdbc.sql("""
                        insert into quality.contact_seen (contact_id, agent_id, queue_code, ended_at, talk_seconds,
                            work_order_id, customer_id)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (contact_id) do update set work_order_id = coalesce(excluded.work_order_id,
                            quality.contact_seen.work_order_id)""")
                .params(ended.contactId(), ended.agentId(), ended.queueCode(), Timestamp.from(ended.at()),
                        ended.talkSeconds(), ended.workOrderId(), ended.customerId())
                .update();
        var facts = new Assigner.ContactFacts(ended.contactId(), ended.agentId(), ended.queueCode(), ended.at(),
                ended.talkSeconds(), ended.workOrderId());
        SystemActor.run(() -> {
            for (var plan : plans.active()) {
                if (plan.longMinutes() != null && ended.talkSeconds() != null
                        && ended.talkSeconds() >= plan.longMinutes() * 60.0) {
                    pick(plan, facts, EvaluationView.Source.LONG_CONTACT);
                }
            }
        });
    }

    /*
     * The conditions keep the other orders from costing anything here: the event publication registry stores a
     * publication (and the listener later runs in its own transaction) only for events whose condition holds.
     */
    @ApplicationModuleListener(condition = "#accepted.type().name() == 'COMPLAINT'")
    void on(WorkOrderAccepted accepted) {
        if (accepted.type() == WorkOrderType.COMPLAINT) {
            byWorkOrder(accepted.workOrderId(), accepted.contactRef(), EvaluationView.Source.COMPLAINT);
        }
    }

    @ApplicationModuleListener(condition = "#archived.type().name() == 'COMPLAINT'"
            + " or (#archived.satisfaction() != null and #archived.satisfaction().name() == 'DISSATISFIED')")
    void on(WorkOrderArchived archived) {
        if (archived.type() == WorkOrderType.COMPLAINT) {
            byWorkOrder(archived.workOrderId(), archived.contactRef(), EvaluationView.Source.COMPLAINT);
        }
        if (archived.satisfaction() == Satisfaction.DISSATISFIED) {
            byWorkOrder(archived.workOrderId(), archived.contactRef(), EvaluationView.Source.LOW_SATISFACTION);
        }
    }

    @ApplicationModuleListener
    void on(ContactFlagged flagged) {
        SystemActor.run(() -> contact(flagged.contactId()).ifPresent(facts -> {
            for (var plan : plans.active()) {
                if (plan.flagged()) {
                    pick(plan, facts, EvaluationView.Source.FLAGGED);
                }
            }
        }));
    }

    private void byWorkOrder(long workOrderId, String contactRef, EvaluationView.Source source) {
        SystemActor.run(() -> {
            var facts = contactOf(workOrderId, contactRef);
            if (facts.isEmpty()) {
                log.debug("work order {} has no contact to evaluate yet", workOrderId);
                return;
            }
            for (var plan : plans.active()) {
                boolean wanted = source == EvaluationView.Source.COMPLAINT ? plan.complaints() : plan.lowSatisfaction();
                if (wanted) {
                    pick(plan, facts.get(), source);
                }
            }
        });
    }

    /** The contact a work order was taken on: the reference at intake if it names a contact, else a linked one. */
    private Optional<Assigner.ContactFacts> contactOf(long workOrderId, String contactRef) {
        if (contactRef != null) {
            try {
                var found = contact(UUID.fromString(contactRef.strip()));
                if (found.isPresent()) {
                    return found;
                }
            } catch (IllegalArgumentException notAContactId) {
                // a free-text reference (e.g. a chat id): fall through to the linked contacts
            }
        }
        return jdbc.sql("""
                        select * from quality.contact_seen where work_order_id = ? order by ended_at desc limit 1""")
                .param(workOrderId).query((rs, n) -> PlanService.facts(rs)).optional();
    }

    private Optional<Assigner.ContactFacts> contact(UUID contactId) {
        try {
            var record = routing.contact(contactId);
            return record.agentId() == null ? Optional.empty() : Optional.of(EvaluationService.facts(record));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private void pick(SamplingPlans.PlanView plan, Assigner.ContactFacts facts, EvaluationView.Source source) {
        var version = scorecards.current(plan.scorecardId(), "scorecardId");
        assigner.assign(facts, source, plan.id(), version.id(), null, plan.dueDays(), time.now());
    }
}
