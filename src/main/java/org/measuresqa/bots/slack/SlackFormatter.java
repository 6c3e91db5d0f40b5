package org.measuresqa.bots.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.measuresqa.answer.Answer;
import org.measuresqa.answer.Citation;

/**
 * Turns an answer's Markdown into Slack mrkdwn: {@code **b**} → {@code *b*}, {@code [t](u)} → {@code <u|t>}, headings
 * → bold lines, list bullets → •, citations [17] → links to the measure when the public address is known, and
 * {@code & < >} escaped everywhere else. A sources list names the cited measures the text does not name itself.
 * Long answers are split on line boundaries into messages of at most {@value #MAX_CHARS} characters (under the 3,000
 * of a section block, far under the 40,000 of {@code text}), never inside a link.
 */
public final class SlackFormatter {

    public static final int MAX_CHARS = 2900;
    private static final char ZWSP = '\u200B';
    private static final Pattern INLINE = Pattern.compile(
            "\\*\\*(?<bold>[^*\\n]+?)\\*\\*"
                    + "|\\[(?<label>[^\\]\\n]+)]\\((?<url>https?://[^)\\s]+)\\)"
                    + "|\\[(?<cite>\\d{1,3})]");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+");

    private final String publicBaseUrl;

    /** @param publicBaseUrl this server's public address for citation links, or null to leave citations as text */
    public SlackFormatter(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    /** The messages to post for an answer, in order; at least one. */
    public List<String> format(Answer answer) {
        StringBuilder text = new StringBuilder(mrkdwn(answer.text()));
        // the inline [n] already links to the measure; name the ones the text does not name
        List<Citation> unnamed = answer.citations().stream().filter(c -> !answer.text().contains(c.name())).toList();
        if (!unnamed.isEmpty()) {
            text.append("\n\n*来源*");
            for (Citation c : unnamed) {
                text.append("\n• ").append(citation(c.number())).append(' ').append(escape(c.name()));
                if (c.source() != null && !c.source().isBlank()) text.append("（").append(escape(c.source())).append("）");
            }
        }
        return split(text.toString(), MAX_CHARS);
    }

    /** One Markdown text as mrkdwn. */
    public String mrkdwn(String markdown) {
        List<String> out = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String inner = heading.group(1).replace("**", "");
                out.add(inner.isEmpty() ? "" : bold(inline(inner)));
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.find()) line = bullet.group(1) + "• " + line.substring(bullet.end());
            out.add(inline(line));
        }
        return String.join("\n", out);
    }

    private String inline(String text) {
        Matcher m = INLINE.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start())));
            if (m.group("bold") != null) {
                out.append(bold(inline(m.group("bold"))));
            } else if (m.group("url") != null) {
                out.append('<').append(escapeUrl(m.group("url"))).append('|').append(escape(m.group("label"))).append('>');
            } else {
                out.append(citation(Integer.parseInt(m.group("cite"))));
            }
            last = m.end();
        }
        out.append(escape(text.substring(last)));
        return out.toString();
    }

    /** Slack sees *bold* only at word boundaries; Chinese has no spaces, so zero-width spaces make them. */
    private static String bold(String inner) {
        return ZWSP + "*" + inner.strip() + "*" + ZWSP;
    }

    private String citation(int number) {
        return publicBaseUrl == null ? "[" + number + "]" : "<" + publicBaseUrl + "/measures/" + number + "|[" + number + "]>";
    }

    /** Escapes the three characters mrkdwn treats as control characters. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String escapeUrl(String url) {
        return url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
    }

    /**
     * Cuts {@code text} into pieces of at most {@code max} characters, preferring line ends, never inside a
     * {@code <…>} link or a surrogate pair. Joined, the pieces give back {@code text} except for the line ends cut at.
     */
    static List<String> split(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut < max / 2) {
                cut = max;
                int open = rest.lastIndexOf('<', cut - 1);
                if (open > 0 && rest.lastIndexOf('>', cut - 1) < open) cut = open;
                if (Character.isLowSurrogate(rest.charAt(cut)) && cut > 0) cut--;
            }
            String piece = rest.substring(0, cut).strip();
            if (!piece.isEmpty()) pieces.add(piece);
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || pieces.isEmpty()) pieces.add(rest.isEmpty() ? "（没有可显示的回答）" : rest);
        return pieces;
    }
}
