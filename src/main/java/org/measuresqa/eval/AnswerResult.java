package org.measuresqa.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How the answer to one question did. Citation and fact figures are null where they do not apply (no gold, no
 * facts, no citations).
 *
 * @param unsupported citations whose sentence states a figure or place the cited measure does not contain
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerResult(String id, String kind, boolean answerable, boolean abstain, List<Integer> cited,
                           Double citationPrecision, Double citationRecall, int unsupported, Double factRecall,
                           List<String> missingFacts) {

    public boolean declineCorrect() {
        return answerable != abstain;
    }
}
