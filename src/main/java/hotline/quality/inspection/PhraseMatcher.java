package hotline.quality.inspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The phrases of one rule, compiled once: each entry may list variants separated by {@code |} (您好|你好), each
 * variant segmented into words. {@link #find} answers the first entry found in a text, matched on word boundaries
 * (see {@link Segmenter}), or empty.
 */
final class PhraseMatcher {

    /** One phrase as the rule lists it, and its variants as the matcher compares them. */
    record Phrase(String label, List<String> variants) {
    }

    private final List<Phrase> phrases;

    private PhraseMatcher(List<Phrase> phrases) {
        this.phrases = phrases;
    }

    static PhraseMatcher of(List<String> entries) {
        var phrases = new ArrayList<Phrase>();
        for (String entry : entries) {
            var variants = new LinkedHashSet<String>();
            Arrays.stream(entry.split("\\|")).map(String::strip).filter(v -> !v.isEmpty())
                    .map(Segmenter::normalized).filter(v -> !v.isEmpty()).forEach(variants::add);
            if (!variants.isEmpty()) {
                phrases.add(new Phrase(entry.strip(), List.copyOf(variants)));
            }
        }
        return new PhraseMatcher(List.copyOf(phrases));
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    List<Phrase> phrases() {
        return phrases;
    }

    Optional<Phrase> find(Segmenter.Words words) {
        for (var phrase : phrases) {
            for (var variant : phrase.variants()) {
                if (words.containsAligned(variant)) {
                    return Optional.of(phrase);
                }
            }
        }
        return Optional.empty();
    }

    /** Every entry found in the text, in the rule's order. */
    List<Phrase> findAll(Segmenter.Words words) {
        var found = new ArrayList<Phrase>();
        for (var phrase : phrases) {
            for (var variant : phrase.variants()) {
                if (words.containsAligned(variant)) {
                    found.add(phrase);
                    break;
                }
            }
        }
        return found;
    }
}
