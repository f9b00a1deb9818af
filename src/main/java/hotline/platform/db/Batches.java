package hotline.platform.db;

import java.util.function.IntSupplier;

/** Work done in bounded batches, each usually its own transaction, until a batch comes back short. */
public final class Batches {

    /**
     * Runs {@code batch} (which handles at most {@code size} items and answers how many it handled) again as long as
     * it comes back full, and answers the total.
     */
    public static long untilShort(int size, IntSupplier batch) {
        long total = 0;
        int handled;
        do {
            handled = batch.getAsInt();
            total += handled;
        } while (handled == size);
        return total;
    }

    private Batches() {
    }
}
