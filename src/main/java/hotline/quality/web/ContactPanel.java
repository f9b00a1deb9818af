package hotline.quality.web;

import hotline.platform.NotFoundException;
import hotline.quality.EvaluationView;
import hotline.quality.InspectionHit;
import hotline.quality.inspection.AutomaticInspection;
import hotline.routing.ContactRecord;
import hotline.routing.Routing;
import hotline.telephony.RecordingView;
import hotline.telephony.Recordings;
import hotline.telephony.Transcript;
import hotline.workorder.WorkOrderView;
import hotline.workorder.WorkOrders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the evaluation page shows beside the score sheet: the contact's record from routing, its work order (when the
 * person may see it), the recordings with their transcripts and automatic inspection's hits. The recording archive
 * and automatic inspection are optional beans: without them the page says there is no recording.
 */
@Component
class ContactPanel {

    record RecordingPanel(RecordingView recording, Transcript transcript) {
    }

    private final Routing routing;
    private final WorkOrders workOrders;
    private final ObjectProvider<Recordings> recordings;
    private final ObjectProvider<AutomaticInspection> inspection;

    ContactPanel(Routing routing, WorkOrders workOrders, ObjectProvider<Recordings> recordings,
                 ObjectProvider<AutomaticInspection> inspection) {
        this.routing = routing;
        this.workOrders = workOrders;
        this.recordings = recordings;
        this.inspection = inspection;
    }

    void fill(EvaluationView evaluation, Model model) {
        model.addAttribute("contact", contact(evaluation).orElse(null));
        model.addAttribute("workOrder", workOrder(evaluation.workOrderId()).orElse(null));
        var panels = new ArrayList<RecordingPanel>();
        var archive = recordings.getIfAvailable();
        if (archive != null) {
            try {
                for (var recording : archive.forContact(evaluation.contactId())) {
                    panels.add(new RecordingPanel(recording, archive.transcript(recording.id()).orElse(null)));
                }
            } catch (NotFoundException | AccessDeniedException e) {
                // the archive decides who may hear a recording; the page then shows none
                panels.clear();
            }
        }
        model.addAttribute("recordings", panels);
        var inspector = inspection.getIfAvailable();
        List<InspectionHit> hits = List.of();
        if (inspector != null) {
            try {
                hits = inspector.hits(evaluation.contactId());
            } catch (NotFoundException | AccessDeniedException e) {
                hits = List.of();
            }
        }
        model.addAttribute("hits", hits);
    }

    private Optional<ContactRecord> contact(EvaluationView evaluation) {
        try {
            return Optional.of(routing.contact(evaluation.contactId()));
        } catch (NotFoundException | AccessDeniedException e) {
            return Optional.empty();
        }
    }

    private Optional<WorkOrderView> workOrder(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(workOrders.get(id));
        } catch (NotFoundException | AccessDeniedException e) {
            return Optional.empty();
        }
    }
}
