package org.measuresqa.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measure numbers in their usual forms: 第5条和第23条, 第10项到第14项, 18号举措, #18, 举措18, 前三项, 最后一项, and
 * steps (之后那一项, 前一项). Figures are not numbers: 第三季度 is a quarter, "发了93单" a figure, "这32项里" the whole
 * document. "第二个做法" names a practice item of the measure in view, not measure 2.
 */
final class NumberReader {

    static final String NUMERAL = "[0-9]{1,3}|[一二三四五六七八九十两]{1,4}";
    /** What the document's five headings are called: "最后一个板块" is a heading, not a measure. */
    private static final String HEADING_WORD = "(?:部分|大类|类|板块|大块|块|章|篇|栏目)";
    private static final String UNIT = "(?:项|条|个|号)";
    private static final Pattern PRACTICE_ITEM = Pattern.compile(
            "第\\s*(" + NUMERAL + ")\\s*(?:个|项|条|点)?\\s*(?:具体|创新)?(?:做法|举措内容|方面的做法|小点)");
    /** "第(2)点", "（3）那条": the document numbers practice items in brackets, and never its measures. */
    private static final Pattern BRACKETED_ITEM = Pattern.compile("第?\\s*[（(]\\s*([0-9]{1,2}|[一二三四五六七八九十])\\s*[)）]\\s*(?:个|项|条|点)?");
    private static final Pattern ORDINAL_LIST = Pattern.compile(
            "第\\s*(" + NUMERAL + ")\\s*(" + UNIT + ")?((?:\\s*(?:[、，,和与及跟]|还有|以及|数到|到|至|-|~|—)\\s*第?\\s*(?:" + NUMERAL + ")\\s*" + UNIT + "?)*)");
    private static final Pattern ORDINAL_TAIL = Pattern.compile("(" + NUMERAL + ")");
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?:#|no\\.?\\s*|(?:编号|序号)\\s*(?:为|是)?\\s*)([0-9]{1,3})");
    /** "20-25条", "序号20到25", "20号到25号": a range named without 第, marked by a prefix or a unit for measures. */
    private static final Pattern BARE_RANGE = Pattern.compile(
            "(序号\\s*(?:在|为|是|从|处于)?|编号\\s*(?:在|为|是|从)?|#)?\\s*(" + NUMERAL + ")\\s*(号|条|项)?\\s*(?:数|排|算)?\\s*(?:到|至|-|~|—|－)\\s*第?\\s*(" + NUMERAL + ")\\s*(号|条|项)?");
    /** "序号大于20", "编号不超过10", "序号20以上": the measures on one side of a number compared with, by its sign. */
    private static final Pattern COMPARED = Pattern.compile(
            "(?:序号|编号)\\s*(?:在)?\\s*(大于|超过|高于|不小于|不低于|不少于|小于|低于|不大于|不超过|不高于)?\\s*(" + NUMERAL + ")\\s*(?:号|条|项)?\\s*(以上|以下|之上|之下)?");
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("(?<![0-9])([0-9]{1,3})\\s*号(?:举措|措施|经验)?");
    private static final Pattern MEASURE_PREFIX = Pattern.compile("(?:举措|措施)\\s*([0-9]{1,3})(?![0-9])");
    private static final Pattern NEXT = Pattern.compile("(之后|以后|后面|后边|下一|下个|接下来)(的)?(那)?(一)?(项|条(?!目)|个)");
    private static final Pattern PREVIOUS = Pattern.compile("(之前|前面|前边|上一|上个|前一)(的)?(那)?(一)?(项|条|个)");
    private static final Pattern WHOLE_SET = Pattern.compile(
            "(这)?([0-9]{1,3}|[一二三四五六七八九十]{1,4})\\s*(项|条|个)(举措|措施|经验)?(里|中|之中|当中|里面|里头)");
    /** "前10项", and after 序号 without a unit: "序号前十的". */
    private static final Pattern FIRST_N = Pattern.compile("(?:(?:序号|编号)\\s*(?:排在|排)?\\s*)前\\s*(" + NUMERAL + ")\\s*(项|条|个|号|位)?"
            + "|前\\s*(" + NUMERAL + ")\\s*(项|条|个)");
    private static final Pattern LAST_N = Pattern.compile("(?:最后|最后面|最末尾|最末|末尾|倒数)的?\\s*那?\\s*(" + NUMERAL + ")?\\s*(项|条|个)(?!\\s*" + HEADING_WORD + ")"
            + "|(?<![前之以最])后\\s*([2-9]|[二两三四五六七八九十])\\s*(项|条|个)(?!\\s*" + HEADING_WORD + ")");
    /** "倒数第二条": the place counted from the end. */
    private static final Pattern FROM_END = Pattern.compile("倒数\\s*第\\s*(" + NUMERAL + ")\\s*(?:项|条|个|号)(?!\\s*" + HEADING_WORD + ")");
    /** "最前面的十项", "开头五条", "头三条": the first measures, said without 前N. */
    private static final Pattern LEADING_N = Pattern.compile("(?:最前面|最前头|最前边|最开头|开头|打头|(?<![从到开个一])头)的?\\s*(" + NUMERAL + ")\\s*(项|条|个)");
    /** A number left out: "除掉第一条", "不算3号", "把第5项去掉". */
    private static final Pattern LEFT_OUT = Pattern.compile(
            "(?:除掉|除去|除了|去掉|去除|不要|不含|不算|排除|刨去|扣除|拿掉|剔除)\\s*(?:第\\s*(" + NUMERAL + ")\\s*(?:条|项|个|号)|([0-9]{1,2})\\s*号)"
            + "|把\\s*(?:第\\s*(" + NUMERAL + ")\\s*(?:条|项|个|号)|([0-9]{1,2})\\s*号)\\s*(?:的)?\\s*(?:去掉|除掉|拿掉|剔除|删掉|不要)");
    /** "编号是双数的", "单数序号": every even or odd measure number. */
    private static final Pattern PARITY = Pattern.compile(
            "(?:编号|序号|号码|号数)\\s*(?:是|为|属于)?\\s*(双数|偶数|单数|奇数)|(双数|偶数|单数|奇数)\\s*(?:的)?\\s*(?:编号|序号|号)"
            // said alone, of the numbers in view ("里面双数的"); 单数 only where it cannot be a count of 单
            + "|(双数|偶数|奇数)(?=的|$|[？?，,]|呢)|(?<=^|里面|其中|中|里|是)(单数)(?=的|$|[？?，,]|呢)");
    /** "编号末位是5", "序号尾数为0": the measure numbers that end in a digit. */
    private static final Pattern LAST_DIGIT = Pattern.compile(
            "(?:编号|序号|号码)?\\s*的?\\s*(?:末位|尾数|个位|最后一位)(?:数字|数)?\\s*(?:是|为|带)\\s*([0-9]|[零一二三四五六七八九])(?![0-9])");
    /** "自第21条起数到最后", "第20项到末尾": a range that runs to the end of the document. */
    private static final Pattern TO_THE_END = Pattern.compile(
            "(从|由)?\\s*(第|序号|编号)?\\s*(" + NUMERAL + ")\\s*(号|条|项)?\\s*(?:往后)?(?:数|排|算|一直)?\\s*(?:到|至)\\s*(?:最后|末尾|结尾|最末|最后面|底)(?:面)?(?:的)?\\s*(?:一\\s*(?:条|项|个))?");
    /** "从头数到第八条", "从开头到第6项": a range that runs from the start of the document. */
    private static final Pattern FROM_THE_START = Pattern.compile(
            "(?:从头|从开头|从最前面|从第一条|从第一项|从1号)\\s*(?:数|排|算|一直)?\\s*(?:到|至)\\s*(?:第|序号|编号)?\\s*(" + NUMERAL + ")\\s*(号|条|项)?");
    /** "序号25以后", "排在第20条之后", "从第20条开始", "第9项及以后": the measures after a number (inclusive of it only when said so). */
    private static final Pattern AFTER = Pattern.compile(
            "(序号|编号|第)?\\s*(?:排在|排|位于|在)?\\s*第?\\s*(" + NUMERAL + ")\\s*(号|条|项)?\\s*(及|以及|和|或)?\\s*(以后|之后|往后|后面|后边|开始|起)");
    /** "第5条以前", "序号10之前": the measures before a number. */
    private static final Pattern BEFORE = Pattern.compile(
            "(序号|编号|第)?\\s*(?:排在|排|位于|在)?\\s*第?\\s*(" + NUMERAL + ")\\s*(号|条|项)?\\s*(及|以及|和|或)?\\s*(以前|之前|前面|前边)");
    /** "那一项", "的那条": after 以后 it steps to the next measure instead of naming a range. */
    private static final Pattern ONE_MEASURE = Pattern.compile("^\\s*的?\\s*那?\\s*一?\\s*(项|条(?!目)|个)");
    private static final Pattern INCLUSIVE = Pattern.compile("(?<![不])(含|包括|包含)");
    /** Words before an ordinal that make it a rank ("排第一的", "名列第一"), not a measure's number. */
    private static final Pattern RANKED_BEFORE = Pattern.compile("(排名?|位居|位列|名列|居|全国|全省|全市)\\s*$");
    /** After "第一的": a thing ranked ("产品", "城市"), not a part of a measure ("做法", "效果"). */
    private static final Pattern RANKED_THING_AFTER = Pattern.compile("^的(?!(举措|措施|做法|效果|经验|改革|推广|来源|内容|成效|情况|那|这|是|呢|吗))[\\p{IsHan}]");
    private static final String BOUNDARY = "？?，,。！!和与及、是讲说的呢吗啊里中到至（(）) ";

    private final int measureCount;

    NumberReader(int measureCount) {
        this.measureCount = measureCount;
    }

    record Reading(Numbers numbers, int practiceItem) {
    }

    Reading read(MaskedText t) {
        String text = t.text();
        int practiceItem = 0;
        Matcher item = PRACTICE_ITEM.matcher(text);
        if (item.find()) {
            practiceItem = parseNumeral(item.group(1));
            t.mask(item);
        } else {
            Matcher bracketed = BRACKETED_ITEM.matcher(text);
            if (bracketed.find()) {
                practiceItem = parseNumeral(bracketed.group(1));
                t.mask(bracketed);
            }
        }
        Matcher whole = WHOLE_SET.matcher(text);
        while (whole.find()) {
            if (parseNumeral(whole.group(2)) == measureCount) t.mask(whole);
        }
        List<Integer> leftOut = new ArrayList<>();
        Matcher out = LEFT_OUT.matcher(text);
        while (out.find()) {
            String n = out.group(1) != null ? out.group(1) : out.group(2) != null ? out.group(2) : out.group(3) != null ? out.group(3) : out.group(4);
            int number = parseNumeral(n);
            if (number >= 1 && number <= measureCount && !leftOut.contains(number)) leftOut.add(number);
            t.mask(out);
        }
        List<Integer> named = new ArrayList<>();
        // "倒数第二条": counted from the end
        Matcher fromEnd = FROM_END.matcher(text);
        while (fromEnd.find()) {
            if (t.isMasked(fromEnd.start(), fromEnd.end() - fromEnd.start())) continue;
            named.add(measureCount - parseNumeral(fromEnd.group(1)) + 1);
            t.mask(fromEnd);
        }
        collectByForm(t, named);
        collectComparisons(t, named);
        collectSides(t, named);
        collectOrdinals(t, named);
        collectBareRanges(t, named);
        for (Pattern p : List.of(NUMBER_SIGN, NUMBER_SUFFIX, MEASURE_PREFIX)) {
            Matcher n = p.matcher(text);
            while (n.find()) {
                if (t.isMasked(n.start(), n.end() - n.start())) continue;
                named.add(Integer.parseInt(n.group(1)));
                t.mask(n);
            }
        }
        Matcher first = FIRST_N.matcher(text);
        if (first.find() && !t.isMasked(first.start(), 1)
                && parseNumeral(first.group(1) != null ? first.group(1) : first.group(3)) >= 2) { // 前一项 is a step back
            int howMany = parseNumeral(first.group(1) != null ? first.group(1) : first.group(3));
            for (int n = 1; n <= Math.min(howMany, measureCount); n++) named.add(n);
            t.mask(first);
        }
        Matcher leading = LEADING_N.matcher(text);
        if (leading.find() && !t.isMasked(leading.start(), leading.end() - leading.start())) {
            for (int n = 1; n <= Math.min(parseNumeral(leading.group(1)), measureCount); n++) named.add(n);
            t.mask(leading);
        }
        Matcher last = LAST_N.matcher(text);
        if (last.find() && !t.isMasked(last.start(), last.end() - last.start())) {
            String n = last.group(1) != null ? last.group(1) : last.group(3);
            int howMany = n == null ? 1 : parseNumeral(n);
            for (int i = Math.max(1, measureCount - howMany + 1); i <= measureCount; i++) named.add(i);
            t.mask(last);
        }
        int step = unmasked(t, NEXT) ? 1 : unmasked(t, PREVIOUS) ? -1 : 0;
        List<Integer> measures = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (int n : named) {
            List<Integer> into = n >= 1 && n <= measureCount ? measures : unknown;
            if (!into.contains(n)) into.add(n);
        }
        measures.removeAll(leftOut);
        return new Reading(new Numbers(measures, unknown, step, leftOut), practiceItem);
    }

    /** Whether the pattern occurs outside what other readings took ("第9项及以后的条目" is a range, not a step). */
    private static boolean unmasked(MaskedText t, Pattern p) {
        Matcher m = p.matcher(t.text());
        while (m.find()) {
            if (!t.isMasked(m.start(), 1)) return true;
        }
        return false;
    }

    private void collectOrdinals(MaskedText t, List<Integer> out) {
        String text = t.text();
        Matcher m = ORDINAL_LIST.matcher(text);
        while (m.find()) {
            if (t.isMasked(m.start(), 1)) continue;
            int end = m.end();
            boolean hasUnit = m.group(2) != null || m.group(3).matches(".*" + UNIT + ".*");
            boolean atBoundary = end >= text.length() || BOUNDARY.indexOf(text.charAt(end)) >= 0;
            if (!hasUnit && !atBoundary) continue; // 第三季度 is a quarter, not a measure
            // "排第一的", "出口额第一的那种产品": a rank, not a measure's number
            if (!hasUnit && (RANKED_BEFORE.matcher(text.substring(0, m.start())).find() || RANKED_THING_AFTER.matcher(text.substring(end)).find())) continue;
            List<Integer> found = new ArrayList<>();
            found.add(parseNumeral(m.group(1)));
            Matcher tail = ORDINAL_TAIL.matcher(m.group(3));
            while (tail.find()) found.add(parseNumeral(tail.group(1)));
            boolean range = m.group(3).matches(".*(到|至|-|~|—).*") && found.size() == 2;
            if (range && found.get(1) > found.get(0) && found.get(1) - found.get(0) <= 40) {
                for (int n = found.get(0); n <= found.get(1); n++) out.add(n);
            } else {
                out.addAll(found);
            }
            t.mask(m.start(), end - m.start());
        }
    }

    /** "序号25以后（不含25）", "第10条之前": every measure on one side of a number that names a measure. */
    private void collectSides(MaskedText t, List<Integer> out) {
        String text = t.text();
        boolean inclusive = INCLUSIVE.matcher(text).find();
        for (Pattern p : List.of(AFTER, BEFORE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                boolean marked = m.group(1) != null || m.group(3) != null;
                if (!marked || t.isMasked(m.start(), m.end() - m.start())) continue;
                if (ONE_MEASURE.matcher(text.substring(m.end())).find()) continue; // "第9项之后那一项": a step
                int n = parseNumeral(m.group(2));
                if (n < 1 || n > measureCount) continue;
                boolean with = inclusive || m.group(4) != null; // "及以后": the number itself too
                boolean from = m.group(5).equals("开始") || m.group(5).equals("起") || with;
                if (p == AFTER) for (int i = from ? n : n + 1; i <= measureCount; i++) out.add(i);
                else for (int i = 1; i <= (with ? n : n - 1); i++) out.add(i);
                t.mask(m);
            }
        }
    }

    /**
     * Measures picked by the form of their number: even or odd ("编号是双数的"), a last digit ("序号末位是5"), a range to
     * the end ("自第21条起数到最后") or from the start ("从头数到第八条").
     */
    private void collectByForm(MaskedText t, List<Integer> out) {
        Matcher parity = PARITY.matcher(t.text());
        if (parity.find() && !t.isMasked(parity.start(), parity.end() - parity.start())) {
            String kind = parity.group(1) != null ? parity.group(1) : parity.group(2) != null ? parity.group(2)
                    : parity.group(3) != null ? parity.group(3) : parity.group(4);
            int first = kind.equals("双数") || kind.equals("偶数") ? 2 : 1;
            for (int i = first; i <= measureCount; i += 2) out.add(i);
            t.mask(parity);
        }
        Matcher digit = LAST_DIGIT.matcher(t.text());
        if (digit.find() && !t.isMasked(digit.start(), digit.end() - digit.start())) {
            int d = digit.group(1).equals("零") ? 0 : parseNumeral(digit.group(1));
            for (int i = 1; i <= measureCount; i++) if (i % 10 == d) out.add(i);
            t.mask(digit);
        }
        Matcher end = TO_THE_END.matcher(t.text());
        while (end.find()) {
            boolean marked = end.group(1) != null || end.group(2) != null || end.group(4) != null;
            int n = parseNumeral(end.group(3));
            if (!marked || n < 1 || n > measureCount || t.isMasked(end.start(), end.end() - end.start())) continue;
            for (int i = n; i <= measureCount; i++) out.add(i);
            t.mask(end);
        }
        Matcher start = FROM_THE_START.matcher(t.text());
        while (start.find()) {
            int n = parseNumeral(start.group(1));
            if (n < 1 || n > measureCount || t.isMasked(start.start(), start.end() - start.start())) continue;
            for (int i = 1; i <= n; i++) out.add(i);
            t.mask(start);
        }
    }

    /** "序号大于20" (21 on), "序号不超过10" (1 to 10), "序号20以上" (20 on): a comparison with a measure number. */
    private void collectComparisons(MaskedText t, List<Integer> out) {
        Matcher m = COMPARED.matcher(t.text());
        while (m.find()) {
            String sign = m.group(1);
            String side = m.group(3);
            if (sign == null && side == null || t.isMasked(m.start(), m.end() - m.start())) continue;
            int n = parseNumeral(m.group(2));
            if (n < 1 || n > measureCount) continue;
            boolean above = sign != null ? sign.matches("大于|超过|高于|不小于|不低于|不少于") : side.matches("以上|之上");
            boolean inclusive = sign == null || sign.startsWith("不");
            if (above) for (int i = inclusive ? n : n + 1; i <= measureCount; i++) out.add(i);
            else for (int i = 1; i <= (inclusive ? n : n - 1); i++) out.add(i);
            t.mask(m);
        }
    }

    private void collectBareRanges(MaskedText t, List<Integer> out) {
        Matcher m = BARE_RANGE.matcher(t.text());
        while (m.find()) {
            if (t.isMasked(m.start(), m.end() - m.start())) continue;
            boolean marked = m.group(1) != null || m.group(5) != null;
            int from = parseNumeral(m.group(2));
            int to = parseNumeral(m.group(4));
            if (!marked || to <= from || to - from > 40) continue; // "2021—2023年" is years
            for (int n = from; n <= to; n++) out.add(n);
            t.mask(m);
        }
    }

    static int parseNumeral(String s) {
        if (s.chars().allMatch(Character::isDigit)) return Integer.parseInt(s);
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '两') {
                current = 2;
            } else {
                current = digits.indexOf(c);
            }
        }
        return total + current;
    }
}
