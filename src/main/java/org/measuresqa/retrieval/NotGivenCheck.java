package org.measuresqa.retrieval;

import java.util.List;
import java.util.regex.Pattern;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.LexicalTokens;
import org.measuresqa.index.MeasureSentences;
import org.measuresqa.question.Figures;
import org.measuresqa.question.Quantity;
import org.measuresqa.question.UnitClass;
import org.measuresqa.question.Units;
import org.measuresqa.question.Vocabulary;

/**
 * Whether a measure gives the figure a question asks for, checked as a reader of Chinese would check it:
 * <ul>
 *   <li>a question for a kind of figure ("多少钱", "多久", "几个工作日") is answered only by a figure of that kind
 *       (or, for a change, by a share: "省了75%");</li>
 *   <li>a question for a particular attribute ("利率", "通过率", "保费") only by a measure that names it;</li>
 *   <li>a question counting a named thing ("多少名特邀检察官助理") only by a sentence that names the thing and counts;</li>
 *   <li>what the question says is measured must mostly be words the measure uses.</li>
 * </ul>
 * A question is declined only when none of its clauses can be answered, and no clause asks anything but a figure.
 */
final class NotGivenCheck {

    /** A sentence stating a figure per unit: "平均每船", "单航次", "例均", "人均". */
    private static final Pattern PER_UNIT = Pattern.compile("每|单(?=[次航个价位台套])|均|/");
    private static final Pattern SPENT = Pattern.compile("投资|投入|花费|耗资|支出|资金|经费|预算|拨付|补贴");
    private static final Pattern ASKS_COUNTRIES = Pattern.compile("(哪些|哪个|哪几个|什么|几个)国家");
    /** What is asked is a charge someone pays: "办证费", "手续费", "收费", "价格". */
    private static final Pattern CHARGE = Pattern.compile("费|价格|价钱|票价");
    /** The words before a figure say it was saved ("平均每船节约成本160万元"): a saving, not what is charged. */
    private static final Pattern SAVED_BEFORE = Pattern.compile("(节约|节省|节支|降低|减少|减轻|省下|省去|省了|少花)[^，。；、]{0,8}$");

    /** A clause that asks something. */
    private static final Pattern ASKS = Pattern.compile("吗|呢|什么|怎么|如何|哪|多少|几|是否|有没有|能否|多大|多久|多长");
    private static final double NAMED_SHARE = 0.5;
    private static final int MIN_ATTRIBUTE_CHARS = 3;

    private NotGivenCheck() {
    }

    /**
     * @param clauses the question's clauses: when one asks something other than a figure, it can be answered
     * @return what the question asks that the measure does not give, when nothing it asks is given; else null
     */
    static String unanswered(List<Quantity> asks, List<String> clauses, Measure m) {
        if (asks.isEmpty()) return null;
        for (String clause : clauses) {
            if (ASKS.matcher(clause).find() && Quantity.in(clause) == null) return null;
        }
        String text = LexicalTokens.fold(m.fullText());
        List<String> sentences = MeasureSentences.of(m).stream().map(s -> LexicalTokens.fold(s.text())).toList();
        String first = null;
        for (Quantity q : asks) {
            if (given(q, text, sentences)) return null;
            if (first == null) first = q.named().isEmpty() ? q.unit() : q.named();
        }
        return first;
    }

    private static boolean given(Quantity q, String text, List<String> sentences) {
        List<String> withFigure = sentences.stream()
                .filter(s -> Figures.in(s).stream().anyMatch(f -> !f.unit().isEmpty() && Figures.answers(f, q)))
                // "一次多少钱" is a price: a total ("产值5.62亿元") does not answer it; a duration is per event anyway
                .filter(s -> !q.perUnit() || q.unitClass() != UnitClass.MONEY || PER_UNIT.matcher(s).find()).toList();
        // "每次要交多少办证费" asks a charge: a sentence whose money only says what was saved does not state it
        if (q.unitClass() == UnitClass.MONEY && !q.change() && !q.spending() && CHARGE.matcher(q.named()).find()) {
            withFigure = withFigure.stream().filter(NotGivenCheck::statesMoneyNotSaved).toList();
        }
        if (q.unitClass() != UnitClass.ANY && withFigure.isEmpty()) return false;
        // "投了多少钱", "花了多少": money spent is given only where the measure says what was spent
        if (q.spending() && withFigure.stream().noneMatch(s -> SPENT.matcher(s).find())) return false;
        String specific = Units.specificAttribute(q.named());
        if (specific != null && !text.contains(specific) && !namesRateNearly(q.named(), text)) return false;
        if (!q.counted().isEmpty() && !Units.isGeneric(q.counted())) {
            // a thing counted must be named, mostly, in a sentence that counts it ("多少名中小学生" is not "学生4476人次");
            // for other kinds one shared word will do (海运成本 is 海上运输成本 in the text)
            List<String> candidates = q.unitClass() == UnitClass.ANY ? sentences : withFigure;
            double share = q.unitClass() == UnitClass.COUNT ? NAMED_SHARE : Double.MIN_VALUE;
            return candidates.stream().anyMatch(s -> namedShare(q.counted(), s) >= share);
        }
        // "入驻的涉外律所有多少家": the thing counted, named plainly before the question, must be where the measure counts
        String thing = Vocabulary.withoutPlaces(q.attribute());
        if (q.unitClass() == UnitClass.COUNT && q.namedPlainly() && hanChars(thing) >= 2) {
            return withFigure.stream().anyMatch(s -> namedShare(thing, s) > 0);
        }
        // "X的Y是多少": the attribute Y, named plainly, must be words the measure uses ("收费标准", "入选分数线")
        boolean untyped = q.unitClass() == UnitClass.ANY || q.unitClass() == UnitClass.DATE;
        if (untyped && q.namedPlainly() && hanChars(thing) >= MIN_ATTRIBUTE_CHARS) return namedShare(thing, text) >= NAMED_SHARE;
        return true;
    }

    /** Whether a clause asks something ("吗", "多少", "哪"), rather than naming what it is about. */
    static boolean asks(String clause) {
        return ASKS.matcher(clause).find();
    }

    /**
     * A rate named with one character mistyped or swapped for a near word ("网半率" for 网办率, "转换率" for 转化率): the
     * character before the rate's own and 率 match, the one between may differ.
     */
    static boolean namesRateNearly(String attribute, String text) {
        if (attribute.length() < 3 || !attribute.endsWith("率")) return false;
        char lead = attribute.charAt(attribute.length() - 3);
        if (Character.UnicodeScript.of(lead) != Character.UnicodeScript.HAN) return false;
        return Pattern.compile(Pattern.quote(String.valueOf(lead)) + "\\p{IsHan}率").matcher(text).find();
    }

    /** Whether a sentence states a sum of money that is not a saving. */
    private static boolean statesMoneyNotSaved(String sentence) {
        for (Figures.Figure f : Figures.in(sentence)) {
            if (f.unitClass() != UnitClass.MONEY) continue;
            int at = sentence.indexOf(f.text());
            if (at >= 0 && !SAVED_BEFORE.matcher(sentence.substring(Math.max(0, at - 12), at)).find()) return true;
        }
        return false;
    }

    /**
     * What a question asks about that the measure never names, whatever it asks of it: a particular attribute
     * ("医生的收入有什么变化", "利率"), or countries ("卖到了哪些国家") when the measure names none.
     */
    static String unnamed(List<String> clauses, Measure m) {
        String text = LexicalTokens.fold(m.fullText());
        for (String clause : clauses) {
            if (!ASKS.matcher(clause).find()) continue;
            for (String word : Units.specificAttributesIn(clause)) {
                if (text.contains(word)) continue;
                int at = clause.indexOf(word);
                String rate = at >= 1 ? clause.substring(at - 1, at + word.length()) : word;
                if (!namesRateNearly(rate, text)) return word;
            }
            if (ASKS_COUNTRIES.matcher(clause).find()
                    && org.measuresqa.question.Vocabulary.COUNTRIES.stream().noneMatch(text::contains)) {
                return "国家";
            }
        }
        return null;
    }

    private static long hanChars(String s) {
        return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    /** Share of the words' character bigrams that occur in the text. */
    static double namedShare(String words, String text) {
        List<String> terms = LexicalTokens.distinctTokens(words).stream().filter(t -> t.length() >= 2).toList();
        if (terms.isEmpty()) return 1;
        return (double) terms.stream().filter(text::contains).count() / terms.size();
    }
}
