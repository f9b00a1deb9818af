package hotline.telephony.recording;

import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.telephony.RecordingArchive;
import hotline.telephony.RecordingView;
import hotline.telephony.Transcript;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Tag(name = "Recordings", description = "The recordings archive: list, import (WAV + transcript), transcripts, retention")
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
class RecordingRestController {

    record TranscriptBody(String source, List<Transcript.Segment> segments) {
    }

    record PolicyBody(Integer days) {
    }

    private final RecordingService recordings;
    private final RecordingSearch search;
    private final RetentionPolicies policies;

    RecordingRestController(RecordingService recordings, RecordingSearch search, RetentionPolicies policies) {
        this.recordings = recordings;
        this.search = search;
        this.policies = policies;
    }

    /** {@code phone}: a whole number in any notation; 400 naming {@code phone} for a part of one. */
    @GetMapping("/recordings")
    List<RecordingView> list(@RequestParam(required = false) UUID contactId,
                             @RequestParam(required = false) Long agentId,
                             @RequestParam(required = false) String phone,
                             @RequestParam(required = false) String type,
                             @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                             @RequestParam(defaultValue = "0") long offset,
                             @RequestParam(defaultValue = "100") int limit) {
        return search.search(new RecordingSearch.Filter(contactId, agentId, phone, type, from, to), offset, limit);
    }

    @GetMapping("/recordings/{id}")
    RecordingView get(@PathVariable UUID id) {
        return recordings.recording(id).orElseThrow(() -> new NotFoundException("recording", id));
    }

    @GetMapping("/recordings/{id}/transcript")
    Transcript transcript(@PathVariable UUID id) {
        return recordings.transcript(id).orElseThrow(() -> new NotFoundException("transcript of recording", id));
    }

    /** Recomputes the stored file's SHA-256 and says whether it still matches the one taken when it was archived. */
    @GetMapping("/recordings/{id}/verification")
    java.util.Map<String, Object> verify(@PathVariable UUID id) {
        var recording = get(id);
        return java.util.Map.of("sha256", recording.sha256(), "intact", recordings.verify(id));
    }

    /**
     * Imports a WAV file (part {@code file}) with, optionally, its transcript (part or field {@code transcript}, the
     * JSON of {@code docs/recordings.md}) and whom it concerns.
     */
    @PostMapping("/recordings")
    @PreAuthorize("hasAnyRole('QA','SUPERVISOR','MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    RecordingView importRecording(@RequestPart(name = "file", required = false) MultipartFile file,
                                  @RequestPart(name = "transcript", required = false) String transcript,
                                  @RequestParam(required = false) String contactId,
                                  @RequestParam(required = false) String agentId,
                                  @RequestParam(required = false) String type,
                                  @RequestParam(required = false) String startedAt) {
        var violations = new ArrayList<InvalidInputException.Violation>();
        if (file == null || file.isEmpty()) {
            violations.add(new InvalidInputException.Violation("file", "NotEmpty", "a WAV file is required"));
        }
        UUID contact = parse(contactId, "contactId", UUID::fromString, violations);
        Long agent = parse(agentId, "agentId", Long::valueOf, violations);
        Instant started = parse(startedAt, "startedAt", Instant::parse, violations);
        if (type != null && !type.isBlank() && !RecordingService.TYPE.matcher(type.strip()).matches()) {
            violations.add(new InvalidInputException.Violation("type", "Pattern",
                    "a type is 2 to 30 lower-case letters, digits or '-'"));
        }
        Transcript.Source source = null;
        if (transcript != null && !transcript.isBlank()) {
            try {
                source = TranscriptCodec.parse(transcript, "transcript");
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        try (var in = file.getInputStream()) {
            return recordings.importRecording(new RecordingArchive.Import(in, file.getOriginalFilename(), contact,
                    agent, type, started, source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the transcript of an archived recording (a better speech recognition run, a corrected text). */
    @PutMapping(path = "/recordings/{id}/transcript", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('QA','SUPERVISOR','MANAGER')")
    Transcript replaceTranscript(@PathVariable UUID id, @RequestBody byte[] body) {
        var recording = get(id);
        var source = TranscriptCodec.parse(new String(body, StandardCharsets.UTF_8), "transcript");
        recordings.storeTranscript(recording.key(), source.source(), source.segments());
        return transcript(id);
    }

    @GetMapping("/recording-retention")
    @PreAuthorize(RetentionPolicies.EDITORS)
    List<RetentionPolicies.Policy> policies() {
        return policies.list();
    }

    @PutMapping("/recording-retention/{type}")
    @PreAuthorize(RetentionPolicies.EDITORS)
    RetentionPolicies.Policy savePolicy(@PathVariable String type, @RequestBody PolicyBody body) {
        return policies.save(type, body == null ? null : body.days());
    }

    @DeleteMapping("/recording-retention/{type}")
    @PreAuthorize(RetentionPolicies.EDITORS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deletePolicy(@PathVariable String type) {
        policies.delete(type);
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(String text, String field, Parser<T> parser,
                               List<InvalidInputException.Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.parse(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            violations.add(new InvalidInputException.Violation(field, "Format", "cannot be read: " + text));
            return null;
        }
    }
}
