package org.measuresqa.question;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.LexicalTokens;

/**
 * Reads a question with the named readers, in an order where each takes its own words first: the wrapper, measure
 * numbers, sources, scopes, headings, other places, then what is asked, the topic that is left, and the intent.
 * Deterministic; every reading says how confident it is.
 */
public final class QueryAnalyzer {

    private final InjectionReader injection = new InjectionReader();
    private final NumberReader numbers;
    private final SourceReader sources = new SourceReader();
    private final ScopeReader scopes = new ScopeReader();
    private final CategoryReader categories = new CategoryReader();
    private final PlaceReader places;
    private final OpinionReader opinion = new OpinionReader();
    private final PremiseReader premise = new PremiseReader();
    private final ReferenceReader reference = new ReferenceReader();
    private final PurposeReader purpose = new PurposeReader();
    private final AskReader ask = new AskReader();
    private final TopicReader topic;
    private final PinyinGloss pinyin;
    private final IntentReader intent = new IntentReader();

    /** A space between two Chinese characters, typed by the user. */
    private static final Pattern SPOKEN_PAUSE = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

    /** Words of promotion: a scope with one is the field, not a region a measure is about ("长三角的港口"). */
    private static final Pattern PROMOTED = Pattern.compile("推广|推开|推行|推|复制|铺开|适用|范围|照搬");

    /** A sentence that holds both the words and a count or list ("营商那部分共计几条"), not one apart from them. */
    private static boolean clauseWith(String text, java.util.function.Predicate<String> holds) {
        for (String clause : text.split("[。？?！!；;：:]")) {
            if (holds.test(clause) && SET_ASKED.matcher(clause).find()) return true;
        }
        return false;
    }

    private static final Pattern SET_ASKED = Pattern.compile("几|多少|哪些|哪几|列");

    /** "是不是都…", "是否全部…", "都是…吗": a yes-or-no question about every one of a set. */
    private static final Pattern ALL_OF_THEM_ASKED = Pattern.compile(
            "[，,；;]\\s*(是不是|是否|是不)(都|全|全都|全部)|[，,；;][^，,。？?；;]{0,4}(都|全都|全部)是[^，,。？?；;哪几什多]{1,12}(吗|么|\\?|？)");

    /** @param measures the document's measures: numbers beyond them are unknown, and places are checked against their text */
    public QueryAnalyzer(List<Measure> measures) {
        this.numbers = new NumberReader(measures.size());
        StringBuilder text = new StringBuilder();
        for (Measure m : measures) text.append(m.fullText()).append('\n');
        this.places = new PlaceReader(LexicalTokens.fold(text.toString()));
        this.topic = new TopicReader(Set.copyOf(LexicalTokens.tokens(text.toString())));
        this.pinyin = new PinyinGloss(LexicalTokens.fold(text.toString()));
    }

    public QueryAnalysis analyze(String question) {
        QueryAnalysis whole = read(question);
        if (whole.wrapped()) return whole;
        String text = LexicalTokens.fold(question).strip();
        // a closing sentence that says what the answer is for ("以此对比各市") names no condition
        int purpose = RequestReader.purposeAfter(text);
        if (purpose > 0) {
            QueryAnalysis asked = read(text.substring(0, purpose));
            if (asked.intent().asksForSet()) {
                whole = asked.withText(whole.text());
                text = text.substring(0, purpose);
            }
        }
        // a list or count asked after sentences of background: the request alone says which measures, when it names
        // a city, a heading or a scope itself, and every kind of condition the background names
        int request = RequestReader.ownRequest(text);
        if (request < 0) return whole;
        QueryAnalysis own = read(text.substring(request));
        if (own.filters().isEmpty() || !own.intent().asksForSet()) return whole;
        if (!restates(own.filters(), read(text.substring(0, request)).filters())) return whole;
        return own.withText(whole.text());
    }

    /** Whether every kind of condition the background names (city, heading, scope) the request names too. */
    private static boolean restates(Filters request, Filters background) {
        return (background.sources().isEmpty() || !request.sources().isEmpty())
                && (background.categories().isEmpty() || background.categoryConfidence() != Confidence.STRONG || !request.categories().isEmpty())
                && (background.scopes().isEmpty() || !request.scopes().isEmpty());
    }

    private QueryAnalysis read(String question) {
        InjectionReader.Unwrapped unwrapped = injection.read(LexicalTokens.fold(question).strip());
        // voice input and chat put a space where a comma goes ("证书没下来 船停着 有办法吗"): a text
        // that pauses so more than once uses spaces as its punctuation; a single space may be a mere pause in typing
        String spoken = SPOKEN_PAUSE.matcher(unwrapped.question()).results().count() >= 2
                ? SPOKEN_PAUSE.matcher(unwrapped.question()).replaceAll("，") : unwrapped.question();
        String glossed = EverydayGloss.gloss(pinyin.gloss(EnglishGloss.gloss(spoken)));
        MaskedText t = new MaskedText(glossed);

        NumberReader.Reading named = numbers.read(t);
        SourceReader.Reading source = sources.read(t);
        Set<String> scopeNames = scopes.read(t);
        CategoryReader.Reading category = categories.read(t);
        List<String> otherPlaces = places.read(t);
        boolean asksOpinion = opinion.read(glossed);
        Confidence claims = premise.read(glossed);
        Reference pointsBack = reference.read(glossed);
        purpose.read(t);
        Ask asked = ask.read(t, named.practiceItem());
        MaskedText beforeTopic = t.copy();
        Topic rest = topic.read(t, glossed);
        Intent wants = intent.read(glossed, rest.present(), claims, asksOpinion, !named.numbers().isEmpty());
        if (!source.districts().isEmpty()) {
            // a district ("张江那边的有哪些") names its city: in a list or count, or when nothing else is left, it is no
            // topic to narrow by
            source.districts().forEach(beforeTopic::maskAll);
            Topic without = topic.read(beforeTopic, glossed);
            Intent withoutDistricts = intent.read(glossed, without.present(), claims, asksOpinion, !named.numbers().isEmpty());
            if (wants.asksForSet() || withoutDistricts.asksForSet() && !without.present()) {
                rest = without;
                wants = withoutDistricts;
            }
        }

        // a scope or a heading is a field only measures have: a bare count or list that states one is of measures
        if (!scopeNames.isEmpty() && clauseWith(glossed, c -> PROMOTED.matcher(c).find()) || category.confidence() == Confidence.STRONG
                && clauseWith(glossed, c -> category.words().stream().anyMatch(c::contains))) {
            if (wants.count() == Confidence.WEAK) wants = wants.withCount(Confidence.STRONG);
            if (wants.list() == Confidence.WEAK) wants = wants.withList(Confidence.STRONG);
        }
        // "共几条，是否全都全国推广？": beside a count or list, whether all of them have a scope asks their scope
        if (!scopeNames.isEmpty() && wants.asksForSet() && ALL_OF_THEM_ASKED.matcher(glossed).find()) {
            scopeNames = Set.of();
            asked = asked.with(Focus.SCOPE);
        }
        Filters filters = new Filters(source.sources(), category.categories(), category.confidence(), category.words(), scopeNames);
        return new QueryAnalysis(question, unwrapped.wrapped(), filters, named.numbers(), wants, asked, pointsBack, rest,
                otherPlaces);
    }
}
