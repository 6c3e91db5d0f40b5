package org.measuresqa.bots;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.measuresqa.answer.Answer;
import org.measuresqa.answer.ChatTurn;
import org.slf4j.Logger;

/**
 * What every bot does with a question: an empty or over-long one gets a polite hint, the rest an answer formatted
 * for the chat app, and a failure a short apology. It never throws: a bot must always reply.
 */
public final class BotReplies {

    public static final int MAX_QUESTION_CHARS = 2000;
    public static final String HINT = "请直接提问，例如：知识产权证券化发行了多少单？";
    public static final String TOO_LONG = "问题太长了（最多 " + MAX_QUESTION_CHARS + " 个字），请精简后再问。";
    public static final String FAILED = "抱歉，暂时无法回答，请稍后再试。";
    public static final String BUSY = "现在提问的人较多，暂时排不上，请稍后再问一次。";

    private BotReplies() {
    }

    /**
     * @param place  the conversation key (a Slack thread, a WeCom user)
     * @param format turns an answer into the messages to send
     * @param logId  what the log names the incoming message by (never its text)
     */
    public static List<String> reply(BotConversations conversations, String place, String question,
                                     Function<Answer, List<String>> format, Logger log, String logId) {
        if (question.isEmpty()) return List.of(HINT);
        if (question.length() > MAX_QUESTION_CHARS) return List.of(TOO_LONG);
        try {
            ChatTurn turn = conversations.chat(place, question);
            List<String> messages = format.apply(turn.answer());
            log.info("{} answered ({} mode, {} citations, conversation {}, {} messages)", logId, turn.answer().mode(),
                    turn.answer().citations().size(), turn.conversationId(), messages.size());
            return messages;
        } catch (RuntimeException e) {
            log.error("{}: answering failed", logId, e);
            return List.of(FAILED);
        }
    }

    /** Stops taking work and waits up to ten seconds for answers under way. */
    /** One thread for busy replies: quick posts that must go out even when every answer queue is full. */
    public static ExecutorService busyReplies() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bot-busy-reply");
            t.setDaemon(true);
            return t;
        });
    }

    public static void shutdown(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
