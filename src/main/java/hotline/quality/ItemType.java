package hotline.quality;

/**
 * How an item is scored: {@code YES_NO} (done or not), {@code SCALE} (1 to max, the lowest earning nothing and the
 * highest the full weight), {@code POINTS} (0 to max points, earning weight × points / max).
 */
public enum ItemType {
    YES_NO, SCALE, POINTS
}
