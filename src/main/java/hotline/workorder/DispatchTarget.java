package hotline.workorder;

/** A department a work order may be dispatched to. */
public record DispatchTarget(long id, String name) {
}
