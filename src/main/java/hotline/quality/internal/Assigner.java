package hotline.quality.internal;

import hotline.audit.AuditLog;
import hotline.platform.InvalidInputException;
import hotline.quality.EvaluationStatus;
import hotline.quality.EvaluationView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a picked contact into an assignment: copies the contact's facts and the agent's team, chooses the inspector
 * with the lightest open workload (or takes the one given), sets the due time and stores it — at most one regular
 * evaluation per contact, whichever rule picked it first.
 */
@Component
class Assigner {

    /** The facts of a contact that an evaluation keeps. */
    record ContactFacts(UUID contactId, Long agentId, String queueCode, Instant contactAt, Double talkSeconds,
                        Long workOrderId) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Assigner.class);

    private final EvaluationStore store;
    private final People people;
    private final AuditLog audit;

    Assigner(EvaluationStore store, People people, AuditLog audit) {
        this.store = store;
        this.people = people;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Evaluation> assign(ContactFacts contact, EvaluationView.Source source, Long planId, long versionId,
                                Long inspectorId, int dueDays, Instant now) {
        if (store.hasRegular(contact.contactId())) {
            return Optional.empty();
        }
        var inspectors = people.inspectors();
        Long chosen = inspectorId;
        if (chosen == null) {
            Map<Long, Long> load = new HashMap<>();
            var open = store.openLoad();
            inspectors.forEach(u -> load.put(u.id(), open.getOrDefault(u.id(), 0L)));
            chosen = Balancer.choose(load, contact.agentId() == null ? Set.of() : Set.of(contact.agentId()))
                    .orElse(null);
            if (chosen == null) {
                // nobody to score it: the rule skips the contact rather than fail the event (it is logged)
                log.warn("no inspector (QA role) available for contact {}", contact.contactId());
                return Optional.empty();
            }
        } else if (chosen.equals(contact.agentId())) {
            throw InvalidInputException.of("inspectorId", "NotOwnAgent", "an inspector cannot evaluate their own contact");
        }
        var e = new Evaluation();
        e.kind = EvaluationView.Kind.REGULAR;
        fill(e, contact);
        e.source = source;
        e.planId = planId;
        e.scorecardVersionId = versionId;
        e.inspectorId = chosen;
        e.inspectorName = people.name(chosen);
        e.status = EvaluationStatus.ASSIGNED;
        e.assignedAt = now;
        e.dueAt = now.plus(Duration.ofDays(Math.max(1, dueDays)));
        e.updatedAt = now;
        e.planDue();
        var stored = store.insert(e);
        stored.ifPresent(x -> audit.record("evaluation", x.id, "assign",
                "assigned contact " + contact.contactId() + " (" + source + ") to " + x.inspectorName, null,
                x.auditState()));
        return stored;
    }

    void fill(Evaluation e, ContactFacts contact) {
        e.contactId = contact.contactId();
        e.agentId = contact.agentId();
        e.agentName = people.name(contact.agentId());
        people.teamOf(contact.agentId()).ifPresent(team -> {
            e.teamId = team.id();
            e.teamName = team.name();
        });
        e.queueCode = contact.queueCode();
        e.contactAt = contact.contactAt();
        e.talkSeconds = contact.talkSeconds();
        e.workOrderId = contact.workOrderId();
    }
}
