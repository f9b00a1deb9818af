package hotline.customer;

import java.util.List;

/**
 * Duplicates were merged into the survivor: their contact points, accounts, addresses, tags, consents and timeline
 * now belong to it. Modules that keep customer ids (work orders, contacts, campaigns) re-point {@code mergedIds} to
 * {@code survivorId}. Lookups in this module already follow merges.
 */
public record CustomersMerged(long survivorId, List<Long> mergedIds) {

    public CustomersMerged {
        mergedIds = List.copyOf(mergedIds);
    }
}
