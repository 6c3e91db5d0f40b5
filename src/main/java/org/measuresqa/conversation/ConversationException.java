package org.measuresqa.conversation;

/**
 * Conversations could not be read or written (a full disk, a read-only file, a lock held too long). The message is for
 * the log: it names the file and the cause, which users are never shown.
 */
public final class ConversationException extends RuntimeException {

    public ConversationException(String message, Throwable cause) {
        super(message, cause);
    }
}
