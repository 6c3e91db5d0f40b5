package org.measuresqa.bots;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.measuresqa.answer.ChatListener;
import org.measuresqa.answer.ChatTurn;
import org.measuresqa.conversation.Caller;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.conversation.TurnLimiter;
import org.measuresqa.conversation.UnknownConversationException;

/**
 * Which {@link ConversationService} conversation a chat place continues: a Slack thread, a WeCom user. The first message
 * from a place starts a conversation (its id is issued by the service); later ones continue it.
 *
 * <p>The mapping is kept in {@link BotState}: in the server's database, so that a restart or another instance follows
 * up on the same turns. Turns from the same place run one at a time in this process, so a quick follow-up waits for
 * the turn it follows; it keeps a lock for the {@code maxEntries} most recently used places.
 */
public final class BotConversations {

    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    /** One chat turn: the seam over {@link ConversationService#chat}, so tests can supply answers of any shape. */
    @FunctionalInterface
    public interface Chat {
        /** @param conversationId null to start a conversation */
        ChatTurn chat(String conversationId, String message);
    }

    private final Chat chat;
    private final TurnLimiter limiter;
    private final BotState state;
    /** one lock per place, so that its turns run in order */
    private final Map<String, Object> locks;

    /** @param channel the bot's channel ({@link Caller#SLACK}, {@link Caller#WECOM}): its conversations are its own */
    public BotConversations(ConversationService answers, String channel) {
        this(answers, channel, TurnLimiter.off());
    }

    /** @param limiter how often one user may ask; the same limit as on the web */
    public BotConversations(ConversationService answers, String channel, TurnLimiter limiter) {
        this(answers, channel, limiter, MemoryBotState.standard(java.time.Clock.systemUTC()));
    }

    /** @param state where deliveries and places are remembered; the server passes its database's */
    public BotConversations(ConversationService answers, String channel, TurnLimiter limiter, BotState state) {
        this((id, message) -> answers.chat(Caller.bot(channel), id, message, ChatListener.NONE), DEFAULT_MAX_ENTRIES, limiter, state);
        Objects.requireNonNull(answers, "answers");
    }

    public BotConversations(Chat chat, int maxEntries) {
        this(chat, maxEntries, TurnLimiter.off(), new MemoryBotState(DedupeCache.standard(java.time.Clock.systemUTC()), maxEntries));
    }

    public BotConversations(Chat chat, int maxEntries, TurnLimiter limiter, BotState state) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.state = Objects.requireNonNull(state, "state");
        if (maxEntries < 1) throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        this.locks = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** Where this bot's deliveries and places are remembered. */
    public BotState state() {
        return state;
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
        Object lock;
        synchronized (locks) {
            lock = locks.computeIfAbsent(placeKey, k -> new Object());
        }
        synchronized (lock) {
            String earlier = state.conversation(placeKey).orElse(null);
            ChatTurn turn;
            try {
                turn = chat.chat(earlier, message);
            } catch (UnknownConversationException e) {
                // the store no longer knows it (another index file): start afresh rather than fail the user
                turn = chat.chat(null, message);
            }
            if (!turn.conversationId().equals(earlier)) state.remember(placeKey, turn.conversationId());
            return turn;
        }
    }

    /** The conversation a place continues, if it has one. */
    public Optional<String> conversationId(String placeKey) {
        return state.conversation(placeKey);
    }
}
