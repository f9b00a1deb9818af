package hotline.telephony.recording;

import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.telephony.RecordingArchive;
import hotline.telephony.RecordingArchived;
import hotline.telephony.RecordingView;
import hotline.telephony.Recordings;
import hotline.telephony.Transcript;
import hotline.telephony.TranscriptStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The recordings archive: rows in {@code telephony.recording}, files in the {@link RecordingStore}, transcripts by
 * recording key. Every read checks {@link RecordingAccess}; archiving and imports announce themselves as module
 * events for automatic inspection.
 */
@Service
@Transactional
class RecordingService implements Recordings, RecordingArchive {

    private static final Logger log = LoggerFactory.getLogger(RecordingService.class);
    static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{1,29}");

    private final JdbcClient jdbc;
    private final RecordingStore store;
    private final RecordingAccess access;
    private final ApplicationEventPublisher events;
    private final RecordingAudit audit;
    private final Clock clock;
    private final long maxImportBytes;

    RecordingService(JdbcClient jdbc, RecordingStore store, RecordingAccess access, ApplicationEventPublisher events,
                     RecordingAudit audit, Clock clock,
                     @Value("${hotline.recordings.max-import-size:200MB}") DataSize maxImport) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.maxImportBytes = maxImport.toBytes();
    }

    // ---- reads ----------------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Optional<RecordingView> recording(UUID recordingId) {
        requireRecordingRole();
        var found = row(recordingId);
        found.ifPresent(r -> access.check(CurrentUser.actor(), r.agentId()));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordingView> forContact(UUID contactId) {
        requireRecordingRole();
        var all = jdbc.sql("select * from telephony.recording where contact_id = ? order by started_at, id")
                .param(contactId).query(RecordingService::view).list();
        var actor = CurrentUser.actor();
        var visible = all.stream().filter(r -> access.mayListen(actor, r.agentId())).toList();
        if (visible.isEmpty() && !all.isEmpty()) {
            throw new AccessDeniedException("the recordings of contact " + contactId + " are not yours to hear");
        }
        return visible;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Transcript> transcript(UUID recordingId) {
        var recording = recording(recordingId).orElse(null);
        if (recording == null) {
            return Optional.empty();
        }
        return jdbc.sql("select source, segments::text as segments from telephony.transcript where recording_key = ?")
                .param(recording.key())
                .query((rs, n) -> new Transcript(recordingId, rs.getString("source"),
                        TranscriptCodec.read(rs.getString("segments"))))
                .optional();
    }

    /** Administrators and department staff never hear recordings, whatever the id (they learn nothing from a 404). */
    private static void requireRecordingRole() {
        if (!RecordingAccess.mayUseRecordings(CurrentUser.actor())) {
            throw new AccessDeniedException("recordings are for agents, team leads, QA, supervisors and managers");
        }
    }

    /** The file to stream to someone allowed to hear it, checked against its checksum when asked. */
    @Transactional(readOnly = true)
    Path playable(UUID recordingId) {
        var recording = recording(recordingId).orElseThrow(() -> new NotFoundException("recording", recordingId));
        var path = store.resolve(storagePath(recording.id()));
        if (!Files.isReadable(path)) {
            throw new NotFoundException("recording file", recordingId);
        }
        return path;
    }

    /** Whether the stored file still has the checksum it was archived with. */
    @Transactional(readOnly = true)
    boolean verify(UUID recordingId) {
        var recording = recording(recordingId).orElseThrow(() -> new NotFoundException("recording", recordingId));
        return store.sha256(storagePath(recordingId)).equals(recording.sha256());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Path> audioFile(UUID recordingId) {
        if (!RecordingAccess.seesAll(CurrentUser.actor())) {
            throw new AccessDeniedException("audio files are for analysis by the system");
        }
        return jdbc.sql("select storage_path from telephony.recording where id = ?").param(recordingId)
                .query(String.class).optional().map(store::resolve).filter(Files::isReadable);
    }

    // ---- writes ---------------------------------------------------------------------------------------------------

    @Override
    public RecordingView archive(Finished finished) {
        if (!RecordingAccess.seesAll(CurrentUser.actor())) {
            throw new AccessDeniedException("the switch's recordings are archived by the system");
        }
        if (finished.uri() == null || !"file".equals(finished.uri().getScheme())) {
            throw InvalidInputException.of("uri", "File", "the archive takes files the switch wrote locally, not "
                    + finished.uri());
        }
        var source = Path.of(finished.uri());
        var type = type(finished.type(), "contact");
        try {
            var wav = WavInfo.read(source);
            var id = UUID.randomUUID();
            RecordingStore.Stored stored;
            try (var in = Files.newInputStream(source)) {
                stored = store.store(in, id, day(finished.startedAt()), Long.MAX_VALUE);
            }
            // the switch reports the call's true length; a simulated file may hold less audio than that
            var view = insert(id, finished.key(), finished.contactId(), finished.agentId(), type, "switch",
                    finished.startedAt(), finished.seconds(), wav, stored);
            if (store.inDataDirectory(source)) {
                Files.deleteIfExists(source);
            }
            return view;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + source, e);
        }
    }

    @Override
    public RecordingView importRecording(Import request) {
        var actor = CurrentUser.require();
        if (!actor.hasAny(Role.QA, Role.SUPERVISOR,
                Role.MANAGER, Role.ADMIN) && !actor.isSystem()) {
            throw new AccessDeniedException("recordings are imported by QA, supervisors, managers and administrators");
        }
        var type = type(request.type(), "imported");
        var startedAt = request.startedAt() != null ? request.startedAt() : clock.instant();
        var id = UUID.randomUUID();
        var stored = store.store(request.wav(), id, day(startedAt), maxImportBytes);
        WavInfo wav;
        try {
            wav = WavInfo.read(stored.path());
        } catch (IOException | RuntimeException e) {
            store.delete(stored.relativePath());
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
        var key = "imported/" + id;
        var view = insert(id, key, request.contactId(), request.agentId(), type, "import", startedAt, wav.seconds(),
                wav, stored);
        audit.record("recording", id, "import", "imported recording " + (request.fileName() == null ? key
                : request.fileName()), null, view);
        if (request.transcript() != null) {
            storeTranscript(key, request.transcript().source(), request.transcript().segments());
        }
        return view;
    }

    @Override
    public void storeTranscript(String recordingKey, String source, List<Transcript.Segment> segments) {
        var actor = CurrentUser.actor();
        if (!actor.isSystem() && !actor.hasAny(Role.QA,
                Role.SUPERVISOR, Role.MANAGER,
                Role.ADMIN)) {
            throw new AccessDeniedException("transcripts are delivered by the switch or imported by QA");
        }
        var sorted = new ArrayList<>(segments);
        sorted.sort(java.util.Comparator.comparingLong(Transcript.Segment::startMillis));
        jdbc.sql("""
                        insert into telephony.transcript (recording_key, source, segments, stored_at)
                        values (?, ?, cast(? as jsonb), ?)
                        on conflict (recording_key) do update
                            set source = excluded.source, segments = excluded.segments, stored_at = excluded.stored_at""")
                .params(recordingKey, source == null || source.isBlank() ? "import" : source,
                        TranscriptCodec.write(sorted), Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("select * from telephony.recording where recording_key = ?").param(recordingKey)
                .query(RecordingService::view).optional()
                .ifPresent(r -> events.publishEvent(new TranscriptStored(r.id(), r.contactId(), r.agentId(),
                        source, clock.instant())));
    }

    private RecordingView insert(UUID id, String key, UUID contactId, Long agentId, String type, String source,
                                 Instant startedAt, double seconds, WavInfo wav, RecordingStore.Stored stored) {
        try {
            jdbc.sql("""
                            insert into telephony.recording (id, recording_key, contact_id, agent_id, type, source,
                                started_at, seconds, bytes, sha256, channels, sample_rate, storage_path, archived_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, key, contactId, agentId, type, source, Timestamp.from(startedAt), seconds,
                            stored.bytes(), stored.sha256(), wav.channels(), wav.sampleRate(), stored.relativePath(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (RuntimeException e) {
            store.delete(stored.relativePath());
            throw e;
        }
        var view = row(id).orElseThrow();
        events.publishEvent(new RecordingArchived(id, contactId, agentId, type, seconds, clock.instant()));
        jdbc.sql("select source from telephony.transcript where recording_key = ?").param(key).query(String.class)
                .optional().ifPresent(transcriptSource -> events.publishEvent(
                        new TranscriptStored(id, contactId, agentId, transcriptSource, clock.instant())));
        log.debug("archived recording {} ({}, {} bytes)", id, key, stored.bytes());
        return view;
    }

    String storagePath(UUID id) {
        return jdbc.sql("select storage_path from telephony.recording where id = ?").param(id).query(String.class)
                .single();
    }

    private Optional<RecordingView> row(UUID id) {
        return jdbc.sql("select * from telephony.recording where id = ?").param(id).query(RecordingService::view)
                .optional();
    }

    private static String type(String type, String fallback) {
        if (type == null || type.isBlank()) {
            return fallback;
        }
        if (!TYPE.matcher(type.strip()).matches()) {
            throw InvalidInputException.of("type", "Pattern", "a type is 2 to 30 lower-case letters, digits or '-'");
        }
        return type.strip();
    }

    private static java.time.LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static RecordingView view(ResultSet rs, int row) throws SQLException {
        Long agent = rs.getObject("agent_id") == null ? null : rs.getLong("agent_id");
        return new RecordingView(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class), agent,
                rs.getString("type"), rs.getString("recording_key"), rs.getTimestamp("started_at").toInstant(),
                rs.getDouble("seconds"), rs.getLong("bytes"), rs.getString("sha256"), rs.getInt("channels") == 2);
    }
}
