package org.measuresqa.retrieval;

import java.util.List;

/**
 * Why retrieval declines a question, as data: the answer side words it ({@code answer.DeclineWording}), once, in
 * Chinese. Each kind comes from one rule of {@link DeclineRules}.
 */
public sealed interface Decline {

    /** A short name for logs and the API. */
    String kind();

    /** Asks for an opinion, a ranking or a prediction. */
    record Opinion() implements Decline {
        public String kind() {
            return "opinion";
        }
    }

    /** Asks about places the document does not cover. */
    record OtherPlace(List<String> places) implements Decline {
        public OtherPlace {
            places = List.copyOf(places);
        }

        public String kind() {
            return "other-place";
        }
    }

    /** Names measure numbers the document does not have. */
    record NoSuchMeasure(List<Integer> numbers, int measureCount) implements Decline {
        public NoSuchMeasure {
            numbers = List.copyOf(numbers);
        }

        public String kind() {
            return "no-such-measure";
        }
    }

    /** Names conditions that no measure meets together ("深圳" and "优化营商环境"). */
    record NoMatch(String conditions) implements Decline {
        public String kind() {
            return "no-match";
        }
    }

    /** Leaves nothing to search for. */
    record NoTopic() implements Decline {
        public String kind() {
            return "no-topic";
        }
    }

    /** No measure is close enough to the question: a subject the document does not touch. */
    record NotCovered() implements Decline {
        public String kind() {
            return "not-covered";
        }
    }

    /** Asks for a figure or detail of a measure that its text does not give ("贷款利率"). */
    record NotGiven(String attribute, int measure) implements Decline {
        public String kind() {
            return "not-given";
        }
    }
}
