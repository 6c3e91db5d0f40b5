package org.measuresqa.question;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.measuresqa.corpus.Corpus;

/** The analyzer over the bundled document, and helpers for the readers' tables. */
final class Readings {

    static final QueryAnalyzer ANALYZER = new QueryAnalyzer(Corpus.bundled().measures());

    private Readings() {
    }

    static QueryAnalysis read(String question) {
        return ANALYZER.analyze(question);
    }

    /** "厦门|深圳" → {厦门, 深圳}; "" → {}. */
    static Set<String> set(String cell) {
        return cell == null || cell.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(cell.split("\\|")));
    }

    /** "1|2|3" → [1, 2, 3]; "" → []. */
    static List<Integer> numbers(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(Integer::parseInt).toList();
    }
}
