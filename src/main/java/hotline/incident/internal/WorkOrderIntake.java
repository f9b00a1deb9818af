package hotline.incident.internal;

import hotline.incident.HotIssues;
import hotline.incident.Incidents;
import hotline.platform.security.SystemActor;
import hotline.workorder.WorkOrderAccepted;
import hotline.workorder.WorkOrderType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * Every accepted work order counts towards hot-issue detection (its category in its district) and, when it comes from
 * the area of an active incident, is linked to that incident, so the incident's summary counts it.
 */
@Component
class WorkOrderIntake {

    /** The district of a Chinese address: the first run of up to eight characters ending in 区, 县 or 市. */
    private static final Pattern DISTRICT = Pattern.compile("^(?:.{0,6}?[省市])?(.{1,8}?[区县市])");

    private final Incidents incidents;
    private final HotIssues hotIssues;

    WorkOrderIntake(Incidents incidents, HotIssues hotIssues) {
        this.incidents = incidents;
        this.hotIssues = hotIssues;
    }

    @ApplicationModuleListener
    void on(WorkOrderAccepted accepted) {
        SystemActor.run(() -> {
            incidents.attachWorkOrder(accepted.number(), accepted.customerAddress(), accepted.accountNumber());
            hotIssues.observe(topic(accepted.categoryName(), accepted.type()), district(accepted.customerAddress()),
                    accepted.at(), accepted.number());
        });
    }

    /** The topic an order counts towards: its category, or its type when it has none. */
    static String topic(String categoryName, WorkOrderType type) {
        return categoryName != null ? categoryName : type.name();
    }

    static String district(String address) {
        if (address == null) {
            return null;
        }
        var matcher = DISTRICT.matcher(address.strip());
        return matcher.find() ? matcher.group(1) : null;
    }
}
