package org.measuresqa.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.measuresqa.corpus.Measure;

/**
 * The values of the document's exact fields a question names: sources (厦门, 深圳, 浦东新区), headings and 推广范围.
 * Whether they narrow retrieval is decided by what the question asks (a list or a count, not a fact).
 *
 * @param categoryConfidence {@link Confidence#WEAK} when the heading was named only by an everyday word (科技创新)
 *                           with nothing marking it as a heading
 * @param categoryWords      the words that named the heading, so a weak reading can give them back to the topic
 */
public record Filters(Set<String> sources, Set<String> categories, Confidence categoryConfidence,
                      List<String> categoryWords, Set<String> scopes) {

    public static final Filters NONE = new Filters(Set.of(), Set.of(), Confidence.NONE, List.of(), Set.of());

    public Filters {
        sources = Set.copyOf(sources);
        categories = Set.copyOf(categories);
        categoryWords = List.copyOf(categoryWords);
        scopes = Set.copyOf(scopes);
    }

    public boolean isEmpty() {
        return sources.isEmpty() && categories.isEmpty() && scopes.isEmpty();
    }

    /** Whether the measure has every field value named (any of several values of one field). */
    public boolean matches(Measure m) {
        return (sources.isEmpty() || sources.contains(m.source()))
                && (categories.isEmpty() || categories.contains(m.category()))
                && (scopes.isEmpty() || scopes.contains(m.scope()));
    }

    /** These filters where they name a field, else the earlier turn's: "那深圳的呢" keeps the earlier heading. */
    public Filters over(Filters earlier) {
        boolean ownCategory = !categories.isEmpty();
        return new Filters(sources.isEmpty() ? earlier.sources : sources,
                ownCategory ? categories : earlier.categories,
                ownCategory ? categoryConfidence : earlier.categoryConfidence,
                ownCategory ? categoryWords : earlier.categoryWords,
                scopes.isEmpty() ? earlier.scopes : scopes);
    }

    /** These filters added to the earlier turn's, field by field: "连民生那块也算进去" widens the heading asked. */
    public Filters plus(Filters earlier) {
        List<String> words = new ArrayList<>(earlier.categoryWords);
        words.addAll(categoryWords);
        return new Filters(union(earlier.sources, sources), union(earlier.categories, categories),
                categories.isEmpty() ? earlier.categoryConfidence : categoryConfidence, words, union(earlier.scopes, scopes));
    }

    private static Set<String> union(Set<String> earlier, Set<String> own) {
        Set<String> all = new java.util.LinkedHashSet<>(earlier);
        all.addAll(own);
        return all;
    }

    public Filters withoutScopes() {
        return new Filters(sources, categories, categoryConfidence, categoryWords, Set.of());
    }

    public Filters withoutCategories() {
        return new Filters(sources, Set.of(), Confidence.NONE, List.of(), scopes);
    }

    /** "来源：深圳；类别：…": for logs and for saying which conditions matched nothing. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!sources.isEmpty()) parts.add("来源：" + String.join("、", sorted(sources)));
        if (!categories.isEmpty()) parts.add("类别：" + String.join("、", sorted(categories)));
        if (!scopes.isEmpty()) parts.add("推广范围：" + String.join("、", sorted(scopes)));
        return String.join("；", parts);
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
