package org.measuresqa.bots;

import java.util.Optional;

/**
 * What a bot must remember beyond one request: which deliveries it has taken on (so that a retry, to this instance
 * or another, is acknowledged but not answered twice) and which conversation each chat place continues (a Slack
 * thread, a WeCom member). {@link StoredBotState} keeps it in the database, shared by every instance and kept over
 * restarts; {@link MemoryBotState} keeps it in this process only.
 */
public interface BotState {

    /**
     * Claims delivery keys (a Slack event id, a WeCom MsgId): true when none of them was claimed within the dedupe
     * window, and then they are this caller's; false (claiming nothing) when any was. Null keys are skipped.
     */
    boolean claim(String... keys);

    /** Gives keys back, when their delivery could not be taken on and should be accepted when it is retried. */
    void release(String... keys);

    /** The conversation a chat place continues, if it has one. */
    Optional<String> conversation(String place);

    /** Records that {@code place} continues {@code conversationId} from now on. */
    void remember(String place, String conversationId);
}
