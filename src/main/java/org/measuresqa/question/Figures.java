package org.measuresqa.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a text states, each with its unit and kind: "19宗" (count), "39万平方米" (area), "超90%" (share),
 * "三分之二" (share), "28个工作日" (duration), "64亿元" (money), "2024年" (date).
 */
public final class Figures {

    /**
     * One figure: its text, its unit ("" for a bare number) and its kind.
     *
     * @param asOf a date the figures are given as of ("截至2024年第三季度") or a span ("2024年1-9月"), not the date of an event
     */
    public record Figure(String text, String unit, UnitClass unitClass, boolean asOf) {
    }

    private static final Pattern AS_OF = Pattern.compile("(截至|截止|至|到|—|-|~)\\s*$");
    private static final Pattern PERIOD_AFTER = Pattern.compile("\\s*(\\d{1,2}\\s*[-—~至到]\\s*\\d{1,2}\\s*月|前[一二三四1-4]季度|[上下]半年|全年)");

    private static final Pattern NUMBER = Pattern.compile(
            "([一二三四五六七八九十]分之[一二三四五六七八九十])|(\\d+(?:[.,]\\d+)*|[一二两三四五六七八九十百千]+)\\s*(?:万|亿|千|百)?\\s*(?:余|多|以上|左右)?");

    private Figures() {
    }

    public static List<Figure> in(String text) {
        List<Figure> out = new ArrayList<>();
        int previousEnd = -10;
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(new Figure(m.group(), "分之", UnitClass.SHARE, false));
                continue;
            }
            boolean digits = Character.isDigit(m.group(2).charAt(0));
            String unit = Units.unitAt(text, m.end());
            if (unit == null && m.end() < text.length() && text.charAt(m.end()) == '个') unit = Units.unitAt(text, m.end() + 1);
            if (!digits && unit == null) continue; // 一体化, 十分: words, not figures
            if (!digits && List.of("个", "项", "条", "次", "种", "类", "家", "件", "批", "位", "名").contains(unit)
                    && m.group(2).length() == 1 && !"两".equals(m.group(2))) {
                // "一个", "一项", "三类": usually words; still figures when they count ("3个学科组" is written in digits)
                out.add(new Figure(m.group() + unit, unit, UnitClass.COUNT, false));
                continue;
            }
            UnitClass kind = unit == null ? UnitClass.ANY : Units.classOf(unit);
            // "3年", "6个月" last; "2023年", "11月" are when
            if (kind == UnitClass.DATE && digits && (unit.equals("年") ? m.group(2).length() < 4 : false)) kind = UnitClass.DURATION;
            boolean asOf = kind == UnitClass.DATE && AS_OF.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find();
            // "2024年1-9月", "2024年前三季度": a year with a period after it is a span, not the date of an event
            if (kind == UnitClass.DATE && PERIOD_AFTER.matcher(text.substring(Math.min(text.length(), m.end() + unit.length()))).lookingAt()) asOf = true;
            // "截至2024年9月": the month of an as-of year is as-of too
            Figure previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (kind == UnitClass.DATE && previous != null && previous.asOf() && m.start() - previousEnd <= 1) asOf = true;
            out.add(new Figure(m.group() + (unit == null ? "" : unit), unit == null ? "" : unit, kind, asOf));
            previousEnd = m.end() + (unit == null ? 0 : unit.length());
        }
        return out;
    }

    /** Whether a figure of this kind answers a question for {@code asked}. */
    public static boolean answers(Figure f, UnitClass asked) {
        if (asked == UnitClass.DATE && f.asOf()) return false; // "什么时候上线" is not answered by "截至2024年"
        if (asked == UnitClass.ANY || f.unitClass() == asked) return true;
        return asked == UnitClass.SHARE && f.unitClass() == UnitClass.MULTIPLE; // "增长了多少" may be answered in 倍
    }

    /**
     * Whether the figure answers {@code q}: of the kind asked, or, for a change whose kind is only implied, a share or a
     * multiple ("某项成本能省多少" → "减少N%"; but "省下多少钱" asks money).
     */
    public static boolean answers(Figure f, Quantity q) {
        if (q.unitClass() == UnitClass.COUNT && f.unitClass() == UnitClass.COUNT) return Units.sameThing(q.unit(), f.unit());
        if (answers(f, q.unitClass())) return true;
        return q.change() && !q.explicit() && (f.unitClass() == UnitClass.SHARE || f.unitClass() == UnitClass.MULTIPLE);
    }
}
