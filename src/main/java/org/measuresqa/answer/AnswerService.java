package org.measuresqa.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.measuresqa.conversation.Caller;
import org.measuresqa.conversation.ConversationException;
import org.measuresqa.conversation.ConversationStore;
import org.measuresqa.conversation.UnknownConversationException;
import org.measuresqa.observe.Telemetry;
import org.measuresqa.retrieval.MeasureHit;
import org.measuresqa.retrieval.RetrievalResult;
import org.measuresqa.retrieval.Retriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * One chat turn, the same for the page, the command line and the bots: earlier turns from the conversation, retrieval,
 * an answer (the model when one is configured, else or on failure the extractive answerer), citation verification,
 * and the turn stored. A declined question never reaches the model.
 */
public final class AnswerService {

    public static final int HISTORY_TURNS = 10;
    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Retriever retriever;
    private final Answerer primary;
    private final ExtractiveAnswerer extractive;
    private final CitationVerifier verifier;
    private final ConversationStore conversations;
    private final int k;
    private volatile String lastStoreFailure;

    /** @param primary the model answerer, or null to answer extractively */
    public AnswerService(Retriever retriever, Answerer primary, ExtractiveAnswerer extractive, CitationVerifier verifier,
                         ConversationStore conversations, int k) {
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.primary = primary;
        this.extractive = Objects.requireNonNull(extractive, "extractive");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.k = k;
    }

    /** Which answerer serves when nothing fails. */
    public String mode() {
        return primary != null ? primary.mode() : extractive.mode();
    }

    /**
     * @param conversationId an id from an earlier turn, or null to start a conversation
     * @throws UnknownConversationException when the id was never issued, or belongs to a channel the caller may not use
     */
    public ChatTurn chat(Caller caller, String conversationId, String message, ChatListener listener) {
        requireConversation(caller, conversationId);
        List<String> history = conversationId == null ? List.of() : conversations.userTurns(conversationId, HISTORY_TURNS);
        return answer(caller, conversationId == null ? ConversationStore.newId() : conversationId, message, history, listener, true);
    }

    /** The stored messages of a conversation, oldest first. */
    public List<ConversationStore.Message> messages(Caller caller, String conversationId) {
        requireConversation(caller, conversationId);
        return conversations.messages(conversationId);
    }

    /** The caller's own web conversations, latest first. */
    public List<ConversationStore.Summary> recentConversations(Caller caller, int limit) {
        return conversations.recent(caller.owner(), limit);
    }

    /** @throws UnknownConversationException when the id was never issued or the caller may not use it */
    public void requireConversation(Caller caller, String conversationId) {
        if (conversationId == null) return;
        var origin = conversations.origin(conversationId);
        if (origin.isEmpty() || !caller.mayUse(origin.get().channel())) throw new UnknownConversationException(conversationId);
    }

    /**
     * Stores a rating of the {@code turn}-th answer (from 0) of a conversation; rating the same answer again updates it.
     *
     * @throws UnknownConversationException when the conversation does not exist or the caller may not use it
     * @throws IllegalArgumentException when it has no such turn
     */
    public void recordFeedback(Caller caller, String conversationId, int turn, String rating, String comment) {
        requireConversation(caller, conversationId);
        if (!conversations.addFeedback(conversationId, turn, caller.owner(), rating, comment)) {
            throw new NoSuchTurnException("conversation " + conversationId + " has no answer number " + turn);
        }
    }

    /** A turn number beyond the conversation. */
    public static final class NoSuchTurnException extends RuntimeException {
        NoSuchTurnException(String message) {
            super(message);
        }
    }

    /** The last failure to store a turn, for health checks; null when every turn since start was stored. */
    public String lastStoreFailure() {
        return lastStoreFailure;
    }

    /** Answers with a given history and stores nothing: for evaluation. */
    public ChatTurn answerOnce(String message, List<String> history) {
        return answer(Caller.cli(), null, message, history, ChatListener.NONE, false);
    }

    private ChatTurn answer(Caller caller, String conversationId, String message, List<String> history, ChatListener listener,
                            boolean store) {
        RetrievalResult retrieval = retriever.retrieve(message, history, k);
        listener.onRetrieved(retrieval);
        AnswerContext context = new AnswerContext(message, history, retrieval);
        Set<Integer> retrieved = retrieval.measures().stream().map(MeasureHit::measure).map(m -> m.number()).collect(Collectors.toSet());
        String mode = extractive.mode();
        AnswererUnavailableException.Reason fallback = null;
        CitationVerifier.Result verified = null;
        if (primary != null && !retrieval.abstain()) {
            Streamed streamed = new Streamed(listener);
            try {
                String text = ask(context, streamed);
                verified = verifier.verify(text, retrieved);
                if (uncited(verified, retrieval)) {
                    // an answer with no citation cannot be checked against the measures: ask once more, saying so
                    log.warn("The {} answer cited no retrieved measure; asking once more with a correction", primary.mode());
                    streamed.reset(AnswererUnavailableException.Reason.UNCITED.wording() + "，已请模型重新作答");
                    verified = verifier.verify(ask(context.correcting(text), streamed), retrieved);
                    if (uncited(verified, retrieval)) {
                        throw new AnswererUnavailableException(AnswererUnavailableException.Reason.UNCITED,
                                "the " + primary.mode() + " answer cited no retrieved measure, also when asked again");
                    }
                    log.info("The {} answer cited measures when asked again; it is shown", primary.mode());
                }
                mode = primary.mode();
            } catch (AnswererUnavailableException e) {
                // users are told the reason in plain words; the address and upstream message stay in the log
                fallback = e.reason();
                verified = null;
                log.warn("Answering extractively: {}", e.getMessage());
                streamed.reset(fallback.wording());
            }
        }
        if (verified == null) verified = verifier.verify(extractive.answer(context, listener::onDelta), retrieved);
        if (verified.text().isBlank()) {
            // nothing the model wrote survived verification: answer from the document instead
            log.warn("The {} answer held no statement the measures support; answering extractively", mode);
            fallback = AnswererUnavailableException.Reason.UNSUPPORTED;
            if (!mode.equals(extractive.mode())) listener.onReset(fallback.wording());
            mode = extractive.mode();
            List<Unverified> removed = verified.unverified();
            CitationVerifier.Result fromDocument = verifier.verify(extractive.answer(context, listener::onDelta), retrieved);
            verified = new CitationVerifier.Result(fromDocument.text(), fromDocument.citations(), removed);
        }
        if (!verified.unverified().isEmpty()) log.info("Removed {} unverified citations from a {} answer", verified.unverified().size(), mode);
        Answer answer = new Answer(verified.text(), verified.citations(), verified.unverified(), retrieval.abstain(), mode,
                fallback == null ? null : fallback.wording());
        Telemetry.answered(mode, fallback == null ? "none" : fallback.code(), retrieval.abstain());
        if (store) answer = stored(caller, conversationId, message, answer);
        return new ChatTurn(conversationId, answer, retrieval);
    }

    /** An answer to a question that retrieval found measures for, and that cites none of them. */
    private static boolean uncited(CitationVerifier.Result verified, RetrievalResult retrieval) {
        return !retrieval.measures().isEmpty() && !verified.text().isBlank() && verified.citations().isEmpty();
    }

    /** One call to the model, measured, its text streamed to the listener. */
    private String ask(AnswerContext context, Streamed streamed) {
        long started = System.nanoTime();
        try {
            String text = primary.answer(context, streamed::delta, streamed.listener::onQueued);
            Telemetry.modelCall("ok", Duration.ofNanos(System.nanoTime() - started));
            return text;
        } catch (AnswererUnavailableException e) {
            Telemetry.modelCall(e.reason().code(), Duration.ofNanos(System.nanoTime() - started));
            throw e;
        }
    }

    /** The listener, and whether model text has reached it that must be taken back before other text follows. */
    private static final class Streamed {
        final ChatListener listener;
        boolean sent;

        Streamed(ChatListener listener) {
            this.listener = listener;
        }

        void delta(String text) {
            sent = true;
            listener.onDelta(text);
        }

        void reset(String reason) {
            if (sent) listener.onReset(reason);
            sent = false;
        }
    }

    /** Stores the turn; when that fails the answer is still given, marked not saved, and the failure is logged and kept. */
    private Answer stored(Caller caller, String conversationId, String message, Answer answer) {
        try {
            conversations.appendTurn(conversationId, caller, message, answer.text(), json(answer));
            return answer;
        } catch (ConversationException e) {
            String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            // health shows the kind of failure, never a path
            lastStoreFailure = java.time.Instant.now() + " " + cause.replaceAll("(/[^\\s/]+)+/?", "…");
            log.error("A turn of conversation {} was answered but not stored: {}", conversationId, e.getMessage());
            return answer.unsaved();
        }
    }

    private static String json(Answer answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }
}
