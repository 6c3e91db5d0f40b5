package org.measuresqa.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One reform measure as the document states it. Text fields are already cleaned by {@link TextNormalizer}.
 *
 * @param practices the numbered items (1)(2)… of 创新做法, markers removed; one item when the cell has no numbering
 */
public record Measure(int number, String name, String category, List<String> practices,
                      String source, String results, String scope) {

    public Measure {
        if (number < 1) throw new IllegalArgumentException("number must be positive, was " + number);
        requireText(name, "name");
        requireText(category, "category");
        requireText(source, "source");
        requireText(results, "results");
        requireText(scope, "scope");
        Objects.requireNonNull(practices, "practices");
        if (practices.isEmpty()) throw new IllegalArgumentException("measure " + number + " has no practices");
        practices = List.copyOf(practices);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
    }

    /** Everything the document says about this measure, in one string: what facts are checked against. */
    public String fullText() {
        return name + "\n" + String.join("\n", practices) + "\n" + source + "\n" + results + "\n" + scope;
    }
}
