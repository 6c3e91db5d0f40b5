package org.measuresqa.bots;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.measuresqa.answer.AnswerService;
import org.measuresqa.answer.ChatListener;
import org.measuresqa.answer.ChatTurn;
import org.measuresqa.conversation.Caller;
import org.measuresqa.conversation.TurnLimiter;
import org.measuresqa.conversation.UnknownConversationException;

/**
 * Which {@link AnswerService} conversation a chat place continues: a Slack thread, a WeCom user. The first message
 * from a place starts a conversation (its id is issued by the service); later ones continue it.
 *
 * <p>The mapping is held <b>in memory only</b>: after a restart a thread or user starts a new conversation (the earlier
 * turns stay in the conversation store but are no longer followed up on). It keeps the {@code maxEntries} most recently
 * used places. Turns from the same place run one at a time, so a quick follow-up waits for the turn it follows.
 */
public final class BotConversations {

    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    /** One chat turn: the seam over {@link AnswerService#chat}, so tests can supply answers of any shape. */
    @FunctionalInterface
    public interface Chat {
        /** @param conversationId null to start a conversation */
        ChatTurn chat(String conversationId, String message);
    }

    private static final class Place {
        volatile String conversationId;
    }

    private final Chat chat;
    private final TurnLimiter limiter;
    private final Map<String, Place> places;

    /** @param channel the bot's channel ({@link Caller#SLACK}, {@link Caller#WECOM}): its conversations are its own */
    public BotConversations(AnswerService answers, String channel) {
        this(answers, channel, TurnLimiter.off());
    }

    /** @param limiter how often one user may ask; the same limit as on the web */
    public BotConversations(AnswerService answers, String channel, TurnLimiter limiter) {
        this((id, message) -> answers.chat(Caller.bot(channel), id, message, ChatListener.NONE), DEFAULT_MAX_ENTRIES, limiter);
        Objects.requireNonNull(answers, "answers");
    }

    public BotConversations(Chat chat, int maxEntries) {
        this(chat, maxEntries, TurnLimiter.off());
    }

    public BotConversations(Chat chat, int maxEntries, TurnLimiter limiter) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        if (maxEntries < 1) throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        this.places = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Place> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /**
     * Takes a turn for {@code user} (a platform's user id, with its team or corp): empty when they may ask now,
     * otherwise the words that tell them when to try again.
     */
    public Optional<String> refusal(String user) {
        return limiter.acquire(user).map(TurnLimiter::refusal);
    }

    /** Answers {@code message} in the conversation of {@code placeKey}, starting one when the place has none. */
    public ChatTurn chat(String placeKey, String message) {
        Objects.requireNonNull(placeKey, "placeKey");
        Place place;
        synchronized (places) {
            place = places.computeIfAbsent(placeKey, k -> new Place());
        }
        synchronized (place) {
            ChatTurn turn;
            try {
                turn = chat.chat(place.conversationId, message);
            } catch (UnknownConversationException e) {
                // the store no longer knows it (another index file): start afresh rather than fail the user
                turn = chat.chat(null, message);
            }
            place.conversationId = turn.conversationId();
            return turn;
        }
    }

    /** The conversation a place continues, if it has one. */
    public Optional<String> conversationId(String placeKey) {
        synchronized (places) {
            Place place = places.get(placeKey);
            return place == null ? Optional.empty() : Optional.ofNullable(place.conversationId);
        }
    }
}
