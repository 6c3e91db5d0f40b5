package org.measuresqa.bots.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of an {@code event_callback} envelope the bot uses: who said what where. Questions are messages by people
 * of three kinds: an {@code app_mention}; a direct message ({@code message} with {@code channel_type: im}); and a reply
 * in a thread of a channel ({@code message} with {@code channel_type} {@code channel} or {@code group} and a
 * {@code thread_ts} other than its own {@code ts}), which the handler answers only when the bot has answered in that
 * thread ({@link #isThreadReply()}). Bot messages, the bot's own messages, message subtypes (edits, deletions, joins…;
 * a reply also sent to the channel, {@code thread_broadcast}, counts as a reply), top-level channel messages, and
 * channel messages that mention the bot (their {@code app_mention} carries them) are not questions.
 *
 * @param threadTs   the thread's parent ts, or null for a top-level message
 * @param botUserIds the bot user ids of the installation ({@code authorizations[].user_id} with {@code is_bot})
 */
public record SlackEvent(String eventId, String teamId, String type, String channel, String channelType, String user, String text,
                         String ts, String threadTs, String botId, String subtype, Set<String> botUserIds) {

    static final String THREAD_BROADCAST = "thread_broadcast";
    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(?:\\|[^>]*)?>[\\s:：,，]*");

    public SlackEvent {
        botUserIds = Set.copyOf(botUserIds);
    }

    /** @param envelope the whole {@code event_callback} body */
    public static SlackEvent of(JsonNode envelope) {
        JsonNode event = envelope.path("event");
        Set<String> bots = new LinkedHashSet<>();
        for (JsonNode a : envelope.path("authorizations")) {
            if (a.path("is_bot").asBoolean(false) && a.hasNonNull("user_id")) bots.add(a.get("user_id").asText());
        }
        String team = text(envelope, "team_id");
        if (team == null) team = text(event, "team");
        return new SlackEvent(text(envelope, "event_id"), team, text(event, "type"), text(event, "channel"), text(event, "channel_type"),
                text(event, "user"), text(event, "text"), text(event, "ts"), text(event, "thread_ts"), text(event, "bot_id"),
                text(event, "subtype"), bots);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    /** Why this event is not a question to answer, or null when it is one. */
    public String ignoreReason() {
        if (botId != null) return "a bot message";
        if (subtype != null && !(THREAD_BROADCAST.equals(subtype) && isThreadReply())) return "a message subtype";
        if (user == null) return "no user";
        if (botUserIds.contains(user)) return "the bot's own message";
        if (channel == null || ts == null) return "no channel or ts";
        if ("app_mention".equals(type)) return null;
        if ("message".equals(type) && "im".equals(channelType)) return null;
        if (inChannel()) {
            if (!isThreadReply()) return "a channel message outside a thread";
            if (mentionsBot()) return "a channel message that mentions the bot (answered through its app_mention)";
            return null;
        }
        return "event type " + type + (channelType == null ? "" : " in a " + channelType);
    }

    /**
     * A message in a thread of a public or private channel, not the thread's first message: a question only in a
     * thread where the bot has answered, which the event alone cannot tell.
     */
    public boolean isThreadReply() {
        return inChannel() && threadTs != null && ts != null && !threadTs.equals(ts);
    }

    private boolean inChannel() {
        return "message".equals(type) && ("channel".equals(channelType) || "group".equals(channelType));
    }

    private boolean mentionsBot() {
        if (text == null) return false;
        for (String bot : botUserIds) if (text.contains("<@" + bot + ">") || text.contains("<@" + bot + "|")) return true;
        return false;
    }

    /** The ts replies go under: the thread's parent, never a reply's own ts. */
    public String threadRoot() {
        return threadTs != null ? threadTs : ts;
    }

    /**
     * The conversation a message belongs to: one per thread in channels, one per direct-message channel (people
     * rarely open threads in a DM; their next message is the follow-up).
     */
    public String placeKey() {
        if ("im".equals(channelType)) return "slack:" + teamId + ":" + channel + ":dm";
        return "slack:" + teamId + ":" + channel + ":" + threadRoot();
    }

    /** The message key: one user message, whichever subscription delivered it. */
    public String messageKey() {
        return "slack-message:" + teamId + ":" + channel + ":" + ts;
    }

    /** The text without the leading mention of the bot, with Slack's escapes undone. */
    public String question() {
        String t = text == null ? "" : LEADING_MENTION.matcher(text).replaceFirst("");
        for (String bot : botUserIds) t = t.replaceAll("\\s*<@" + Pattern.quote(bot) + "(?:\\|[^>]*)?>\\s*", " ");
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }
}
