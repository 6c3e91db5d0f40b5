package org.measuresqa.question;

/**
 * A question for a figure: "发了多少<b>单</b>", "贷款<b>利率</b>是多少", "缩短到<b>几个工作日</b>", "<b>什么时候</b>上线的".
 *
 * @param unitClass what kind of figure answers it
 * @param unit      the unit named after the question word ("单", "个工作日"), or "" when none was
 * @param attribute the words before the question word that say what is measured ("贷款利率是多少"), hedges such as
 *                  一共 or 大概 left out; "" when none could be read
 * @param counted   the noun after the question word and unit, what is counted ("多少名<b>调解员</b>"), or ""
 * @param change    asks how much something changed ("省了多少", "缩短了多久"); when the kind of figure is only implied
 *                  by a word ("成本能省多少"), a share or a multiple answers too
 * @param explicit  the kind of figure is named by the question word or a unit ("多少钱", "几个工作日"), not implied
 * @param perUnit   asks a figure per unit ("每次", "一次", "每个集装箱", "人均"): only a per-unit figure answers
 * @param spending  asks how much was spent or invested ("投了多少钱", "花了多少")
 * @param namedPlainly the attribute is named as "X的Y是多少": Y is a noun phrase, not the end of a longer clause
 */
public record Quantity(UnitClass unitClass, String unit, String attribute, String counted, boolean change,
                       boolean explicit, boolean perUnit, boolean spending, boolean namedPlainly) {

    /** What the question names as measured: the noun counted, else the words before the question word. */
    public String named() {
        return !counted.isEmpty() ? counted : attribute;
    }

    /** The figure one clause (folded text) asks for, or null when it asks none. */
    public static Quantity in(String clause) {
        return AskReader.quantity(clause);
    }
}
