package org.measuresqa.bots.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of an {@code event_callback} envelope the bot uses: who said what where. Only {@code app_mention} and
 * direct messages ({@code message} with {@code channel_type: im}) by people are questions; bot messages, message
 * subtypes (edits, deletions, joins, broadcasts…) and the bot's own messages are not.
 *
 * @param threadTs   the thread's parent ts, or null for a top-level message
 * @param botUserIds the bot user ids of the installation ({@code authorizations[].user_id} with {@code is_bot})
 */
public record SlackEvent(String eventId, String teamId, String type, String channel, String channelType, String user, String text,
                         String ts, String threadTs, String botId, String subtype, Set<String> botUserIds) {

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
        if (subtype != null) return "a message subtype";
        if (user == null) return "no user";
        if (botUserIds.contains(user)) return "the bot's own message";
        if (channel == null || ts == null) return "no channel or ts";
        if ("app_mention".equals(type)) return null;
        if ("message".equals(type) && "im".equals(channelType)) return null;
        return "event type " + type + (channelType == null ? "" : " in a " + channelType);
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
