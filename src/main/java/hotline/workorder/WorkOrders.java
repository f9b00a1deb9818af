package hotline.workorder;

import java.util.List;
import java.util.Optional;

/**
 * The work-order facade: the closed loop's actions, each checked against the transition table, the caller's role and
 * data scope, audited, and published as facts. Reads return views masked for the caller.
 */
public interface WorkOrders {

    WorkOrderView accept(NewWorkOrder order);

    WorkOrderView dispatch(long id, Commands.Dispatch command);

    WorkOrderView redispatch(long id, Commands.Redispatch command);

    WorkOrderView signOff(long id, Commands.Versioned command);

    WorkOrderView start(long id, Commands.Versioned command);

    WorkOrderView returnOrder(long id, Commands.Return command);

    WorkOrderView reply(long id, Commands.Reply command);

    WorkOrderView resolveOnSpot(long id, Commands.Reply command);

    WorkOrderView callback(long id, Commands.Callback command);

    WorkOrderView reopen(long id, Commands.Reopen command);

    WorkOrderView archive(long id, Commands.Versioned command);

    WorkOrderView escalate(long id, Commands.Escalate command);

    WorkOrderView urge(long id, Commands.Remark command);

    WorkOrderView supervise(long id, Commands.Remark command);

    WorkOrderView note(long id, Commands.Remark command);

    WorkOrderView edit(long id, Commands.Edit command);

    Extension requestExtension(long id, Commands.ExtensionRequest command);

    WorkOrderView decideExtension(long extensionId, Commands.ExtensionDecision command);

    WorkOrderView link(long id, Commands.Link command);

    WorkOrderView merge(long duplicateId, Commands.Merge command);

    WorkOrderView get(long id);

    Optional<WorkOrderView> findByNumber(String number);

    List<Step> steps(long id);

    List<Extension> extensions(long id);
}
