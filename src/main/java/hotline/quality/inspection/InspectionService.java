package hotline.quality.inspection;

import hotline.platform.NotFoundException;
import hotline.platform.security.SystemActor;
import hotline.quality.ContactFlagged;
import hotline.quality.InspectionHit;
import hotline.routing.Routing;
import hotline.telephony.RecordingArchive;
import hotline.telephony.RecordingArchived;
import hotline.telephony.RecordingView;
import hotline.telephony.Recordings;
import hotline.telephony.TranscriptStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Runs automatic inspection when a recording is archived or its transcript arrives, keeps the hits per recording
 * (a new inspection replaces the old hits) and flags the contact ({@link ContactFlagged}) when the inspection found
 * something it had not found before.
 */
@Service
@Transactional
class InspectionService implements AutomaticInspection {

    private static final Logger log = LoggerFactory.getLogger(InspectionService.class);

    private final JdbcClient jdbc;
    private final Recordings recordings;
    private final RecordingArchive archive;
    private final Routing routing;
    private final InspectionRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectionService(JdbcClient jdbc, Recordings recordings, RecordingArchive archive, Routing routing,
                      InspectionRules rules, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.recordings = recordings;
        this.archive = archive;
        this.routing = routing;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TranscriptStored stored) {
        SystemActor.run(() -> inspect(stored.recordingId()));
    }

    /**
     * A recording is archived: inspect it with whatever is known now — its audio and hold time, and its transcript
     * if that came first. (A transcript stored at the same moment by another thread may announce nothing, seeing no
     * recording yet; this inspection then still reads it.)
     */
    @ApplicationModuleListener
    void on(RecordingArchived archived) {
        SystemActor.run(() -> inspect(archived.recordingId()));
    }

    /** Inspects one recording now, replacing its earlier hits; answers the hits. */
    List<InspectionHit> inspect(UUID recordingId) {
        // one inspection of a recording at a time (two listeners may fire together): the second replaces the first
        jdbc.sql("select pg_advisory_xact_lock(?)").param(lockKey(recordingId)).query((rs, n) -> 1).list();
        var recording = recordings.recording(recordingId).orElse(null);
        if (recording == null) {
            return List.of();                 // deleted (retention) before its turn came
        }
        var transcript = recordings.transcript(recordingId).orElse(null);
        AudioActivity audio = null;
        var file = archive.audioFile(recordingId).orElse(null);
        if (file != null) {
            try {
                audio = AudioActivity.of(file);
            } catch (IOException e) {
                log.warn("cannot analyse the audio of recording {}: {}", recordingId, e.getMessage());
            }
        }
        var hits = InspectionEngine.inspect(new InspectionEngine.Call(transcript, audio, holdSeconds(recording)),
                rules.compiled());
        store(recording, hits);
        return hits;
    }

    private static long lockKey(UUID recordingId) {
        return 0x51A11L << 40 ^ recordingId.getMostSignificantBits() ^ recordingId.getLeastSignificantBits();
    }

    private Double holdSeconds(RecordingView recording) {
        if (recording.contactId() == null) {
            return null;
        }
        try {
            return SystemActor.call(() -> routing.contact(recording.contactId())).holdSeconds();
        } catch (NotFoundException e) {
            return null;                      // an imported recording of a contact routing never saw
        }
    }

    private void store(RecordingView recording, List<InspectionHit> hits) {
        var before = new HashSet<String>();
        jdbc.sql("select rule_code, start_millis from quality.inspection_hit where recording_id = ?")
                .param(recording.id())
                .query((rs, n) -> rs.getString(1) + "@" + rs.getObject(2)).list().forEach(before::add);
        jdbc.sql("delete from quality.inspection_hit where recording_id = ?").param(recording.id()).update();
        var now = Timestamp.from(clock.instant());
        for (var hit : hits) {
            jdbc.sql("""
                            insert into quality.inspection_hit (contact_id, recording_id, recording_started_at, agent_id,
                                rule_code, rule_name, item_code, violation, start_millis, end_millis, excerpt,
                                inspected_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(recording.contactId(), recording.id(), Timestamp.from(recording.startedAt()),
                            recording.agentId(), hit.ruleCode(), hit.ruleName(), hit.itemCode(), hit.violation(),
                            hit.startMillis(), hit.endMillis(), hit.excerpt(), now)
                    .update();
        }
        boolean somethingNew = hits.stream().anyMatch(h -> !before.contains(h.ruleCode() + "@"
                + Objects.toString(h.startMillis(), "null")));
        if (somethingNew && recording.contactId() != null) {
            events.publishEvent(new ContactFlagged(recording.contactId(), recording.id(), recording.agentId(), hits,
                    clock.instant()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<InspectionHit> hits(UUID contactId) {
        return jdbc.sql("""
                        select * from quality.inspection_hit where contact_id = ?
                        order by recording_started_at, coalesce(start_millis, -1), rule_code, id""")
                .param(contactId).query(InspectionService::hit).list();
    }

    /** The hits of one recording, in the order they occur. */
    @Transactional(readOnly = true)
    List<InspectionHit> hitsOfRecording(UUID recordingId) {
        return jdbc.sql("""
                        select * from quality.inspection_hit where recording_id = ?
                        order by coalesce(start_millis, -1), rule_code, id""")
                .param(recordingId).query(InspectionService::hit).list();
    }

    static InspectionHit hit(ResultSet rs, int row) throws SQLException {
        return new InspectionHit(rs.getString("rule_code"), rs.getString("rule_name"), rs.getString("item_code"),
                rs.getBoolean("violation"), (Long) rs.getObject("start_millis"), (Long) rs.getObject("end_millis"),
                rs.getString("excerpt"));
    }
}
