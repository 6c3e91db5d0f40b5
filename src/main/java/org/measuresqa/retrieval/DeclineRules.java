package org.measuresqa.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.measuresqa.question.QueryAnalysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the document cannot answer, in order: each rule looks at the reading (and, after ranking, at the evidence)
 * and either passes or returns a typed {@link Decline}. The first that fires decides; a debug line names it.
 */
final class DeclineRules {

    private static final Logger log = LoggerFactory.getLogger(DeclineRules.class);
    /** A place named as the owner of measures ("北京的举措", "杭州有没有", "广州在…方面"), not as a location in a measure. */
    private static final String OWNER = "(的|有|在|市|省|区|这边|那边|方面|搞|做|推|出台|也|是否|有没有|自贸)";

    /** One rule: a name for the log, and a check. */
    record Rule<T>(String name, Function<T, Optional<Decline>> check) {
    }

    /**
     * What the rules before ranking see: the reading and the measures the question names or filters to.
     *
     * @param namedRun the longest run of one measure's name the question holds ("碳足迹标识认证"), when it names a place
     *                 outside the document; else 0
     */
    record Reading(QueryAnalysis q, Plan plan, int measureCount, int namedRun) {
    }

    /** A run of a measure's name this long names that measure: a place set beside it is a wrong premise to correct. */
    private static final int NAMES_A_MEASURE = 6;
    /** After a place: it did the measure named next ("牵头搞的", "推出的", "首创的"). */
    private static final String ATTRIBUTED_TO = "[^，,。?？类似]{0,4}?(牵头|主导|搞|推行|推|做|推出|出台|实行|实施|建立|打造|创建|首创|发起)[了出起]?的";

    /** What the rules after ranking see. */
    record Evidence(QueryAnalysis asked, QueryAnalysis q, Plan plan, Ranking ranking, MeasureData data) {
    }

    private final List<Rule<Reading>> before = List.of(
            new Rule<>("opinion", r -> r.q().intent().opinion() ? Optional.of(new Decline.Opinion()) : Optional.empty()),
            new Rule<>("other place", DeclineRules::otherPlace),
            new Rule<>("no such measure", DeclineRules::noSuchMeasure),
            new Rule<>("no measure meets the conditions", r -> r.plan().filterSet() != null && r.plan().filterSet().isEmpty()
                    ? Optional.of(new Decline.NoMatch(r.plan().hardFilters().describe())) : Optional.empty()),
            new Rule<>("nothing to search for", r -> r.plan().nothingToSearch() && !r.plan().strayOnly()
                    ? Optional.of(new Decline.NoTopic()) : Optional.empty()));

    private final List<Rule<Evidence>> after = List.of(
            new Rule<>("national policy outside the document", DeclineRules::nationalPolicy),
            new Rule<>("weak evidence", e -> e.ranking().weak() ? Optional.of(new Decline.NotCovered()) : Optional.empty()),
            new Rule<>("figure not given", DeclineRules::notGiven),
            new Rule<>("attribute not named", DeclineRules::unnamed),
            new Rule<>("particular one not named", DeclineRules::particularOnes),
            new Rule<>("ranking not given", DeclineRules::superlative));

    Optional<Decline> beforeRanking(Reading r) {
        return first(before, r);
    }

    Optional<Decline> afterRanking(Evidence e) {
        return first(after, e);
    }

    private static <T> Optional<Decline> first(List<Rule<T>> rules, T input) {
        for (Rule<T> rule : rules) {
            Optional<Decline> d = rule.check().apply(input);
            if (d.isPresent()) {
                log.debug("declined by rule '{}': {}", rule.name(), d.get());
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<Decline> otherPlace(Reading r) {
        QueryAnalysis q = r.q();
        if (q.otherPlaces().isEmpty() || !q.filters().sources().isEmpty()) return Optional.empty();
        // "广州牵头搞的<a measure's name>": the measure is the document's, and who did it a premise the answer corrects
        // ("广州有没有类似的<name>" still asks about the place's own)
        String text = org.measuresqa.index.LexicalTokens.fold(q.text());
        if (r.namedRun() >= NAMES_A_MEASURE && !q.intent().asksForSet() && q.otherPlaces().stream().allMatch(place ->
                Pattern.compile(Pattern.quote(place) + ATTRIBUTED_TO).matcher(text).find())) {
            return Optional.empty();
        }
        List<String> owners = new ArrayList<>();
        for (String place : q.otherPlaces()) {
            // a foreign country is where something happens ("企业在美国被诉"); any other place owns measures of its own
            boolean foreign = org.measuresqa.question.Vocabulary.FOREIGN.contains(place);
            if (!foreign || Pattern.compile(Pattern.quote(place) + "[^，,。?？]{0,6}?" + OWNER).matcher(text).find()
                    || q.intent().asksForSet() || !q.topic().present()) {
                owners.add(place);
            }
        }
        return owners.isEmpty() ? Optional.empty() : Optional.of(new Decline.OtherPlace(owners));
    }

    private static Optional<Decline> noSuchMeasure(Reading r) {
        Plan p = r.plan();
        if (p.numbers().isEmpty() && !p.unknownNumbers().isEmpty()) {
            return Optional.of(new Decline.NoSuchMeasure(p.unknownNumbers(), r.measureCount()));
        }
        return Optional.empty();
    }

    private static final Pattern SUPERLATIVE = Pattern.compile("(哪|谁|什么)[^，,。?？]{0,12}(最[多少大小高低快慢好早晚强])|(最[多少大小高低快慢好早晚强])[^，,。?？]{0,6}(是|的是)?(哪|谁)");

    /** "…最多的是哪几条": several of the document's measures are asked for, which only closeness can rank. */
    private static final Pattern MEASURES_ASKED = Pattern.compile("^哪(几条|几项|几个举措|些)(?=举措|措施|做法|经验|改革|呢|吗|[？?，,。！!]|$)");

    /** The text ranks something itself ("第一大跨境结算货币", "出口金额最大的单一产品", "居首"): a ranking is given. */
    private static final Pattern RANKS = Pattern.compile("最[多少大小高低快慢好早晚强]|第一大|排名第一|位居第一|居首|首位|榜首");

    private static final Pattern PLACE_ASKED = Pattern.compile("^(哪个地方|哪个城市|哪座城市|哪个市|哪里|哪儿|哪边)");

    /** "哪家事务所接的单子最多": which one is the most, when the measure ranks nothing that way. */
    private static Optional<Decline> superlative(Evidence e) {
        if (e.plan().setQuestion() || e.ranking().hits().isEmpty()) return Optional.empty();
        String text = org.measuresqa.index.LexicalTokens.fold(e.asked().text());
        var m = SUPERLATIVE.matcher(text);
        if (!m.find()) return Optional.empty();
        String word = m.group(2) != null ? m.group(2) : m.group(3);
        // "哪座城市最先推的": the place is asked, and the document's city for the measure answers it
        if (m.group(2) != null && PLACE_ASKED.matcher(m.group()).find() && e.asked().ask().asks(org.measuresqa.question.Focus.SOURCE)) {
            return Optional.empty();
        }
        if (m.group(3) != null && MEASURES_ASKED.matcher(text.substring(m.start() + m.group().lastIndexOf('哪'))).find()) {
            return Optional.empty();
        }
        int top = e.ranking().hits().get(0).measure().number();
        String measureText = e.data().foldedText.get(top);
        if (measureText.contains(word) || RANKS.matcher(measureText).find()) return Optional.empty();
        return Optional.of(new Decline.NotGiven(word, top));
    }

    /** "购置税怎么算": a nation-wide policy the document never names, whatever else the question shares with it. */
    private static Optional<Decline> nationalPolicy(Evidence e) {
        String text = org.measuresqa.index.LexicalTokens.fold(e.asked().text());
        return org.measuresqa.question.Vocabulary.NATIONAL_POLICIES.stream()
                .filter(text::contains).filter(p -> !e.data().documentSays(p)).findFirst()
                .map(p -> (Decline) new Decline.NotCovered());
    }

    private static Optional<Decline> unnamed(Evidence e) {
        if (e.plan().setQuestion() || e.ranking().hits().isEmpty()) return Optional.empty();
        int top = e.ranking().hits().get(0).measure().number();
        String word = NotGivenCheck.unnamed(e.asked().ask().clauses(), e.data().measure(top));
        return word == null ? Optional.empty() : Optional.of(new Decline.NotGiven(word, top));
    }

    /**
     * "哪家公司建的", "具体是哪几家": the measure names none of that kind. Declined when every other thing the question
     * asks is a figure the measure does not give either.
     */
    private static Optional<Decline> particularOnes(Evidence e) {
        if (e.plan().setQuestion() || e.ranking().hits().isEmpty()) return Optional.empty();
        var m = e.data().measure(e.ranking().hits().get(0).measure().number());
        String text = e.data().foldedText.get(m.number());
        String missing = null;
        List<String> others = new ArrayList<>();
        String previous = null;
        for (String clause : e.asked().ask().clauses()) {
            String kind = NamedOnes.askedKind(clause);
            if (kind == null) kind = NamedOnes.namesAskedAfter(clause, previous);
            previous = clause;
            if (kind == null) {
                if (NotGivenCheck.asks(clause)) others.add(clause);
            }
            else if (NamedOnes.named(kind, text)) return Optional.empty();
            else if (missing == null) missing = "具体是哪些" + kind;
        }
        if (missing == null || !NotGivenCheck.noneGiven(others, m)) return Optional.empty();
        return Optional.of(new Decline.NotGiven(missing, m.number()));
    }

    private static Optional<Decline> notGiven(Evidence e) {
        if (e.plan().setQuestion() || e.ranking().hits().isEmpty()) return Optional.empty();
        var ask = !e.asked().ask().quantities().isEmpty() ? e.asked().ask() : e.q().ask();
        // a field or part asked is answered by the field, unless it is only the figure's own clause speaking
        // ("要几天才出结果" asks a duration, not the measure's results)
        boolean onlyFigures = ask.clauses().stream().filter(NotGivenCheck::asks)
                .allMatch(c -> org.measuresqa.question.Quantity.in(c) != null);
        if (!ask.focuses().isEmpty() && !onlyFigures) return Optional.empty();
        int top = e.ranking().hits().get(0).measure().number();
        String missing = NotGivenCheck.unanswered(ask.quantities(), ask.clauses(), e.data().measure(top));
        return missing == null ? Optional.empty() : Optional.of(new Decline.NotGiven(missing, top));
    }
}
