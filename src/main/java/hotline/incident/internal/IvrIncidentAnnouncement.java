package hotline.incident.internal;

import hotline.customer.Customers;
import hotline.incident.IncidentClosed;
import hotline.incident.IncidentDeclared;
import hotline.incident.IncidentView;
import hotline.incident.Incidents;
import hotline.platform.security.SystemActor;
import hotline.telephony.IvrAnnouncement;
import hotline.telephony.TelephonyEvent.CallOffered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The IVR's incident announcement (突发事件播报): a caller whose archived address or account lies in an active
 * incident's area hears its approved wording after the greeting, and the call is linked to the incident.
 *
 * <p>The IVR calls this on the telephony event thread, so the active incidents are kept in memory (reloaded when one
 * is declared or closed, and every 30 s for edits); with no active incident — the normal case — it answers without
 * any I/O. During an incident it identifies the caller (one indexed query, ADR 0022) and links the call in the
 * background.
 */
@Component
class IvrIncidentAnnouncement implements IvrAnnouncement, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IvrIncidentAnnouncement.class);

    private final Incidents incidents;
    private final Customers customers;
    private final Clock clock;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "incident-ivr");
        thread.setDaemon(true);
        return thread;
    });
    private volatile List<IncidentView> active = List.of();

    IvrIncidentAnnouncement(Incidents incidents, Customers customers, Clock clock) {
        this.incidents = incidents;
        this.customers = customers;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        background.scheduleWithFixedDelay(this::reload, 0, 30, TimeUnit.SECONDS);
    }

    @ApplicationModuleListener
    void on(IncidentDeclared declared) {
        reload();
    }

    @ApplicationModuleListener
    void on(IncidentClosed closed) {
        reload();
    }

    void reload() {
        try {
            active = SystemActor.call(() -> incidents.list(true));
        } catch (RuntimeException e) {
            log.warn("could not reload the active incidents for the IVR; keeping the previous list", e);
        }
    }

    @Override
    public Optional<String> apply(CallOffered offered) {
        var now = clock.instant();
        var current = active.stream().filter(i -> !i.startedAt().isAfter(now)).toList();
        if (current.isEmpty() || offered.callerNumber() == null || offered.callerNumber().isBlank()) {
            return Optional.empty();
        }
        for (var caller : SystemActor.call(() -> customers.identify(offered.callerNumber()))) {
            for (var incident : current) {
                boolean covered = incident.area().covers(caller.address(), null)
                        || caller.accountNumbers().stream().anyMatch(a -> incident.area().covers(null, a));
                if (covered) {
                    background.execute(() -> link(incident.id(), offered.call().value()));
                    return Optional.of(incident.wording());
                }
            }
        }
        return Optional.empty();
    }

    private void link(long incidentId, String callId) {
        try {
            SystemActor.run(() -> incidents.linkContact(incidentId, callId));
        } catch (RuntimeException e) {
            log.warn("could not link call {} to incident {}", callId, incidentId, e);
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
