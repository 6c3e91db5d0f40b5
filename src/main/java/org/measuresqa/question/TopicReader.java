package org.measuresqa.question;

import java.util.List;
import java.util.Set;
import org.measuresqa.index.LexicalTokens;

/**
 * What is left to search for once every reader has taken its words and question words, politeness and words for
 * "measure" are dropped. It counts as a topic only if the document uses some of it: "厦门捣鼓出哪几条" leaves 捣鼓,
 * which the document never says, so it is a list of 厦门's measures; "厦门有哪些和船舶有关的" leaves 船舶.
 */
final class TopicReader {

    private final Set<String> documentTerms;

    /** @param documentTerms every full-text term of the document ({@link LexicalTokens}) */
    TopicReader(Set<String> documentTerms) {
        this.documentTerms = documentTerms;
    }

    Topic read(MaskedText t, String searchText) {
        for (String filler : Vocabulary.FILLERS) {
            if (filler.length() >= 2) t.maskAll(filler);
        }
        String visible = t.visible();
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < visible.length(); i++) {
            String c = String.valueOf(visible.charAt(i));
            rest.append(c.isBlank() || Vocabulary.FILLERS.contains(c) ? " " : c);
        }
        List<String> terms = LexicalTokens.distinctTokens(visible);
        List<String> restTerms = LexicalTokens.distinctTokens(rest.toString());
        // a topic a reader takes to cover the document's words ("环保" for 污染, 排污, 碳…) is something to search for
        boolean present = restTerms.stream().anyMatch(term -> term.length() >= 2 && documentTerms.contains(term))
                || !TopicLexicon.named(rest.toString().replace(" ", "")).isEmpty();
        boolean stray = restTerms.stream().anyMatch(term -> term.length() >= 2 && !documentTerms.contains(term));
        int size = (int) rest.codePoints().filter(Character::isLetterOrDigit).count();
        return new Topic(searchText, terms, present, stray, size);
    }
}
