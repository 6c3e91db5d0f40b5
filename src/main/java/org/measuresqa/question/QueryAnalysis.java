package org.measuresqa.question;

import java.util.List;

/**
 * What one question says, read by the readers in {@link QueryAnalyzer}: small records, each from its own reader.
 *
 * @param text        the question as the user typed it
 * @param wrapped     it came wrapped in instructions to the assistant, which were dropped ({@link InjectionReader})
 * @param otherPlaces places named that the document does not cover (北京…)
 */
public record QueryAnalysis(String text, boolean wrapped, Filters filters, Numbers numbers, Intent intent, Ask ask,
                            Reference reference, Topic topic, List<String> otherPlaces) {

    public QueryAnalysis {
        otherPlaces = List.copyOf(otherPlaces);
    }

    public QueryAnalysis withFilters(Filters f) {
        return new QueryAnalysis(text, wrapped, f, numbers, intent, ask, reference, topic, otherPlaces);
    }

    public QueryAnalysis withNumbers(Numbers n) {
        return new QueryAnalysis(text, wrapped, filters, n, intent, ask, reference, topic, otherPlaces);
    }

    public QueryAnalysis withIntent(Intent i) {
        return new QueryAnalysis(text, wrapped, filters, numbers, i, ask, reference, topic, otherPlaces);
    }

    public QueryAnalysis withAsk(Ask a) {
        return new QueryAnalysis(text, wrapped, filters, numbers, intent, a, reference, topic, otherPlaces);
    }

    public QueryAnalysis withTopic(Topic t) {
        return new QueryAnalysis(text, wrapped, filters, numbers, intent, ask, reference, t, otherPlaces);
    }

    public QueryAnalysis withText(String t) {
        return new QueryAnalysis(t, wrapped, filters, numbers, intent, ask, reference, topic, otherPlaces);
    }

    public QueryAnalysis withReference(Reference r) {
        return new QueryAnalysis(text, wrapped, filters, numbers, intent, ask, r, topic, otherPlaces);
    }
}
