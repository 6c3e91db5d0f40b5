package org.measuresqa.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The prompt texts, read once at start from {@code prompts/} (or the copies packed into the jar): the system prompt,
 * the answer template, the follow-up note, and the correction sent when an answer cited no measure. Templates use
 * {{name}} placeholders.
 */
public record Prompts(String system, String answer, String followUp, String correction) {

    public static final String BUNDLED = "prompts/";

    public static Prompts load(Path folder) {
        return new Prompts(read(folder, "system.txt"), read(folder, "answer.txt"), read(folder, "followup.txt"), read(folder, "correction.txt"));
    }

    private static String read(Path folder, String name) {
        try {
            if (folder != null && Files.isRegularFile(folder.resolve(name))) {
                return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
            }
            try (InputStream in = Prompts.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
                if (in == null) throw new IllegalStateException("prompt " + name + " is missing from " + folder + " and from the jar");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read prompt " + name + ": " + e.getMessage(), e);
        }
    }

    /** Replaces each {{key}} by its value. */
    public static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) out = out.replace("{{" + e.getKey() + "}}", e.getValue());
        return out;
    }
}
