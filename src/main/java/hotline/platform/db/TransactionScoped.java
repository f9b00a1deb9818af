package hotline.platform.db;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A value bound to the current transaction — typically a collection a module fills while the transaction runs — made
 * on first use, handed to {@code beforeCommit} (inside the transaction) and to {@code afterCommit} (only when it
 * committed), and unbound when the transaction ends. Callers check
 * {@link TransactionSynchronizationManager#isSynchronizationActive()} first and act at once when there is none.
 */
public final class TransactionScoped {

    private TransactionScoped() {
    }

    @SuppressWarnings("unchecked")
    public static <C> C get(Object key, Supplier<C> create, Consumer<? super C> beforeCommit,
                            Consumer<? super C> afterCommit) {
        var existing = (C) TransactionSynchronizationManager.getResource(key);
        if (existing != null) {
            return existing;
        }
        C fresh = create.get();
        TransactionSynchronizationManager.bindResource(key, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                beforeCommit.accept(fresh);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
                if (status == STATUS_COMMITTED) {
                    afterCommit.accept(fresh);
                }
            }
        });
        return fresh;
    }
}
