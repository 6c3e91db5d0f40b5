package org.measuresqa.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.LexicalTokens;

/**
 * Reads the structure of a question: which sources, categories, scopes and measure numbers it names, whether it
 * counts, which part of a measure it asks about, and what is left to search for. Deterministic and exact: a filter
 * the question names narrows retrieval to exactly that set.
 */
public final class QueryAnalyzer {

    private static final String NUMERAL = "[0-9]{1,3}|[一二三四五六七八九十两]{1,4}";
    private static final String UNIT = "(?:项|条|个|号)";
    private static final Pattern ORDINAL_LIST = Pattern.compile(
            "第\\s*(" + NUMERAL + ")\\s*(" + UNIT + ")?((?:\\s*(?:[、，,和与及跟]|还有|以及|到|至|-|~)\\s*第?\\s*(?:" + NUMERAL + ")\\s*" + UNIT + "?)*)");
    private static final Pattern ORDINAL_TAIL = Pattern.compile("(" + NUMERAL + ")");
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?:#|no\\.?\\s*|编号\\s*)([0-9]{1,3})");
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("(?<![0-9])([0-9]{1,3})\\s*号(?:举措|措施)?");
    private static final Pattern MEASURE_PREFIX = Pattern.compile("(?:举措|措施)\\s*([0-9]{1,3})(?![0-9])");
    private static final Pattern NEXT = Pattern.compile("(之后|以后|后面|后边|下一|下个|接下来)(的)?(那)?(一)?(项|条|个)");
    private static final Pattern PREVIOUS = Pattern.compile("(之前|前面|前边|上一|上个|前一)(的)?(那)?(一)?(项|条|个)");
    private static final Pattern COUNT = Pattern.compile(
            "(几|多少)\\s*(项|条|个)?\\s*(举措|措施|经验|做法|改革)|(几|多少)\\s*(项|条)(?![\\p{IsHan}&&[^是呢吗啊来属在涉和与为有]])|(数量|总数)");
    private static final List<String> RESULT_WORDS = List.of(
            "实施效果", "效果", "成效", "成果", "成绩", "取得了", "结果", "带来了", "影响", "收益", "好处", "作用", "实效", "怎么样了", "有变化", "什么变化");
    private static final List<String> PRACTICE_WORDS = List.of(
            "怎么做", "如何做", "怎么搞", "怎么弄", "怎么实施", "如何实施", "怎么开展", "如何开展", "具体做法", "创新做法",
            "做法", "具体措施", "具体内容", "怎么操作", "如何操作", "机制是", "怎么运作", "怎么回事");
    private static final List<String> SCOPE_WORDS = List.of("推广范围", "适用范围", "推广到哪", "在哪里推广", "哪些地方推广", "推广");
    private static final List<String> ANAPHORA = List.of(
            "这些", "那些", "其中", "这几", "那几", "上面", "刚才", "刚刚", "它们", "它", "该举措", "这项", "那项", "这个",
            "那个", "这条", "那条", "此项", "里面", "以上", "前面说的", "你说的");
    private static final List<String> SINGULAR_ANAPHORA = List.of(
            "它", "这个", "那个", "该举措", "这项", "那项", "这条", "那条", "此项", "该项");
    /** "没有推广到全国", "不是面向全国推广的", "非全国": a negation shortly before 全国. */
    private static final Pattern NOT_NATIONAL = Pattern.compile("(没有|没|未|不是|不|并非|非)[^，。？?,]{0,5}全国");
    /** "32项里", "这32条中": the whole document named by its size, not a measure number. */
    private static final Pattern WHOLE_SET = Pattern.compile("(这)?([0-9]{1,3}|[一二三四五六七八九十]{1,4})\\s*(项|条|个)(举措|措施|经验)?(里|中|之中|当中|里面|里头)");
    private static final List<String> ALL_WORDS = List.of("所有", "全部", "一共", "总共", "共有", "全都", "一览", "清单", "都有哪些", "有哪些举措");
    private static final Pattern FIRST_N = Pattern.compile("前\\s*(" + NUMERAL + ")\\s*(项|条|个)");
    private static final Pattern LAST_ONE = Pattern.compile("最后\\s*(一|1)?\\s*(项|条|个)");
    private static final List<String> OPINION = List.of(
            "你觉得", "你认为", "你怎么看", "你个人", "你的看法", "你喜欢", "你最喜欢", "你推荐", "你的观点", "你的意见");

    private final int measureCount;
    private final String corpusText;

    /** @param measures the document's measures: numbers beyond them are unknown, and named places are checked against their text */
    public QueryAnalyzer(List<Measure> measures) {
        this.measureCount = measures.size();
        StringBuilder text = new StringBuilder();
        for (Measure m : measures) text.append(m.fullText()).append('\n');
        this.corpusText = LexicalTokens.fold(text.toString());
    }

    public QueryAnalysis analyze(String question) {
        String folded = LexicalTokens.fold(question).trim();
        String glossed = gloss(folded);
        boolean[] masked = new boolean[glossed.length()];

        Set<String> sources = new LinkedHashSet<>(match(glossed, Lexicon.SOURCES, masked));
        Set<String> categories = new LinkedHashSet<>(match(glossed, Lexicon.CATEGORIES, masked));
        Set<String> scopes = new LinkedHashSet<>(match(glossed, Lexicon.SCOPES, masked));
        Matcher notNational = NOT_NATIONAL.matcher(glossed);
        if (notNational.find()) {
            mask(masked, notNational.start(), notNational.end() - notNational.start());
            if (scopes.isEmpty()) { // "只在具备条件的地区推广，不是全国推广" names the scope it means
                scopes.add(Lexicon.SCOPE_QUALIFIED);
                scopes.add(Lexicon.SCOPE_YANGTZE_DELTA);
            }
        } else {
            for (String phrase : Lexicon.NATIONAL_SCOPE_PHRASES) {
                int at = glossed.indexOf(phrase);
                if (at >= 0 && !isMasked(masked, at, phrase.length())) {
                    scopes.add(Lexicon.SCOPE_NATIONAL);
                    mask(masked, at, phrase.length());
                }
            }
        }

        Matcher whole = WHOLE_SET.matcher(glossed);
        while (whole.find()) {
            if (parseNumeral(whole.group(2)) == measureCount) mask(masked, whole.start(), whole.end() - whole.start());
        }
        List<Integer> named = new ArrayList<>();
        int relative = 0;
        collectNumbers(glossed, named, masked);
        Matcher first = FIRST_N.matcher(glossed);
        if (first.find() && parseNumeral(first.group(1)) >= 2) { // 前一项 is the previous one, not the first one
            for (int n = 1; n <= Math.min(parseNumeral(first.group(1)), measureCount); n++) named.add(n);
            mask(masked, first.start(), first.end() - first.start());
        }
        Matcher last = LAST_ONE.matcher(glossed);
        if (last.find()) {
            named.add(measureCount);
            mask(masked, last.start(), last.end() - last.start());
        }
        if (NEXT.matcher(glossed).find()) relative = 1;
        else if (PREVIOUS.matcher(glossed).find()) relative = -1;
        List<Integer> numbers = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (int n : named) {
            if (n >= 1 && n <= measureCount) {
                if (!numbers.contains(n)) numbers.add(n);
            } else if (!unknown.contains(n)) {
                unknown.add(n);
            }
        }

        boolean count = COUNT.matcher(glossed).find();
        Focus focus = focusOf(glossed);
        boolean anaphora = ANAPHORA.stream().anyMatch(glossed::contains);
        boolean opinion = OPINION.stream().anyMatch(glossed::contains);
        boolean singular = SINGULAR_ANAPHORA.stream().anyMatch(glossed::contains);
        boolean wantsAll = ALL_WORDS.stream().anyMatch(glossed::contains);
        List<String> otherPlaces = Lexicon.OTHER_PLACES.stream()
                .filter(glossed::contains).filter(p -> !corpusText.contains(p)).toList();
        for (String place : otherPlaces) maskAll(glossed, place, masked);

        for (String filler : Lexicon.FILLERS) {
            if (filler.length() >= 2) maskAll(glossed, filler, masked);
        }
        for (String word : RESULT_WORDS) maskAll(glossed, word, masked);
        for (String word : PRACTICE_WORDS) maskAll(glossed, word, masked);
        for (String word : SCOPE_WORDS) maskAll(glossed, word, masked);
        List<String> lexicalTerms = termsOutside(glossed, masked);

        String rest = restAfterSingleFillers(glossed, masked);
        boolean hasTopic = rest.codePoints().filter(cp -> Character.isLetterOrDigit(cp)).count() >= 2;

        return new QueryAnalysis(question, Set.copyOf(sources), Set.copyOf(categories), Set.copyOf(scopes),
                List.copyOf(numbers), List.copyOf(unknown), relative, count, focus, lexicalTerms, glossed, hasTopic,
                anaphora, otherPlaces, opinion, wantsAll, singular);
    }

    /** Appends the Chinese for English words the user mixed in ("LNG bunkering" → "… 加注"). */
    static String gloss(String folded) {
        StringBuilder extra = new StringBuilder();
        String padded = " " + folded.replaceAll("[^a-z0-9\\-]+", " ") + " ";
        for (Map.Entry<String, String> e : Lexicon.ENGLISH.entrySet()) {
            if (padded.contains(" " + e.getKey() + " ")) {
                padded = padded.replace(" " + e.getKey() + " ", "  ");
                extra.append(' ').append(e.getValue());
            }
        }
        return extra.length() == 0 ? folded : folded + " " + extra.toString().trim();
    }

    private static List<String> match(String text, Map<String, String> aliases, boolean[] masked) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            int from = 0;
            int at;
            while ((at = text.indexOf(e.getKey(), from)) >= 0) {
                from = at + e.getKey().length();
                if (isMasked(masked, at, e.getKey().length())) continue;
                if (isLatin(e.getKey()) && !wordBoundary(text, at, e.getKey().length())) continue;
                mask(masked, at, e.getKey().length());
                if (!found.contains(e.getValue())) found.add(e.getValue());
            }
        }
        return found;
    }

    private void collectNumbers(String text, List<Integer> out, boolean[] masked) {
        Matcher m = ORDINAL_LIST.matcher(text);
        while (m.find()) {
            int end = m.end();
            boolean hasUnit = m.group(2) != null || m.group(3).matches(".*" + UNIT + ".*");
            boolean atBoundary = end >= text.length() || "？?，,。！!和与及、是讲说的呢吗啊里中到至 ".indexOf(text.charAt(end)) >= 0;
            if (!hasUnit && !atBoundary) continue; // 第三季度 is a quarter, not a measure
            List<Integer> found = new ArrayList<>();
            found.add(parseNumeral(m.group(1)));
            Matcher tail = ORDINAL_TAIL.matcher(m.group(3));
            while (tail.find()) found.add(parseNumeral(tail.group(1)));
            boolean range = m.group(3).matches(".*(到|至|-|~).*") && found.size() == 2;
            if (range && found.get(1) - found.get(0) <= 40 && found.get(1) > found.get(0)) {
                for (int n = found.get(0); n <= found.get(1); n++) out.add(n);
            } else {
                out.addAll(found);
            }
            mask(masked, m.start(), end - m.start());
        }
        for (Pattern p : List.of(NUMBER_SIGN, NUMBER_SUFFIX, MEASURE_PREFIX)) {
            Matcher n = p.matcher(text);
            while (n.find()) {
                if (isMasked(masked, n.start(), n.end() - n.start())) continue;
                out.add(Integer.parseInt(n.group(1)));
                mask(masked, n.start(), n.end() - n.start());
            }
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

    private static Focus focusOf(String text) {
        if (SCOPE_WORDS.subList(0, SCOPE_WORDS.size() - 1).stream().anyMatch(text::contains)
                || text.matches(".*推广.*(哪|范围|什么地方).*")) {
            return Focus.SCOPE;
        }
        if (RESULT_WORDS.stream().anyMatch(text::contains)) return Focus.RESULTS;
        if (PRACTICE_WORDS.stream().anyMatch(text::contains)) return Focus.PRACTICE;
        return Focus.GENERAL;
    }

    private static List<String> termsOutside(String text, boolean[] masked) {
        StringBuilder visible = new StringBuilder();
        for (int i = 0; i < text.length(); i++) visible.append(masked[i] ? ' ' : text.charAt(i));
        return LexicalTokens.distinctTokens(visible.toString());
    }

    private static String restAfterSingleFillers(String text, boolean[] masked) {
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (masked[i]) continue;
            String c = String.valueOf(text.charAt(i));
            if (Lexicon.FILLERS.contains(c)) continue;
            rest.append(c);
        }
        return rest.toString();
    }

    private static void maskAll(String text, String word, boolean[] masked) {
        int from = 0;
        int at;
        while ((at = text.indexOf(word, from)) >= 0) {
            mask(masked, at, word.length());
            from = at + word.length();
        }
    }

    private static void mask(boolean[] masked, int at, int length) {
        for (int i = at; i < at + length && i < masked.length; i++) masked[i] = true;
    }

    private static boolean isMasked(boolean[] masked, int at, int length) {
        for (int i = at; i < at + length; i++) if (masked[i]) return true;
        return false;
    }

    private static boolean isLatin(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    private static boolean wordBoundary(String text, int at, int length) {
        boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) > 127;
        int end = at + length;
        boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) > 127;
        return before && after;
    }
}
