package org.measuresqa.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.measuresqa.answer.Answer;
import org.measuresqa.answer.Answerer;
import org.measuresqa.answer.Answering;
import org.measuresqa.answer.ChatListener;
import org.measuresqa.answer.ChatTurn;
import org.measuresqa.answer.CitationVerifier;
import org.measuresqa.answer.ExtractiveAnswerer;
import org.measuresqa.answer.FallbackAnswerer;
import org.measuresqa.answer.VerifyingAnswerer;
import org.measuresqa.retrieval.Retriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Conversations around {@link Answering}, the same for the page, the command line and the bots: who may continue a
 * conversation, its earlier turns, the turn stored after it is answered (or the answer marked not saved), the list of
 * a browser's conversations, and feedback on answers.
 */
public final class ConversationService {

    public static final int HISTORY_TURNS = 10;
    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Answering answering;
    private final ConversationStore conversations;
    private volatile String lastStoreFailure;

    public ConversationService(Answering answering, ConversationStore conversations) {
        this.answering = Objects.requireNonNull(answering, "answering");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
    }

    public ConversationService(Retriever retriever, VerifyingAnswerer answerer, ConversationStore conversations, int k) {
        this(new Answering(retriever, answerer, k), conversations);
    }

    /** The chain from its parts: {@code model} first (when there is one), the extractive answerer behind it, verified. */
    public ConversationService(Retriever retriever, Optional<Answerer> model, ExtractiveAnswerer extractive, CitationVerifier verifier,
                               ConversationStore conversations, int k) {
        this(retriever, new VerifyingAnswerer(new FallbackAnswerer(model, extractive), verifier), conversations, k);
    }

    /** Which answerer serves when nothing fails. */
    public String mode() {
        return answering.mode();
    }

    /**
     * @param conversationId an id from an earlier turn, or null to start a conversation
     * @throws UnknownConversationException when the id was never issued, or belongs to a channel the caller may not use
     */
    public ChatTurn chat(Caller caller, String conversationId, String message, ChatListener listener) {
        String id = conversationId == null ? ConversationStore.newId() : conversationId;
        List<String> history;
        try {
            requireConversation(caller, conversationId);
            history = conversationId == null ? List.of() : conversations.userTurns(conversationId, HISTORY_TURNS);
        } catch (ConversationException e) {
            // the database is out of reach: answer the question as it stands, and say it was not saved (nor is it
            // added to a conversation whose owner could not be checked)
            storeFailed(id, e);
            ChatTurn turn = answer(caller, id, message, List.of(), listener, false);
            return new ChatTurn(id, turn.answer().unsaved(), turn.retrieval());
        }
        return answer(caller, id, message, history, listener, true);
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

    /** Why the last turn could not be stored, for health checks; null when it was (or none was asked yet). */
    public String lastStoreFailure() {
        return lastStoreFailure;
    }

    /** Answers with a given history and stores nothing: for evaluation. */
    public ChatTurn answerOnce(String message, List<String> history) {
        return answer(Caller.cli(), null, message, history, ChatListener.NONE, false);
    }

    private ChatTurn answer(Caller caller, String conversationId, String message, List<String> history, ChatListener listener,
                            boolean store) {
        Answering.Result result = answering.answer(message, history, listener);
        Answer answer = store ? stored(caller, conversationId, message, result.answer()) : result.answer();
        return new ChatTurn(conversationId, answer, result.retrieval());
    }

    /** Stores the turn; when that fails the answer is still given, marked not saved, and the failure is logged and kept. */
    private Answer stored(Caller caller, String conversationId, String message, Answer answer) {
        try {
            conversations.appendTurn(conversationId, caller, message, answer.text(), json(answer));
            lastStoreFailure = null; // saving again (a database that came back)
            return answer;
        } catch (ConversationException e) {
            storeFailed(conversationId, e);
            return answer.unsaved();
        }
    }

    private void storeFailed(String conversationId, ConversationException e) {
        String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        // health shows the kind of failure, never a path
        lastStoreFailure = java.time.Instant.now() + " " + cause.replaceAll("(/[^\\s/]+)+/?", "…");
        log.error("A turn of conversation {} was answered but not stored: {}", conversationId, e.getMessage());
    }

    private static String json(Answer answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }
}
