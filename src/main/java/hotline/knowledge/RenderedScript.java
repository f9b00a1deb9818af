package hotline.knowledge;

import java.util.List;

/**
 * A script with its variables filled in. A variable the context did not supply stays visible in the text as
 * {@code {{name}}} and is listed in {@code missing}, so an agent never reads out a sentence with a hole in it.
 */
public record RenderedScript(String text, List<String> missing) {

    public boolean complete() {
        return missing.isEmpty();
    }
}
