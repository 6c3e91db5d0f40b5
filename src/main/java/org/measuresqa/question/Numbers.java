package org.measuresqa.question;

import java.util.List;

/**
 * Measure numbers a question names.
 *
 * @param measures     numbers that exist, in the order named (第5条和第23条; 第10项到第14项; 前三项; 最后一项)
 * @param unknown      numbers beyond the document (第33项)
 * @param relativeStep +1 for "之后那一项", -1 for "前一项", 0 otherwise
 */
public record Numbers(List<Integer> measures, List<Integer> unknown, int relativeStep) {

    public static final Numbers NONE = new Numbers(List.of(), List.of(), 0);

    public Numbers {
        measures = List.copyOf(measures);
        unknown = List.copyOf(unknown);
    }

    public boolean isEmpty() {
        return measures.isEmpty() && unknown.isEmpty();
    }
}
