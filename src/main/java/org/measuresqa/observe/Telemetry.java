package org.measuresqa.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * The server's measurements, by name, in one place. They go to Micrometer's global registry, to which one Prometheus
 * registry is added for {@code GET /metrics}; a class that records only calls these methods, so names and tags stay
 * consistent and their cardinality bounded (routes are templates, never raw paths).
 */
public final class Telemetry {

    private static final PrometheusMeterRegistry PROMETHEUS = prometheus();

    private Telemetry() {
    }

    private static PrometheusMeterRegistry prometheus() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(registry);
        return registry;
    }

    /** Everything measured so far, in the Prometheus text format. */
    public static String scrape() {
        return PROMETHEUS.scrape();
    }

    /** One HTTP request, by its route template (or {@code static} / {@code unmatched}), method and status. */
    public static void request(String method, String route, int status, Duration took) {
        Timer.builder("http.server.requests").description("HTTP requests by route")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(Metrics.globalRegistry)
                .record(took);
    }

    /**
     * One answer given.
     *
     * @param mode     the answerer that wrote it ({@code extractive}, {@code ollama})
     * @param fallback why the model's answer was not used, as a short code, or {@code none}
     * @param declined whether the question was declined (nothing in the measures answers it)
     */
    public static void answered(String mode, String fallback, boolean declined) {
        Counter.builder("measuresqa.answers").description("Answers by mode, fallback reason and decline")
                .tag("mode", mode).tag("fallback", fallback).tag("declined", Boolean.toString(declined))
                .register(Metrics.globalRegistry)
                .increment();
    }

    /** One call to the model, from request to the last token, with its outcome ({@code ok} or a fallback code). */
    public static void modelCall(String outcome, Duration took) {
        Timer.builder("measuresqa.model.calls").description("Model calls by outcome")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(Metrics.globalRegistry)
                .record(took);
    }

    /** One request refused by the per-client limit. */
    public static void rateLimited(String route) {
        Counter.builder("measuresqa.rate.limited").description("Requests refused by the per-client rate limit")
                .tag("route", route)
                .register(Metrics.globalRegistry)
                .increment();
    }

    /** One question a bot refused because its queues were full. */
    public static void busy(String bot) {
        Counter.builder("measuresqa.bot.busy").description("Bot questions refused because the answer queues were full")
                .tag("bot", bot)
                .register(Metrics.globalRegistry)
                .increment();
    }

    /**
     * The questions a bot has waiting or in hand. The gauge reads {@code depth} on each scrape; the latest bot of a
     * name replaces an earlier one (a server has one of each).
     */
    public static void queueDepth(String bot, IntSupplier depth) {
        Gauge gauge = Metrics.globalRegistry.find("measuresqa.bot.queue.depth").tag("bot", bot).gauge();
        if (gauge != null) Metrics.globalRegistry.remove(gauge);
        Gauge.builder("measuresqa.bot.queue.depth", depth, d -> d.getAsInt())
                .description("Bot questions waiting or being answered")
                .tag("bot", bot)
                .strongReference(true)
                .register(Metrics.globalRegistry);
    }
}
