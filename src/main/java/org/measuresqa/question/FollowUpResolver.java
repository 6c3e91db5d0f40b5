package org.measuresqa.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question against the earlier user turns. A question with nothing of its own to search for ("效果呢？",
 * "那深圳的呢？", "其中来自厦门的有哪几条？") takes the earlier topic and keeps what it adds (a filter, what it asks, a
 * count); "下一项" steps from a number. A question with a topic of its own is read alone here; the retriever then
 * decides on evidence whether it still continues the earlier topic.
 */
public final class FollowUpResolver {

    /** "外加深圳报的", "连同浦东的一起": what the follow-up names is added to the earlier set, not put in its place. */
    private static final Pattern ADDED = Pattern.compile("加上|连同|连带|外加|再算上|算上|一并|一起算|算进来|算进去|加进来");

    /** Characters of topic, after question words, that are too few to name a measure alone. */
    private static final int NARROW_TOPIC = 6;

    private final QueryAnalyzer analyzer;

    public FollowUpResolver(QueryAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * @param question  what the latest question says by itself
     * @param effective what is searched for once the earlier turns are taken into account
     * @param previous  what the earlier turns asked, resolved; null without history
     * @param followUp  whether the earlier turns changed anything
     */
    public record ResolvedQuery(QueryAnalysis question, QueryAnalysis effective, QueryAnalysis previous, boolean followUp) {
    }

    /** @param history earlier user turns, oldest first */
    public ResolvedQuery resolve(List<String> history, String question) {
        QueryAnalysis context = null;
        for (String turn : history) {
            if (turn == null || turn.isBlank()) continue;
            ResolvedQuery r = merge(context, analyzer.analyze(turn));
            QueryAnalysis effective = r.effective();
            // an earlier turn with a small topic of its own ("货运那头时间省了多少") still speaks of the turn before it:
            // what follows it leans on both; the latest question's continuity is decided on evidence instead
            if (context != null && !r.followUp() && narrow(effective)) {
                effective = effective.withTopic(effective.topic().after(context.topic())).withFilters(effective.filters().over(context.filters()));
            }
            context = effective;
        }
        return merge(context, analyzer.analyze(question));
    }

    /** A topic too small to stand for a measure by itself, with nothing that would start a new subject. */
    private static boolean narrow(QueryAnalysis q) {
        return q.topic().present() && q.topic().size() <= NARROW_TOPIC && q.numbers().isEmpty() && q.filters().isEmpty()
                && q.otherPlaces().isEmpty();
    }

    static ResolvedQuery merge(QueryAnalysis previous, QueryAnalysis current) {
        List<Integer> stepped = step(current, previous);
        if (stepped != null) {
            return new ResolvedQuery(current, current.withNumbers(new Numbers(stepped, List.of(), 0)), previous,
                    previous != null && current.numbers().measures().isEmpty());
        }
        if (previous != null && current.numbers().measures().size() >= 2 && previous.numbers().measures().size() >= 2
                && current.reference().plural() && !current.topic().present()) {
            // "其中偶数号的" after "第11至第19条": the numbers in view, narrowed
            List<Integer> both = current.numbers().measures().stream().filter(previous.numbers().measures()::contains).toList();
            QueryAnalysis effective = current.withNumbers(new Numbers(both, List.of(), 0, current.numbers().excluded()))
                    .withFilters(current.filters().over(previous.filters())).withText(previous.text() + " / " + current.text());
            return new ResolvedQuery(current, effective, previous, true);
        }
        if (narrowsByNumbers(previous, current)) {
            // "编号二十之后的呢" right after a list of one city's measures: the range narrows that list
            QueryAnalysis effective = current.withFilters(current.filters().over(previous.filters()))
                    .withText(previous.text() + " / " + current.text());
            return new ResolvedQuery(current, effective, previous, true);
        }
        int item = itemOfOneInView(previous, current);
        if (item > 0) {
            // "第一条具体怎么做的" after a question about one measure: its first practice item, not measure 1
            Ask ask = current.ask().with(Focus.PRACTICE);
            ask = new Ask(ask.focuses(), ask.quantities(), item, ask.clauses());
            QueryAnalysis effective = previous.withAsk(ask).withText(previous.text() + " / " + current.text());
            return new ResolvedQuery(current, effective, previous, true);
        }
        if (previous == null || standsAlone(current)) return new ResolvedQuery(current, current, previous, false);

        Intent wants = current.intent();
        boolean leans = !current.topic().present() && current.numbers().isEmpty()
                && (current.reference().any() || !current.filters().isEmpty() || !current.ask().isGeneral()
                || wants.count().any() || wants.list().any());
        if (leans) {
            // "它能推广到全国吗": with one earlier measure in view, a scope named is what is asked, not a filter
            // "范围是长三角还是全国？", after one measure: a choice between scopes asks that measure's scope
            boolean choice = current.text().contains("还是") && !previous.intent().asksForSet();
            // after a list, "加上长三角那条" adds the measures of a scope: the scope is a condition, not what is asked
            boolean added = ADDED.matcher(current.text()).find();
            boolean scopeAsked = (current.reference().singular() || choice) && !added && !current.filters().scopes().isEmpty();
            Filters own = scopeAsked ? current.filters().withoutScopes() : current.filters();
            Ask ask = current.ask().isGeneral() ? previous.ask() : current.ask();
            if (scopeAsked) ask = ask.with(Focus.SCOPE);
            boolean pointsBack = current.reference().plural() || current.reference().singular();
            Confidence count = wants.count().strong() ? wants.count()
                    : !pointsBack && current.ask().isGeneral() ? previous.intent().count() : Confidence.NONE;
            Confidence list = wants.list().strong() ? wants.list()
                    : current.ask().isGeneral() && !current.reference().singular() ? previous.intent().list() : Confidence.NONE;
            Intent intent = new Intent(count, list, wants.premise(), false, previous.intent().wantsAll() && !pointsBack);
            Filters merged = added ? own.plus(previous.filters()) : own.over(previous.filters());
            QueryAnalysis effective = previous.withFilters(merged).withAsk(ask).withIntent(intent)
                    .withNumbers(previous.numbers().excluding(current.numbers().excluded()))
                    .withReference(Reference.NONE).withText(previous.text() + " / " + current.text());
            return new ResolvedQuery(current, effective, previous, true);
        }
        if (current.reference().elliptical() && narrow(current) && !current.intent().asksForSet()) {
            // "那<另一个数字>呢？": the earlier subject, with what this question adds to it
            QueryAnalysis effective = current.withTopic(current.topic().after(previous.topic()))
                    .withFilters(current.filters().over(previous.filters()))
                    .withText(previous.text() + " / " + current.text());
            // "第5条讲啥" … "那带动了几家公司": the measure named by number earlier is still the subject
            if (previous.numbers().measures().size() == 1) effective = effective.withNumbers(previous.numbers());
            return new ResolvedQuery(current, effective, previous, true);
        }
        if (current.reference().plural() && current.topic().present() && current.numbers().isEmpty()) {
            // "其中哪个涉及数据共享": a new topic within the earlier filters
            QueryAnalysis effective = current.withFilters(current.filters().over(previous.filters()))
                    .withText(previous.text() + " / " + current.text());
            return new ResolvedQuery(current, effective, previous, true);
        }
        return new ResolvedQuery(current, current, previous, false);
    }

    /** "第一条具体…", "第2点怎么…": an ordinal in the classifiers of points, with no word for measures after it. */
    private static final Pattern ORDINAL_POINT = Pattern.compile(
            "第\\s*([1-9]|[一二三四五六七八九])\\s*(条|点)(?!\\s*(举措|经验|措施|改革|做法))");

    /** A question that had the measure's practices listed ("有哪些具体措施"); a count of them is another such question. */
    private static final Pattern PRACTICES_LISTED = Pattern.compile("哪些(具体|主要)?(做法|措施|办法)");

    /** How something is done, asked: "第2条是啥" alone may still name measure 2. */
    private static final Pattern HOW_ASKED = Pattern.compile("怎么|怎样|如何|咋|具体|干嘛|干什么|做什么|指什么|什么意思|啥意思");

    /**
     * The practice item a follow-up points at by an ordinal and a how-question, when the turn before was about one
     * measure (not a list, where "第一条" is the first listed): the points of that measure are what is counted; else 0.
     */
    private static int itemOfOneInView(QueryAnalysis previous, QueryAnalysis current) {
        if (previous == null || previous.intent().asksForSet() || current.numbers().measures().size() > 1) return 0;
        if (!previous.topic().present() && previous.numbers().measures().size() != 1) return 0;
        if (current.intent().asksForSet()) return 0;
        if (current.topic().present() && current.topic().size() > NARROW_TOPIC) return 0;
        // asked how or what for, or right after a question about the measure's practices ("它有几条做法")
        if (!HOW_ASKED.matcher(current.text()).find() && !Vocabulary.PRACTICES_COUNTED.matcher(previous.text()).find()
                && !PRACTICES_LISTED.matcher(previous.text()).find()) return 0;
        Matcher m = ORDINAL_POINT.matcher(current.text());
        if (!m.find()) return 0;
        int n = NumberReader.parseNumeral(m.group(1));
        // "第N条" was read as a measure number; "第N点" names no measure
        List<Integer> named = current.numbers().measures();
        return named.isEmpty() ? (m.group(2).equals("点") ? n : 0) : named.get(0) == n ? n : 0;
    }

    /** A range of numbers and nothing else of its own, asked right after a list or count by filters. */
    private static boolean narrowsByNumbers(QueryAnalysis previous, QueryAnalysis current) {
        return previous != null && current.numbers().measures().size() >= 2 && !current.topic().present()
                && !previous.filters().isEmpty() && previous.intent().asksForSet() && previous.numbers().isEmpty()
                && current.otherPlaces().isEmpty() && !current.intent().opinion();
    }

    private static boolean standsAlone(QueryAnalysis q) {
        return q.intent().opinion() || !q.otherPlaces().isEmpty() || !q.numbers().isEmpty();
    }

    /** The numbers a relative question points at ("第9项之后那一项", or "下一项" after a question about 第9项). */
    private static List<Integer> step(QueryAnalysis current, QueryAnalysis previous) {
        int step = current.numbers().relativeStep();
        if (step == 0) return null;
        List<Integer> base = !current.numbers().measures().isEmpty() ? current.numbers().measures()
                : previous != null ? previous.numbers().measures() : List.of();
        if (base.isEmpty()) return null;
        List<Integer> out = new ArrayList<>();
        for (int n : base) out.add(n + step);
        return out;
    }
}
