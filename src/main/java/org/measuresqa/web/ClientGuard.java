package org.measuresqa.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.measuresqa.config.Config;
import org.measuresqa.conversation.TurnLimiter;
import org.measuresqa.observe.Telemetry;

/**
 * Who is calling the API and whether they may: the anonymous owner cookie that keeps a browser's conversations its
 * own, the optional access token, the cross-site checks on requests that change state, and a token bucket per client
 * on chats and ratings. The client is the remote address, or behind a trusted proxy the address it appended.
 */
final class ClientGuard {

    static final String OWNER_COOKIE = "mqa_owner";
    private static final Pattern OWNER = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int OWNER_MAX_AGE = 400 * 24 * 3600;

    private final Config.Web web;
    private final TurnLimiter limiter;

    ClientGuard(Config.Web web) {
        this.web = Objects.requireNonNull(web, "web");
        this.limiter = new TurnLimiter(web.chatRatePerMinute());
    }

    /** The browser's owner id from its cookie, issuing one (HttpOnly, SameSite=Lax, Secure over HTTPS) when it has none. */
    String owner(Context ctx) {
        String known = ctx.attribute(OWNER_COOKIE);
        if (known != null) return known;
        String owner = ctx.cookie(OWNER_COOKIE);
        if (owner == null || !OWNER.matcher(owner).matches()) {
            owner = UUID.randomUUID().toString();
            ctx.cookie(new Cookie(OWNER_COOKIE, owner, "/", OWNER_MAX_AGE, secure(ctx), true, null, SameSite.LAX));
        }
        ctx.attribute(OWNER_COOKIE, owner);
        return owner;
    }

    /** With {@code AUTH_TOKEN} set, every API call must carry it; compared in constant time. */
    void checkToken(Context ctx) {
        if (web.authToken() == null) return;
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).trim() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), web.authToken().getBytes(StandardCharsets.UTF_8))) {
            throw new UnauthorizedResponse("需要访问令牌：请在 Authorization 头中携带 Bearer 令牌");
        }
    }

    /**
     * A request that changes state must be JSON (a form or text/plain post from another page cannot be) and, when the
     * browser says where it comes from, come from this server's own origin or one allowed.
     */
    void checkCrossSite(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new HttpResponseException(415, "请求必须是 JSON（Content-Type: application/json）");
        }
        String origin = ctx.header("Origin");
        if (origin == null) return; // not sent by a browser (curl, the bots' platforms), or a same-origin GET
        if (origin.equals(ownOrigin(ctx)) || web.allowedOrigins().contains(origin)) return;
        throw new ForbiddenResponse("不接受来自其他网站的请求");
    }

    /** Takes one token from the client's bucket; over the limit, a 429 that says when to try again. */
    void checkRate(Context ctx) {
        limiter.acquire(client(ctx)).ifPresent(wait -> {
            Telemetry.rateLimited(ctx.path());
            ctx.header("Retry-After", Long.toString(wait.toSeconds()));
            throw new HttpResponseException(429, TurnLimiter.refusal(wait));
        });
    }

    /** The client's address: behind a trusted proxy, the last address of X-Forwarded-For (the one the proxy added). */
    String client(Context ctx) {
        if (web.trustProxy()) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].trim();
            }
        }
        return ctx.ip();
    }

    private boolean secure(Context ctx) {
        if (web.trustProxy() && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))) return true;
        return "https".equalsIgnoreCase(ctx.scheme());
    }

    /** This server's origin as the browser sees it: scheme and Host (behind a trusted proxy, the forwarded ones). */
    private String ownOrigin(Context ctx) {
        String scheme = secure(ctx) ? "https" : "http";
        String host = web.trustProxy() && ctx.header("X-Forwarded-Host") != null ? ctx.header("X-Forwarded-Host") : ctx.host();
        return scheme + "://" + host;
    }
}
