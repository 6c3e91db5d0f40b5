package org.measuresqa.question;

import java.util.List;
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

    /** @param measures the document's measures: numbers beyond them are unknown, and places are checked against their text */
    public QueryAnalyzer(List<Measure> measures) {
        this.numbers = new NumberReader(measures.size());
        StringBuilder text = new StringBuilder();
        for (Measure m : measures) text.append(m.fullText()).append('\n');
        this.places = new PlaceReader(LexicalTokens.fold(text.toString()));
        this.topic = new TopicReader(java.util.Set.copyOf(LexicalTokens.tokens(text.toString())));
        this.pinyin = new PinyinGloss(LexicalTokens.fold(text.toString()));
    }

    public QueryAnalysis analyze(String question) {
        InjectionReader.Unwrapped unwrapped = injection.read(LexicalTokens.fold(question).strip());
        String glossed = EverydayGloss.gloss(pinyin.gloss(EnglishGloss.gloss(unwrapped.question())));
        MaskedText t = new MaskedText(glossed);

        NumberReader.Reading named = numbers.read(t);
        SourceReader.Reading source = sources.read(t);
        var scopeNames = scopes.read(t);
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

        Filters filters = new Filters(source.sources(), category.categories(), category.confidence(), category.words(), scopeNames);
        return new QueryAnalysis(question, unwrapped.wrapped(), filters, named.numbers(), wants, asked, pointsBack, rest,
                otherPlaces);
    }
}
