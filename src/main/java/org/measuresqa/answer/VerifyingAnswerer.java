package org.measuresqa.answer;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.measuresqa.observe.Telemetry;
import org.measuresqa.retrieval.MeasureHit;
import org.measuresqa.retrieval.RetrievalResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outer step of answering: every citation of a draft is checked ({@link CitationVerifier}). A model answer that
 * cites no retrieved measure cannot be checked, so the model is asked once more with a short correction, and if that
 * cites nothing either the document answers (模型回答没有引用举措). A model answer of which nothing survives
 * verification is replaced by the document's (模型回答未通过核实).
 */
public final class VerifyingAnswerer {

    private static final Logger log = LoggerFactory.getLogger(VerifyingAnswerer.class);

    private final FallbackAnswerer drafts;
    private final CitationVerifier verifier;

    public VerifyingAnswerer(FallbackAnswerer drafts, CitationVerifier verifier) {
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /** Which answerer serves when nothing fails. */
    public String mode() {
        return drafts.mode();
    }

    public Answer answer(AnswerContext context, ChatListener listener) {
        RetrievalResult retrieval = context.retrieval();
        Set<Integer> retrieved = retrieval.measures().stream().map(MeasureHit::measure).map(m -> m.number()).collect(Collectors.toSet());
        Draft draft = drafts.draft(context, listener);
        CitationVerifier.Result verified = verifier.verify(draft.text(), retrieved);
        if (draft.byModel() && uncited(verified, retrieval)) {
            log.warn("The {} answer cited no retrieved measure; asking once more with a correction", draft.mode());
            listener.onReset(AnswererUnavailableException.Reason.UNCITED.wording() + "，已请模型重新作答");
            draft = drafts.draft(context.correcting(draft.text()), listener);
            verified = verifier.verify(draft.text(), retrieved);
            if (draft.byModel() && uncited(verified, retrieval)) {
                log.warn("The {} answer cited no retrieved measure, also when asked again; answering extractively", draft.mode());
                listener.onReset(AnswererUnavailableException.Reason.UNCITED.wording());
                draft = drafts.extractive(context, listener, AnswererUnavailableException.Reason.UNCITED);
                verified = verifier.verify(draft.text(), retrieved);
            } else if (draft.byModel()) {
                log.info("The {} answer cited measures when asked again; it is shown", draft.mode());
            }
        }
        if (draft.byModel() && verified.text().isBlank()) {
            // nothing the model wrote survived verification: answer from the document instead
            log.warn("The {} answer held no statement the measures support; answering extractively", draft.mode());
            listener.onReset(AnswererUnavailableException.Reason.UNSUPPORTED.wording());
            List<Unverified> removed = verified.unverified();
            draft = drafts.extractive(context, listener, AnswererUnavailableException.Reason.UNSUPPORTED);
            CitationVerifier.Result fromDocument = verifier.verify(draft.text(), retrieved);
            verified = new CitationVerifier.Result(fromDocument.text(), fromDocument.citations(), removed);
        }
        if (!verified.unverified().isEmpty()) {
            log.info("Removed {} unverified citations from a {} answer", verified.unverified().size(), draft.mode());
        }
        AnswererUnavailableException.Reason fallback = draft.fallback();
        Telemetry.answered(draft.mode(), fallback == null ? "none" : fallback.code(), retrieval.abstain());
        return new Answer(verified.text(), verified.citations(), verified.unverified(), retrieval.abstain(), draft.mode(),
                fallback == null ? null : fallback.wording());
    }

    /** An answer to a question that retrieval found measures for, and that cites none of them. */
    private static boolean uncited(CitationVerifier.Result verified, RetrievalResult retrieval) {
        return !retrieval.measures().isEmpty() && !verified.text().isBlank() && verified.citations().isEmpty();
    }
}
