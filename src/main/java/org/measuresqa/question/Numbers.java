package org.measuresqa.question;

import java.util.List;

/**
 * Measure numbers a question names.
 *
 * @param measures     numbers that exist, in the order named (第5条和第23条; 第10项到第14项; 前三项; 最后一项)
 * @param unknown      numbers beyond the document (第33项)
 * @param relativeStep +1 for "之后那一项", -1 for "前一项", 0 otherwise
 * @param excluded     numbers left out ("除掉第一条", "把3号去掉"): taken from whatever set is asked for
 */
public record Numbers(List<Integer> measures, List<Integer> unknown, int relativeStep, List<Integer> excluded) {

    public static final Numbers NONE = new Numbers(List.of(), List.of(), 0);

    public Numbers(List<Integer> measures, List<Integer> unknown, int relativeStep) {
        this(measures, unknown, relativeStep, List.of());
    }

    public Numbers {
        measures = List.copyOf(measures);
        unknown = List.copyOf(unknown);
        excluded = List.copyOf(excluded);
    }

    /** No number named to ask about (numbers left out name none). */
    public boolean isEmpty() {
        return measures.isEmpty() && unknown.isEmpty();
    }

    /** These numbers, with another question's numbers left out as well. */
    public Numbers excluding(List<Integer> more) {
        List<Integer> all = new java.util.ArrayList<>(excluded);
        more.stream().filter(n -> !all.contains(n)).forEach(all::add);
        return new Numbers(measures, unknown, relativeStep, all);
    }
}
