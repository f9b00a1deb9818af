package hotline.knowledge.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Builds the index from PostgreSQL when the application starts (before demo seeding, which then adds to it), with the
 * synonym groups stored in the database.
 */
@Component
class IndexLoader {

    private static final Logger log = LoggerFactory.getLogger(IndexLoader.class);

    private final KnowledgeIndex index;
    private final IndexUpdates updates;
    private final SynonymManagement synonyms;

    IndexLoader(KnowledgeIndex index, IndexUpdates updates, SynonymManagement synonyms) {
        this.index = index;
        this.updates = updates;
        this.synonyms = synonyms;
    }

    @Order(-10)
    @EventListener(ApplicationStartedEvent.class)
    void load() {
        long start = System.nanoTime();
        synonyms.apply();
        rebuild();
        log.info("Knowledge index rebuilt: {} published articles in {} ms", index.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    void rebuild() {
        index.rebuild(updates.all());
    }

    void rebuildAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            rebuild();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                rebuild();
            }
        });
    }
}
