package hotline.quality.inspection;

import hotline.quality.InspectionHit;

import java.util.List;
import java.util.UUID;

/** The results of automatic inspection, for sampling and for pre-filling an evaluation. */
public interface AutomaticInspection {

    /** Every hit on the contact's recordings, in the order they occur; empty when nothing was found or inspected. */
    List<InspectionHit> hits(UUID contactId);
}
