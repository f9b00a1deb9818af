package hotline.quality.inspection;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.BitSet;

/**
 * Word segmentation for matching (ADR 0071): smartcn's HMM tokenizer splits Chinese into words (Latin text into words,
 * lower-cased); punctuation and spaces are dropped. The result is the words run together, with the positions where a
 * word starts and ends, so a phrase matches only where it begins and ends on word boundaries: 有病 matches 你是不是有病
 * (有/病) but not 所有病毒 (所有/病毒), which a plain substring search would flag.
 */
final class Segmenter {

    /** The words of a text run together, and where each word starts and ends in that string. */
    record Words(String text, BitSet starts, BitSet ends) {

        /** Whether {@code phrase} (already run together) occurs starting and ending on word boundaries. */
        boolean containsAligned(String phrase) {
            if (phrase.isEmpty()) {
                return false;
            }
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                if (starts.get(at) && ends.get(at + phrase.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final ThreadLocal<Tokenizer> TOKENIZER = ThreadLocal.withInitial(Tokenizer::new);

    private Segmenter() {
    }

    static Words words(String text) {
        return TOKENIZER.get().words(text);
    }

    /** A phrase as the matcher compares it: its words run together. */
    static String normalized(String phrase) {
        return words(phrase).text();
    }

    /** One tokenizer per thread: smartcn's tokenizer is reusable but not thread-safe. */
    private static final class Tokenizer {
        private final HMMChineseTokenizer tokenizer = new HMMChineseTokenizer();
        private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);

        Words words(String text) {
            var joined = new StringBuilder(text.length());
            var starts = new BitSet(text.length() + 1);
            var ends = new BitSet(text.length() + 1);
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    char[] buffer = term.buffer();
                    int length = term.length();
                    if (!wordLike(buffer, length)) {
                        continue;
                    }
                    starts.set(joined.length());
                    for (int i = 0; i < length; i++) {
                        joined.append(Character.toLowerCase(buffer[i]));
                    }
                    ends.set(joined.length());
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    tokenizer.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Words(joined.toString(), starts, ends);
        }

        private static boolean wordLike(char[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                if (Character.isLetterOrDigit(buffer[i])) {
                    return true;
                }
            }
            return false;
        }
    }
}
