package hotline.telephony.recording;

import hotline.platform.mask.PhoneMask;
import hotline.platform.security.Actor;
import hotline.platform.security.CurrentUser;
import hotline.telephony.RecordingScope;
import hotline.telephony.RecordingView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The recordings list: what a person may hear ({@link RecordingAccess}), by agent, caller's number, contact, type and
 * time, newest first. The console gets it a page at a time with the agents' names and the callers' numbers — masked for
 * those who do not talk to customers (ADR 0020) — from {@link RecordingScope}; the API gets the bare recordings.
 */
@Service
@Transactional(readOnly = true)
class RecordingSearch {

    static final int PAGE_SIZE = 50;

    /** What to look for; nulls and blanks match everything. {@code phone} is a whole number in any usual notation. */
    record Filter(UUID contactId, Long agentId, String phone, String type, Instant from, Instant to) {
    }

    /** One line of the console's list. {@code callerNumber} is null when unknown, masked when the reader may not see it. */
    record Row(RecordingView recording, String agentName, String callerNumber) {
    }

    /** Page {@code page} (from 0) of {@code size} rows; {@code hasNext} when more match after it. */
    record Page(List<Row> rows, int page, int size, boolean hasNext) {
    }

    private final JdbcClient jdbc;
    private final RecordingAccess access;
    private final ObjectProvider<RecordingScope> scope;

    RecordingSearch(JdbcClient jdbc, RecordingAccess access, ObjectProvider<RecordingScope> scope) {
        this.jdbc = jdbc;
        this.access = access;
        this.scope = scope;
    }

    /** Recordings the current person may hear, newest first: {@code limit} (1–500) of them after the first {@code offset}. */
    List<RecordingView> search(Filter filter, long offset, int limit) {
        var actor = allowed();
        var sql = new StringBuilder("select * from telephony.recording where true");
        var params = new ArrayList<Object>();
        if (!RecordingAccess.seesAll(actor)) {
            var agents = access.visibleAgents(actor);
            if (agents.isEmpty()) {
                return List.of();
            }
            sql.append(" and agent_id = any(?)");
            params.add(agents.toArray(new Long[0]));
        }
        if (filter.phone() != null && !filter.phone().isBlank()) {
            var provider = scope.getIfAvailable();
            var contacts = provider == null ? Set.<UUID>of() : provider.contactsFrom(filter.phone().strip());
            if (contacts.isEmpty()) {
                return List.of();
            }
            sql.append(" and contact_id = any(?)");
            params.add(contacts.toArray(new UUID[0]));
        }
        if (filter.contactId() != null) {
            sql.append(" and contact_id = ?");
            params.add(filter.contactId());
        }
        if (filter.agentId() != null) {
            sql.append(" and agent_id = ?");
            params.add(filter.agentId());
        }
        if (filter.type() != null && !filter.type().isBlank()) {
            sql.append(" and type = ?");
            params.add(filter.type().strip());
        }
        if (filter.from() != null) {
            sql.append(" and started_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and started_at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        sql.append(" order by started_at desc, id limit ? offset ?");
        params.add(Math.max(1, Math.min(limit, 500)));
        params.add(Math.max(0, offset));
        return jdbc.sql(sql.toString()).params(params).query(RecordingService::view).list();
    }

    /** A page of {@link #PAGE_SIZE} for the console, one more fetched to know whether another follows. */
    Page page(Filter filter, int page) {
        int number = Math.max(0, page);
        var found = search(filter, (long) number * PAGE_SIZE, PAGE_SIZE + 1);
        boolean hasNext = found.size() > PAGE_SIZE;
        var recordings = hasNext ? found.subList(0, PAGE_SIZE) : found;
        var provider = scope.getIfAvailable();
        Map<Long, String> names = provider == null ? Map.of() : provider.names(recordings.stream()
                .map(RecordingView::agentId).filter(Objects::nonNull).distinct().toList());
        Map<UUID, String> numbers = provider == null ? Map.of() : provider.callerNumbers(recordings.stream()
                .map(RecordingView::contactId).filter(Objects::nonNull).distinct().toList());
        // quality inspectors and managers hear the call but see 138****1234 (ADR 0020)
        boolean masked = !PhoneMask.shownInFullTo(CurrentUser.require());
        var rows = recordings.stream().map(r -> new Row(r, r.agentId() == null ? null
                        : names.getOrDefault(r.agentId(), "#" + r.agentId()),
                masked ? PhoneMask.mask(numbers.get(r.contactId())) : numbers.get(r.contactId()))).toList();
        return new Page(rows, number, PAGE_SIZE, hasNext);
    }

    /** The agents the list offers to filter by: every agent for those who hear all, else themselves and their teams. */
    List<RecordingScope.Agent> agents() {
        var actor = allowed();
        var provider = scope.getIfAvailable();
        if (RecordingAccess.seesAll(actor)) {
            return provider == null ? List.of() : provider.agents();
        }
        var visible = access.visibleAgents(actor);
        Map<Long, String> names = provider == null ? Map.of() : provider.names(visible);
        return visible.stream().map(id -> new RecordingScope.Agent(id, names.getOrDefault(id, "#" + id)))
                .sorted(Comparator.comparing(RecordingScope.Agent::displayName)).toList();
    }

    private static Actor allowed() {
        var actor = CurrentUser.require();
        if (!RecordingAccess.mayUseRecordings(actor)) {
            throw new AccessDeniedException("recordings are for agents, team leads, QA, supervisors and managers");
        }
        return actor;
    }
}
