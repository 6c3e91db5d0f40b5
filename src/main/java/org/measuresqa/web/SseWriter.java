package org.measuresqa.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes server-sent events ({@code event:} and one {@code data:} line of JSON), flushing each. */
final class SseWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OutputStream out;

    SseWriter(OutputStream out) {
        this.out = out;
    }

    synchronized void send(String event, Object data) {
        try {
            String frame = "event: " + event + "\ndata: " + JSON.writeValueAsString(data) + "\n\n";
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the client went away", e);
        }
    }
}
