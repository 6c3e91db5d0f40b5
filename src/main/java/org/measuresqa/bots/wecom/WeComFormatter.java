package org.measuresqa.bots.wecom;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.measuresqa.answer.Answer;
import org.measuresqa.answer.Citation;

/**
 * An answer as WeCom markdown (which takes {@code **bold**}, {@code [t](u)}, headings and quotes as they are), with a
 * sources list (every cited measure, linked, when the public address is known; else those the text does not name),
 * split into messages under {@value WeComClient#MAX_CONTENT_BYTES} UTF-8 bytes.
 */
public final class WeComFormatter {

    /** Each piece is strictly under WeCom's 2048-byte limit. */
    public static final int MAX_PIECE_BYTES = WeComClient.MAX_CONTENT_BYTES - 1;

    private final String publicBaseUrl;

    /** @param publicBaseUrl this server's public address for links to the measures, or null */
    public WeComFormatter(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    /** The messages to send for an answer, in order; at least one. */
    public List<String> format(Answer answer) {
        StringBuilder text = new StringBuilder(answer.text().strip());
        // the sources list links every cited measure when it can, else names the ones the text does not name
        List<Citation> listed = publicBaseUrl != null ? answer.citations()
                : answer.citations().stream().filter(c -> !answer.text().contains(c.name())).toList();
        if (!listed.isEmpty()) {
            text.append("\n\n> 来源");
            for (Citation c : listed) {
                String name = publicBaseUrl == null ? c.name() : "[" + c.name() + "](" + publicBaseUrl + "/measures/" + c.number() + ")";
                text.append("\n> [").append(c.number()).append("] ").append(name);
                if (c.source() != null && !c.source().isBlank()) text.append("（").append(c.source()).append("）");
            }
        }
        if (text.isEmpty()) text.append("（没有可显示的回答）");
        return split(text.toString(), MAX_PIECE_BYTES);
    }

    /**
     * Cuts {@code text} into pieces of at most {@code maxBytes} UTF-8 bytes, only between characters (never inside a
     * surrogate pair or a character with its combining marks), preferring the end of a line in the second half of a
     * piece. Joined, the pieces are exactly {@code text}.
     */
    public static List<String> split(String text, int maxBytes) {
        if (maxBytes < 4) throw new IllegalArgumentException("maxBytes must be at least 4 (one character), was " + maxBytes);
        List<String> pieces = new ArrayList<>();
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int bytes = 0;
            int lastNewline = -1;
            int lastNewlineBytes = 0;
            for (int next = characters.following(start); next != BreakIterator.DONE; next = characters.next()) {
                int size = utf8Length(text, end, next);
                if (bytes + size > maxBytes) break;
                bytes += size;
                end = next;
                if (text.charAt(end - 1) == '\n') {
                    lastNewline = end;
                    lastNewlineBytes = bytes;
                }
            }
            if (end == start) end = oneCodePointAtLeast(text, start, maxBytes);
            else if (end < text.length() && lastNewline > start && lastNewlineBytes * 2 >= maxBytes) end = lastNewline;
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    /** A grapheme bigger than a whole piece: cut it between code points. */
    private static int oneCodePointAtLeast(String text, int start, int maxBytes) {
        int end = start;
        int bytes = 0;
        while (end < text.length()) {
            int next = end + Character.charCount(text.codePointAt(end));
            int size = utf8Length(text, end, next);
            if (bytes + size > maxBytes) break;
            bytes += size;
            end = next;
        }
        return end;
    }

    /** UTF-8 length of {@code text[from, to)} without encoding it. */
    static int utf8Length(CharSequence text, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return bytes;
    }
}
