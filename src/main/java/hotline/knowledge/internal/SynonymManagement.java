package hotline.knowledge.internal;

import hotline.audit.AuditLog;
import hotline.knowledge.SynonymGroup;
import hotline.knowledge.Synonyms;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Synonym groups, stored in the database and handed to the index after each committed change. */
@Service
@Transactional
class SynonymManagement implements Synonyms {

    private final JdbcClient jdbc;
    private final KnowledgeIndex index;
    private final AuditLog audit;
    private final Clock clock;

    SynonymManagement(JdbcClient jdbc, KnowledgeIndex index, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.index = index;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SynonymGroup> list() {
        return jdbc.sql("select * from knowledge.synonym_group order by id")
                .query((rs, n) -> new SynonymGroup(rs.getLong("id"), split(rs.getString("terms")),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
                .list();
    }

    @Override
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER','ADMIN')")
    public SynonymGroup add(List<String> terms) {
        var clean = new LinkedHashSet<String>();
        (terms == null ? List.<String>of() : terms).stream()
                .flatMap(term -> Arrays.stream(term.split("[,，、\\s]+")))
                .map(String::strip).filter(term -> !term.isEmpty()).forEach(clean::add);
        if (clean.size() < 2) {
            throw InvalidInputException.of("terms", "Size", "a group needs at least two different words");
        }
        if (clean.stream().anyMatch(term -> term.length() > 30)) {
            throw InvalidInputException.of("terms", "Size", "each word has at most 30 characters");
        }
        var unsearchable = clean.stream().filter(term -> !ChineseAnalysis.searchable(term)).toList();
        if (!unsearchable.isEmpty()) {
            throw InvalidInputException.of("terms", "Searchable", "these words have nothing to search for on their own"
                    + " (they consist of or contain particles such as 的, 了, 没有): " + String.join(", ", unsearchable));
        }
        String joined = String.join(",", clean);
        long id = jdbc.sql("insert into knowledge.synonym_group (terms, created_at, created_by) values (?, ?, ?) returning id")
                .params(joined, clock.instant().atOffset(ZoneOffset.UTC), CurrentUser.actor().username())
                .query(Long.class).single();
        audit.record("knowledge-synonym", id, "create", "added synonyms " + joined, null, clean);
        applyAfterCommit();
        return list().stream().filter(g -> g.id() == id).findFirst().orElseThrow();
    }

    @Override
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER','ADMIN')")
    public void delete(long id) {
        var group = list().stream().filter(g -> g.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("synonym group", id));
        jdbc.sql("delete from knowledge.synonym_group where id = ?").param(id).update();
        audit.record("knowledge-synonym", id, "delete", "removed synonyms " + String.join(",", group.terms()),
                group.terms(), null);
        applyAfterCommit();
    }

    /** Hands the stored groups to the index. */
    void apply() {
        index.useSynonyms(jdbc.sql("select terms from knowledge.synonym_group order by id")
                .query(String.class).list().stream().map(SynonymManagement::split).toList());
    }

    private void applyAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                apply();
            }
        });
    }

    private static List<String> split(String terms) {
        return Arrays.stream(terms.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
