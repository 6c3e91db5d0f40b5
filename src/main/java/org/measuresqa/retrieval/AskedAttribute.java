package org.measuresqa.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.measuresqa.index.LexicalTokens;

/**
 * The attribute a quantity question asks for ("港航信易贷的<b>贷款利率</b>是多少", "要交多少<b>费用</b>"). When none of its
 * words occurs in the measure the question is about, the document does not give that figure: the question is
 * declined on evidence instead of being answered with some other figure of the same measure.
 */
final class AskedAttribute {

    private static final Pattern ANCHOR = Pattern.compile("多少|多大|多久|多长|多高|多快|几[个位天年次家人项条]?|(?:哪些|哪个|哪几个)(国家|地区|部门|企业|公司|银行|城市)");
    private static final String STOPS = "的，,。？?！!、；;：:（）() ";
    private static final int SPAN = 6;
    private static final List<String> HEDGES = List.of("大概", "大约", "现在", "目前", "已经", "一共", "总共", "平均每", "到底", "究竟");

    private AskedAttribute() {
    }

    /**
     * @param question      the question, folded ({@link LexicalTokens#fold})
     * @param measureText   the measure's full text, folded
     * @return the attribute when the question asks for one the measure never mentions; null otherwise
     */
    static String unsupported(String question, String measureText) {
        Matcher m = ANCHOR.matcher(question);
        while (m.find()) {
            String before = withoutFillers(spanBefore(question, m.start()));
            String named = m.group(1) != null ? m.group(1) : "";
            String after = withoutFillers(named + spanAfter(question, m.end()));
            List<String> terms = new ArrayList<>();
            for (String part : List.of(before, after)) {
                for (String t : LexicalTokens.distinctTokens(part)) {
                    if (t.length() == 2 && !Lexicon.FILLERS.contains(t)) terms.add(t);
                }
            }
            String chars = (before + after).codePoints().filter(LexicalTokensAccess::isHan).distinct()
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (terms.size() < 2 || chars.length() < 3) continue;
            if (terms.stream().anyMatch(measureText::contains)) continue;
            long present = chars.codePoints().filter(cp -> measureText.indexOf(cp) >= 0).count();
            if (present * 2 >= chars.length() && (named.isEmpty() || mentions(measureText, named))) continue;
            if (anotherClauseIsAnswered(question, m.start(), measureText)) continue;
            return (before + " " + after).trim();
        }
        return null;
    }

    private static String spanBefore(String q, int end) {
        int start = end;
        while (start > 0 && end - start < SPAN && STOPS.indexOf(q.charAt(start - 1)) < 0) start--;
        return q.substring(start, end);
    }

    private static String spanAfter(String q, int start) {
        int end = start;
        while (end < q.length() && end - start < SPAN && STOPS.indexOf(q.charAt(end)) < 0) end++;
        return q.substring(start, end);
    }

    /** "排了多少二氧化碳，有没有第三方认证的标签？": another part of the question can still be answered from the measure. */
    private static boolean anotherClauseIsAnswered(String question, int anchorAt, String measureText) {
        int from = 0;
        for (String clause : question.split("[，,；;？?。！!]")) {
            int start = question.indexOf(clause, from);
            from = start + clause.length();
            if (clause.isBlank() || (anchorAt >= start && anchorAt < start + clause.length())) continue;
            long found = LexicalTokens.distinctTokens(withoutFillers(clause)).stream()
                    .filter(t -> t.length() == 2).filter(measureText::contains).count();
            if (found >= 2) return true;
        }
        return false;
    }

    /** Whether the text names the kind of thing asked for ("哪些国家" is answered by 新加坡 as well as by 国家). */
    private static boolean mentions(String text, String noun) {
        if (text.contains(noun)) return true;
        return noun.equals("国家") && COUNTRIES.stream().anyMatch(text::contains);
    }

    private static final List<String> COUNTRIES = List.of("新加坡", "马来西亚", "美国", "日本", "韩国", "德国", "英国", "法国", "泰国", "越南", "印度");

    /** Removes question words, politeness and hedges ("已经", "大概"), so that only the attribute's own words remain. */
    private static String withoutFillers(String s) {
        for (String t : HEDGES) s = s.replace(t, "");
        for (String f : Lexicon.FILLERS) {
            if (f.length() >= 2) s = s.replace(f, "");
        }
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(cp -> !Lexicon.FILLERS.contains(new String(Character.toChars(cp)))).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static final class LexicalTokensAccess {
        static boolean isHan(int cp) {
            return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
        }
    }
}
