package org.measuresqa.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.measuresqa.corpus.Measure;
import org.measuresqa.question.Confidence;
import org.measuresqa.question.Filters;
import org.measuresqa.question.QueryAnalysis;

/**
 * How a reading is used, decided in one place. Filters narrow retrieval only for a question that asks for a set of
 * measures (a list, a count, or nothing but filters); in a question about one measure a city or a scope is context
 * or a premise to check, never a reason to leave the measure out. A heading named only by an everyday word narrows
 * only when nothing else is asked.
 *
 * @param filterSet      the measures the hard filters allow, or null when nothing is filtered
 * @param numbers        measure numbers named that exist
 * @param unknownNumbers measure numbers named that do not
 * @param strayOnly      nothing is left but words the document never uses: ranked by closeness alone, so that an
 *                       everyday paraphrase is still found and a subject the document does not touch is declined
 *                       on weak evidence
 * @param extraTerms     words of a weak heading given back to the topic
 */
record Plan(boolean setQuestion, Filters hardFilters, Set<Integer> filterSet, List<Integer> numbers,
            List<Integer> unknownNumbers, boolean nothingToSearch, boolean strayOnly, List<String> extraTerms) {

    static Plan of(QueryAnalysis q, MeasureData data) {
        List<Integer> numbers = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>(q.numbers().unknown());
        List<Integer> excluded = q.numbers().excluded();
        for (int n : q.numbers().measures()) {
            if (excluded.contains(n)) continue;
            if (data.measures.containsKey(n)) numbers.add(n);
            else if (!unknown.contains(n)) unknown.add(n);
        }
        boolean topic = q.topic().present();
        // words the document never uses may be left beside a city ("深圳有什么好吃的": not about measures), but a
        // scope is a field only measures have: a question stating one is about measures whatever words are left
        boolean aboutMeasures = !q.topic().stray() || !q.filters().scopes().isEmpty();
        // "某类之下的条目一律整理好": all of those a condition selects is a set, whatever the verb
        boolean allOfSome = q.intent().wantsAll() && !q.filters().isEmpty() && (q.intent().list().any() || q.intent().count().any());
        boolean set = q.intent().asksForSet() || allOfSome || (!topic && aboutMeasures && !q.filters().isEmpty()) || numbers.size() > 1;
        Filters hard = Filters.NONE;
        List<String> extra = List.of();
        if (set || !topic) {
            hard = q.filters();
            if (topic && hard.categoryConfidence() == Confidence.WEAK) {
                extra = hard.categoryWords();
                hard = hard.withoutCategories();
            }
        }
        Set<Integer> filterSet = null;
        if (!hard.isEmpty() || !excluded.isEmpty() && (set || !topic)) {
            // "除了第5条，其余的": the numbers left out are taken from whatever set is asked for
            List<Integer> selected = new ArrayList<>();
            for (Measure m : data.measures.values()) if (hard.matches(m)) selected.add(m.number());
            List<Integer> left = listedPlaces(excluded, selected);
            filterSet = new LinkedHashSet<>();
            for (int n : selected) if (!left.contains(n)) filterSet.add(n);
        }
        boolean nothing = !topic && q.filters().isEmpty() && numbers.isEmpty() && unknown.isEmpty()
                && !q.intent().count().strong() && !q.intent().list().strong() && !q.intent().wantsAll();
        boolean strayOnly = !topic && q.topic().stray() && !set && numbers.isEmpty() && unknown.isEmpty();
        return new Plan(set, hard, filterSet, numbers, unknown, nothing, strayOnly, extra);
    }

    /**
     * "除掉第一条" after a list of the measures 7 to 14: a number that is not in the list, but within its length, is
     * the place of an item in it, as the asker saw it; a number in the list is that measure.
     */
    private static List<Integer> listedPlaces(List<Integer> excluded, List<Integer> selected) {
        List<Integer> out = new ArrayList<>();
        for (int n : excluded) {
            if (selected.contains(n)) out.add(n);
            else if (n >= 1 && n <= selected.size()) out.add(selected.get(n - 1));
        }
        return out;
    }
}
