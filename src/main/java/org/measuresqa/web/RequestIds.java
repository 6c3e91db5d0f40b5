package org.measuresqa.web;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Each request's id: the one a proxy sent in {@code X-Request-Id} when it is a plain token, otherwise a new random one.
 * It is echoed in the response header, written in the request log and given in error replies, so that a user's report
 * leads to the log line.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "measuresqa.requestId";
    /** A forwarded id is kept only when it cannot forge log lines or carry markup. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    /** Gives the request its id, once; later calls return the same one. */
    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        if (id != null) return id;
        String forwarded = ctx.header(HEADER);
        id = forwarded != null && PLAIN.matcher(forwarded).matches() ? forwarded : fresh();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        return id;
    }

    private static String fresh() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
