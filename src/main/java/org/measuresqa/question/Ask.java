package org.measuresqa.question;

import java.util.List;
import java.util.Set;

/**
 * What the question asks about a measure.
 *
 * @param focuses      the parts asked about; empty for a general question
 * @param quantities   figures asked for, one per clause that asks for one ("以前等几天，如今压到几天？" asks two)
 * @param practiceItem the practice item named by position ("第二个做法"), 0 when none
 * @param clauses      the question's clauses that each ask something, in order
 */
public record Ask(Set<Focus> focuses, List<Quantity> quantities, int practiceItem, List<String> clauses) {

    public static final Ask GENERAL = new Ask(Set.of(), List.of(), 0, List.of());

    public Ask {
        focuses = Set.copyOf(focuses);
        quantities = List.copyOf(quantities);
        clauses = List.copyOf(clauses);
    }

    /** The same ask, asking {@code focus} too. */
    public Ask with(Focus focus) {
        java.util.Set<Focus> all = java.util.EnumSet.of(focus);
        all.addAll(focuses);
        return new Ask(all, quantities, practiceItem, clauses);
    }

    public boolean asks(Focus focus) {
        return focuses.contains(focus);
    }

    public boolean asksQuantity() {
        return !quantities.isEmpty();
    }

    public boolean isGeneral() {
        return focuses.isEmpty() && quantities.isEmpty() && practiceItem == 0;
    }
}
