package org.measuresqa.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.measuresqa.corpus.Categories;

/**
 * The headings a question names. A heading's own name or long form is a strong reading; an everyday word that is
 * also a topic (科技创新, 对外开放) is strong only when a word such as 方面, 类 or 属于 marks it as a heading.
 * A heading named only in the negative ("除了营商环境那一块", "不属于要素市场化改革的") means the other headings.
 */
final class CategoryReader {

    private static final int MARKER_REACH = 6;
    /** A part of a heading's name must be followed closely by its marker ("科技类", not "科技企业的那类"). */
    private static final int PART_REACH = 2;
    private static final int NEGATION_REACH = 6;
    private static final int SHORT_FORM = 3;
    private static final Pattern NOT_AFTER = Pattern.compile("^[”\"」]?\\s*(这|那)?(一)?(块|部分|方面|类|领域|板块)?的?\\s*(条目|举措|经验|做法|措施|案例)?\\s*"
            + Vocabulary.LEFT_OUT_AFTER);

    /** "第五部分", "第二大类", "第三个板块", "目录里居第二的那类": a heading by its place in the document (the headings are numbered 一 to 五). */
    private static final Pattern HEADING_BY_PLACE = Pattern.compile("第\\s*([一二三四五1-5])((?:\\s*(?:和|、|与|及|跟|以及|加)\\s*第?\\s*[一二三四五1-5])*)"
            + "\\s*(?:的)?(?:那|这)?(个|一)?(部分|大类|类|板块|大块|块|章|篇|方面)"
            // the marker first: "几个大类里排第三的"
            + "|(?:部分|大类|板块|大块|类别)(?:里|中|当中|之中)?的?(?:排|排在|位列|居)第\\s*([一二三四五1-5])(?:位)?(?:的)?(?:那|这)?(?:个|一)?"
            // the last one: "最后一个板块"
            + "|(?:最后|末尾|最末)(?:一)?(?:个)?(部分|大类|板块|大块|章|篇)");
    private static final Pattern PLACE_DIGIT = Pattern.compile("[一二三四五1-5]");

    record Reading(Set<String> categories, Confidence confidence, List<String> words) {
    }

    /** A heading named at a place in the question, and whether it is left out. */
    private record Named(int start, int end, String heading, boolean no) {
        Named leftOut() {
            return new Named(start, end, heading, true);
        }
    }

    /** Whether two headings named one after the other are joined as one phrase. */
    private static boolean joined(String text, Named left, Named right) {
        return left.end() <= right.start() && JOINED.matcher(text.substring(left.end(), right.start())).find();
    }

    /** What may stand between two headings joined as one phrase: "要素市场和科创", "民生、开放". */
    private static final Pattern JOINED = Pattern.compile("^[^，,。？?；;]{0,4}?(或者|或是|或|以及|和|及|与|跟|、|还有)[^，,。？?；;]{0,4}$");

    Reading read(MaskedText t) {
        List<Named> found = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Confidence confidence = Confidence.NONE;
        java.util.regex.Matcher placed = HEADING_BY_PLACE.matcher(t.text());
        while (placed.find()) {
            if (t.isMasked(placed.start(), placed.end() - placed.start())) continue;
            List<Integer> places = new ArrayList<>();
            if (placed.group(1) != null) {
                java.util.regex.Matcher d = PLACE_DIGIT.matcher(placed.group(1) + placed.group(2));
                while (d.find()) places.add(place(d.group()));
            } else if (placed.group(5) != null) {
                places.add(place(placed.group(5)));
            } else {
                places.add(Categories.ALL.size() - 1);
            }
            for (int at : places) {
                String heading = Categories.ALL.get(at);
                boolean no = negated(t.text(), new AliasMatcher.Match(heading, placed.group(), placed.start()));
                found.add(new Named(placed.start(), placed.end(), heading, no));
            }
            words.add(placed.group());
            t.mask(placed.start(), placed.end() - placed.start());
            confidence = Confidence.STRONG;
        }
        for (AliasMatcher.Match m : AliasMatcher.take(t, Vocabulary.CATEGORIES)) {
            found.add(new Named(m.at(), m.at() + m.alias().length(), m.value(), negated(t.text(), m)));
            words.add(m.alias());
            boolean strong = !Vocabulary.WEAK_CATEGORY_ALIASES.contains(m.alias()) || marked(t.text(), m);
            Confidence c = strong ? Confidence.STRONG : Confidence.WEAK;
            if (c.compareTo(confidence) > 0) confidence = c;
        }
        for (AliasMatcher.Match m : AliasMatcher.take(t, Vocabulary.CATEGORY_PARTS, alias -> false)) {
            // a part of the heading already named ("民生和空间治理") is part of that name; another heading needs its marker
            Set<String> named = new LinkedHashSet<>();
            found.stream().filter(n -> !n.no()).forEach(n -> named.add(n.heading()));
            boolean same = named.contains(m.value()) && named.size() == 1;
            if (!same && !marked(t.text(), m, PART_REACH)) continue;
            found.add(new Named(m.at(), m.at() + m.alias().length(), m.value(), negated(t.text(), m)));
            words.add(m.alias());
            t.mask(m.at(), m.alias().length());
            if (!same) confidence = Confidence.STRONG;
        }
        // a negation carries over headings joined to the one it stands by: "除去要素市场和科创", "开放、民生都不要"
        found.sort(java.util.Comparator.comparingInt(Named::start));
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i - 1).no() && joined(t.text(), found.get(i - 1), found.get(i))) found.set(i, found.get(i).leftOut());
        }
        for (int i = found.size() - 2; i >= 0; i--) {
            if (found.get(i + 1).no() && joined(t.text(), found.get(i), found.get(i + 1))) found.set(i, found.get(i).leftOut());
        }
        Set<String> categories = new LinkedHashSet<>();
        Set<String> negated = new LinkedHashSet<>();
        for (Named n : found) (n.no() ? negated : categories).add(n.heading());
        if (categories.isEmpty() && !negated.isEmpty()) {
            Categories.ALL.stream().filter(c -> !negated.contains(c)).forEach(categories::add);
        }
        if (confidence == Confidence.STRONG) categories.forEach(c -> maskShortForms(t, c));
        return new Reading(categories, confidence, words);
    }

    /** The index of a heading from its place, said "三" or "3". */
    private static int place(String digit) {
        int at = "一二三四五".indexOf(digit);
        return at >= 0 ? at : Integer.parseInt(digit) - 1;
    }

    /**
     * A short form of a heading named ("第二类里写科创机制的": 科创机制 for 科技创新体制机制) is that heading, not a
     * topic of its own. A short form keeps some of the name's characters in their order; three make it one, though
     * another reader took some of them ("社会治理": 社会 may be taken as a part of the name already).
     */
    private static void maskShortForms(MaskedText t, String heading) {
        String text = t.text();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            int from = 0;
            while (j < text.length() && (from = heading.indexOf(text.charAt(j), from)) >= 0) {
                from++;
                j++;
            }
            if (j - i >= SHORT_FORM) {
                t.mask(i, j - i);
                i = j;
            } else {
                i++;
            }
        }
    }

    private static boolean negated(String text, AliasMatcher.Match m) {
        String before = text.substring(Math.max(0, m.at() - NEGATION_REACH), m.at());
        return Vocabulary.NEGATED_BEFORE.matcher(before).find() || NOT_AFTER.matcher(text.substring(m.at() + m.alias().length())).find();
    }

    private static boolean marked(String text, AliasMatcher.Match m) {
        return marked(text, m, MARKER_REACH);
    }

    private static boolean marked(String text, AliasMatcher.Match m, int reach) {
        int end = m.at() + m.alias().length();
        // "民生那部分", "科创这一块": a pointer between the word and its marker
        String after = text.substring(end, Math.min(text.length(), end + reach));
        String rest = text.substring(end).replaceFirst("^(这|那)(一)?", "");
        String afterPointer = rest.substring(0, Math.min(rest.length(), reach));
        String before = text.substring(Math.max(0, m.at() - reach), m.at());
        for (String marker : Vocabulary.CATEGORY_MARKERS) {
            if (after.contains(marker) || afterPointer.contains(marker) || (marker.length() > 1 && before.contains(marker))) return true;
        }
        return false;
    }
}
