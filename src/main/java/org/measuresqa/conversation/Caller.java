package org.measuresqa.conversation;

import java.util.Objects;

/**
 * Who asks: the channel a question arrives by, and for the web, the anonymous browser that owns its conversations.
 * A conversation belongs to the channel that started it: a bot's conversations are never read or continued from the
 * web, and a browser lists only its own (though any holder of a web conversation's id may read and continue it).
 *
 * @param owner the browser's anonymous id (from its cookie); null for API clients without one, the command line and bots
 */
public record Caller(String channel, String owner) {

    public static final String WEB = "web";
    public static final String CLI = "cli";
    public static final String SLACK = "slack";
    public static final String WECOM = "wecom";

    public Caller {
        Objects.requireNonNull(channel, "channel");
    }

    public static Caller web(String owner) {
        return new Caller(WEB, owner);
    }

    public static Caller cli() {
        return new Caller(CLI, null);
    }

    public static Caller bot(String channel) {
        return new Caller(channel, null);
    }

    /** Bots keep their own conversations; the web and the command line share theirs (an id is a capability). */
    public boolean mayUse(String conversationChannel) {
        return isBot(channel) || isBot(conversationChannel) ? channel.equals(conversationChannel) : true;
    }

    private static boolean isBot(String channel) {
        return SLACK.equals(channel) || WECOM.equals(channel);
    }
}
