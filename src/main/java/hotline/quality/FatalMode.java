package hotline.quality;

/**
 * What a fatal item (致命项) answered "no" does to the evaluation: nothing ({@code NONE}, an ordinary item), zero the
 * total ({@code ZERO}), or fail the evaluation whatever its total ({@code FAIL}).
 */
public enum FatalMode {
    NONE, ZERO, FAIL
}
