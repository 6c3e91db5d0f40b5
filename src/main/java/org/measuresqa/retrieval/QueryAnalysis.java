package org.measuresqa.retrieval;

import java.util.List;
import java.util.Set;

/**
 * What one question says, read exactly where the document is exact.
 *
 * @param sources        source cities named (厦门, 深圳, 浦东新区)
 * @param categories     category headings named, by alias
 * @param scopes         推广范围 values named
 * @param numbers        measure numbers named that exist
 * @param unknownNumbers measure numbers named that do not exist (第33项)
 * @param relativeStep   +1 for "之后那一项", -1 for "前一项", 0 otherwise
 * @param count          asks how many (几项, 多少条)
 * @param focus          the part of a measure asked about
 * @param lexicalTerms   full-text terms with question words and filter names masked out
 * @param searchText     the text to embed (simplified, English glossed)
 * @param hasTopic       something is left to search for once filters and question words are removed
 * @param anaphora       leans on an earlier turn (这些, 其中, 它, 那个…)
 * @param otherPlaces    places outside the document (北京…)
 * @param opinion        asks for the assistant's opinion
 * @param wantsAll       asks for all measures (所有, 全部, 一共)
 * @param singularAnaphora leans on one earlier measure (它, 这个, 该举措) rather than a set
 */
public record QueryAnalysis(
        String text,
        Set<String> sources,
        Set<String> categories,
        Set<String> scopes,
        List<Integer> numbers,
        List<Integer> unknownNumbers,
        int relativeStep,
        boolean count,
        Focus focus,
        List<String> lexicalTerms,
        String searchText,
        boolean hasTopic,
        boolean anaphora,
        List<String> otherPlaces,
        boolean opinion,
        boolean wantsAll,
        boolean singularAnaphora) {

    public boolean hasFilter() {
        return !sources.isEmpty() || !categories.isEmpty() || !scopes.isEmpty();
    }
}
