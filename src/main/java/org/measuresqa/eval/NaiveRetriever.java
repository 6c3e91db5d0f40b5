package org.measuresqa.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.measuresqa.index.Embedder;

/**
 * The baseline every report compares against: the whole document split every 300 characters, each piece embedded,
 * top pieces by cosine, mapped back to the measures whose rows they overlap. No structure, no lexical search, no
 * conversation, never declines.
 */
public final class NaiveRetriever implements RetrievalOutcome.Variant {

    public static final int PIECE_CHARS = 300;
    private static final Pattern MEASURE_ROW = Pattern.compile("(?m)^(\\d{1,3})\\t");

    private record Piece(Set<Integer> measures, float[] vector) {
    }

    private final Embedder embedder;
    private final List<Piece> pieces = new ArrayList<>();

    public NaiveRetriever(String document, Embedder embedder) {
        this.embedder = embedder;
        List<int[]> rows = new ArrayList<>(); // {measure, start, end}
        Matcher m = MEASURE_ROW.matcher(document);
        while (m.find()) {
            int end = document.indexOf('\n', m.start());
            rows.add(new int[] {Integer.parseInt(m.group(1)), m.start(), end < 0 ? document.length() : end});
        }
        for (int start = 0; start < document.length(); start += PIECE_CHARS) {
            int end = Math.min(document.length(), start + PIECE_CHARS);
            Set<Integer> overlapped = new LinkedHashSet<>();
            for (int[] row : rows) if (row[1] < end && row[2] > start) overlapped.add(row[0]);
            if (overlapped.isEmpty()) continue;
            pieces.add(new Piece(overlapped, embedder.embedPassage(document.substring(start, end))));
        }
    }

    @Override
    public String name() {
        return "naive";
    }

    @Override
    public RetrievalOutcome run(EvalCase c, int k) {
        float[] q = embedder.embedQuery(c.question());
        List<Piece> order = new ArrayList<>(pieces);
        order.sort((a, b) -> Double.compare(Embedder.dot(q, b.vector()), Embedder.dot(q, a.vector())));
        LinkedHashSet<Integer> ranked = new LinkedHashSet<>();
        for (Piece p : order) {
            ranked.addAll(p.measures());
            if (ranked.size() >= k) break;
        }
        return new RetrievalOutcome(ranked.stream().limit(k).toList(), false, false);
    }
}
