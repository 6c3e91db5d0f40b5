package org.measuresqa.conversation;

/** A conversation id that was never issued (or belongs to another index file). */
public class UnknownConversationException extends RuntimeException {
    public UnknownConversationException(String id) {
        super("unknown conversationId \"" + id + "\"; omit it to start a new conversation");
    }
}
