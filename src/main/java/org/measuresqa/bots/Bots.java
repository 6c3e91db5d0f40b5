package org.measuresqa.bots;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.measuresqa.bots.slack.SlackClient;
import org.measuresqa.bots.slack.SlackEventsHandler;
import org.measuresqa.bots.slack.SlackSettings;
import org.measuresqa.bots.wecom.WeComCallbackHandler;
import org.measuresqa.bots.wecom.WeComClient;
import org.measuresqa.bots.wecom.WeComSettings;
import org.measuresqa.conversation.Caller;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.conversation.TurnLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bots that are configured, each off unless its environment variables are set. A partial configuration fails at
 * start naming the missing variable ({@link org.measuresqa.config.ConfigException}).
 */
public record Bots(Optional<SlackEventsHandler> slack, Optional<WeComCallbackHandler> wecom) implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Bots.class);
    private static final int ANSWER_THREADS = 4;

    public static Bots none() {
        return new Bots(Optional.empty(), Optional.empty());
    }

    public static Bots fromEnv(Map<String, String> env, ConversationService answers) {
        return fromEnv(env, answers, TurnLimiter.off(), MemoryBotState.standard(Clock.systemUTC()));
    }

    /**
     * @param limiter how often one user may ask (the web's limit); one bucket per platform user
     * @param state   where deliveries and chat places are remembered (the server's database)
     */
    public static Bots fromEnv(Map<String, String> env, ConversationService answers, TurnLimiter limiter, BotState state) {
        Optional<SlackSettings> slackSettings = SlackSettings.fromEnv(env);
        Optional<WeComSettings> wecomSettings = WeComSettings.fromEnv(env);
        Optional<SlackEventsHandler> slack = slackSettings.map(s -> new SlackEventsHandler(s,
                new BotConversations(answers, Caller.SLACK, limiter, state), new SlackClient(s),
                Executors.newFixedThreadPool(ANSWER_THREADS, named("slack-answer")), Clock.systemUTC()));
        Optional<WeComCallbackHandler> wecom = wecomSettings.map(s -> new WeComCallbackHandler(s,
                new BotConversations(answers, Caller.WECOM, limiter, state), new WeComClient(s),
                Executors.newFixedThreadPool(ANSWER_THREADS, named("wecom-answer")), Clock.systemUTC()));
        List<String> enabled = new ArrayList<>();
        slackSettings.ifPresent(s -> enabled.add("Slack (POST /slack/events; " + s + ")"));
        wecomSettings.ifPresent(s -> enabled.add("WeCom (GET/POST /wecom/callback; " + s + ")"));
        log.info("Bots enabled: {}", enabled.isEmpty() ? "none (set SLACK_* or WECOM_* variables to enable; see docs/bots.md)" : String.join(", ", enabled));
        return new Bots(slack, wecom);
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        slack.ifPresent(SlackEventsHandler::close);
        wecom.ifPresent(WeComCallbackHandler::close);
    }
}
