package hotline.telephony.recording;

import hotline.telephony.RecordingScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The archive's audit entries, written through the {@link RecordingScope} when one is provided. */
@Component
class RecordingAudit {

    private final ObjectProvider<RecordingScope> scope;

    RecordingAudit(ObjectProvider<RecordingScope> scope) {
        this.scope = scope;
    }

    void record(String entityType, Object entityId, String action, String summary, Object before, Object after) {
        scope.ifAvailable(s -> s.audit(false, entityType, entityId, action, summary, before, after));
    }

    void bySystem(String entityType, Object entityId, String action, String summary, Object before, Object after) {
        scope.ifAvailable(s -> s.audit(true, entityType, entityId, action, summary, before, after));
    }
}
