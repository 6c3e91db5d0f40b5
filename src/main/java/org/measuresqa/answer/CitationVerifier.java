package org.measuresqa.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.measuresqa.corpus.Measure;
import org.measuresqa.corpus.TextNormalizer;
import org.measuresqa.index.LexicalTokens;

/**
 * Checks every [n] of an answer against the evidence. A citation stands only when n was retrieved for this question
 * and the figures and place names of the sentence it ends occur in measure n's text (a sentence with none of those
 * must share words with it). Citations that fail are removed from the text and listed; a sentence that talks of a
 * measure the document does not have is dropped. A sentence left with no valid citation is dropped too when it
 * states a figure or place no cited measure has, or cites only measures that were not retrieved: what users read is
 * the document's, or it is not shown.
 */
public final class CitationVerifier {

    private static final Pattern MARKER = Pattern.compile("[\\[【]\\s*(?:第\\s*)?(\\d{1,3}(?:\\s*[,，、]\\s*\\d{1,3})*)\\s*(?:项)?\\s*[\\]】]");
    private static final Pattern SINGLE = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern MEASURE_REFERENCE = Pattern.compile("第\\s*(\\d{1,3})\\s*[项条]");
    /** "文件共有40项举措": a count of the document's measures. */
    private static final Pattern MEASURE_COUNT = Pattern.compile("(?:共有|一共|总共|共计|共)\\s*(\\d{1,3})\\s*[项条](?:举措|措施|创新举措)");
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?");
    private static final List<String> PLACES = List.of(
            "厦门", "深圳", "浦东", "上海", "香港", "澳门", "新加坡", "马来西亚", "福建", "广西", "长三角", "大湾区", "罗湖",
            "张江", "北京", "广州", "杭州", "天津", "重庆", "成都", "武汉", "南京", "苏州", "海南", "台湾", "美国", "日本", "欧洲");

    private final Map<Integer, Measure> measures = new LinkedHashMap<>();
    private final Map<Integer, String> looseText = new LinkedHashMap<>();

    public CitationVerifier(List<Measure> allMeasures) {
        for (Measure m : allMeasures) {
            measures.put(m.number(), m);
            looseText.put(m.number(), TextNormalizer.loose(m.fullText() + "\n" + m.category()));
        }
    }

    /** The verified answer text, its citations, and what was removed. */
    public record Result(String text, List<Citation> citations, List<Unverified> unverified) {
    }

    /** @param retrieved the measures retrieval returned: the only ones an answer may cite */
    public Result verify(String answer, Set<Integer> retrieved) {
        String normalized = normalizeMarkers(answer);
        StringBuilder out = new StringBuilder();
        List<Unverified> unverified = new ArrayList<>();
        Map<Integer, String> firstSentence = new LinkedHashMap<>();
        for (String sentence : Sentences.split(normalized)) {
            Integer phantom = phantomMeasure(sentence);
            if (phantom != null) {
                unverified.add(new Unverified(phantom, sentence.strip(), "文件中没有第" + phantom + "项，这句话已删除"));
                continue;
            }
            List<Integer> cited = cited(sentence);
            if (cited.isEmpty()) {
                out.append(sentence);
                continue;
            }
            String claim = SINGLE.matcher(sentence).replaceAll("");
            Map<Integer, String> failures = new LinkedHashMap<>();
            for (int n : cited) {
                if (!retrieved.contains(n) || !measures.containsKey(n)) {
                    failures.put(n, measures.containsKey(n) ? "第" + n + "项不在本次检索到的举措中" : "文件中没有第" + n + "项");
                }
            }
            List<Integer> candidates = cited.stream().filter(n -> !failures.containsKey(n)).toList();
            List<String> claims = claims(claim);
            for (String c : claims) {
                if (candidates.stream().noneMatch(n -> contains(n, c))) {
                    for (int n : candidates) failures.putIfAbsent(n, "“" + c + "”不在第" + n + "项的原文中");
                }
            }
            for (int n : candidates) {
                if (failures.containsKey(n)) continue;
                boolean supportsSomething = claims.isEmpty() ? sharesWords(n, claim) : claims.stream().anyMatch(c -> contains(n, c));
                if (!supportsSomething) failures.put(n, "第" + n + "项的原文不支持这句话");
            }
            String kept = sentence;
            for (Map.Entry<Integer, String> f : failures.entrySet()) {
                kept = kept.replace("[" + f.getKey() + "]", "");
                unverified.add(new Unverified(f.getKey(), claim.strip(), f.getValue()));
            }
            for (int n : cited) if (!failures.containsKey(n)) firstSentence.putIfAbsent(n, claim);
            boolean noneLeft = failures.size() == cited.size();
            boolean unfounded = !claims.isEmpty() || candidates.isEmpty();
            if (noneLeft && unfounded) {
                if (sentence.endsWith("\n")) out.append('\n');
                continue;
            }
            out.append(kept);
        }
        List<Citation> citations = new ArrayList<>();
        for (Map.Entry<Integer, String> e : firstSentence.entrySet()) {
            Measure m = measures.get(e.getKey());
            citations.add(new Citation(m.number(), m.name(), m.source(), bestQuote(m, e.getValue())));
        }
        return new Result(out.toString().strip(), citations, unverified);
    }

    /** [17, 18], 【17】 and [第17项] all become [17][18] / [17]. */
    static String normalizeMarkers(String text) {
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder markers = new StringBuilder();
            for (String n : m.group(1).split("\\s*[,，、]\\s*")) markers.append('[').append(Integer.parseInt(n.strip())).append(']');
            m.appendReplacement(out, Matcher.quoteReplacement(markers.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Integer> cited(String sentence) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher m = SINGLE.matcher(sentence);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return List.copyOf(out);
    }

    private Integer phantomMeasure(String sentence) {
        if (sentence.contains("没有第") || sentence.contains("不存在")) return null; // saying there is no such measure is right
        String text = SINGLE.matcher(sentence).replaceAll("");
        Matcher m = MEASURE_REFERENCE.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (!measures.containsKey(n)) return n;
        }
        Matcher count = MEASURE_COUNT.matcher(text);
        while (count.find()) {
            int n = Integer.parseInt(count.group(1));
            if (n > measures.size()) return n;
        }
        return null;
    }

    /** Figures (93, 23.64, 2024) and place names: what must be found in a cited measure. */
    static List<String> claims(String sentence) {
        String text = MEASURE_REFERENCE.matcher(sentence).replaceAll("");
        List<String> out = new ArrayList<>();
        Matcher f = FIGURE.matcher(TextNormalizer.loose(text));
        while (f.find()) out.add(f.group());
        for (String place : PLACES) if (text.contains(place)) out.add(place);
        return out;
    }

    private boolean contains(int measure, String claim) {
        String text = looseText.get(measure);
        if (!Character.isDigit(claim.charAt(0))) return text.contains(claim);
        Matcher m = Pattern.compile("(?<![\\d.])" + Pattern.quote(claim) + "(?![\\d]|\\.\\d)").matcher(text);
        return m.find();
    }

    private boolean sharesWords(int measure, String sentence) {
        String text = LexicalTokens.fold(measures.get(measure).fullText());
        long shared = LexicalTokens.distinctTokens(sentence).stream().filter(t -> t.length() >= 2).filter(text::contains).count();
        return shared >= 2;
    }

    /** The sentence of the measure's own text that shares the most words with the answer's sentence. */
    String bestQuote(Measure m, String answerSentence) {
        List<String> wanted = LexicalTokens.distinctTokens(answerSentence);
        String best = m.name();
        long bestScore = 0;
        List<String> candidates = new ArrayList<>();
        for (String p : m.practices()) candidates.addAll(Sentences.split(p));
        candidates.addAll(Sentences.split(m.results()));
        for (String s : candidates) {
            String folded = LexicalTokens.fold(s);
            long score = wanted.stream().filter(folded::contains).count();
            if (score > bestScore) {
                bestScore = score;
                best = s.strip();
            }
        }
        return best;
    }
}
