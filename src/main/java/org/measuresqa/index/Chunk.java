package org.measuresqa.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A retrievable piece of one measure.
 *
 * @param text      the evidence shown to users (the field's own words)
 * @param embedText what is embedded and indexed: the measure's name first, so that the piece makes sense alone
 */
public record Chunk(String id, int measureNumber, ChunkField field, int ordinal, String text, String embedText) {

    public Chunk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(embedText, "embedText");
    }

    /** Identifies the embedded content: a chunk whose hash is unchanged need not be embedded again. */
    public String contentHash(String modelId) {
        return sha256(modelId + "\n" + embedText);
    }

    static String sha256(String s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
