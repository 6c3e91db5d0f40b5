package org.measuresqa.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 as SQLite's FTS5 computes it (k1 1.2, b 0.75, idf = ln((N - n + 0.5) / (n + 0.5)) floored at 1e-6),
 * so the in-memory store ranks exactly as the SQLite one does.
 */
final class Bm25 {

    static final double K1 = 1.2;
    static final double B = 0.75;

    private final Map<String, Map<String, Integer>> termFrequencies = new HashMap<>(); // chunk id -> term -> tf
    private final Map<String, Integer> lengths = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private long totalLength;

    void add(String id, List<String> tokens) {
        remove(id);
        Map<String, Integer> tf = new HashMap<>();
        for (String t : tokens) tf.merge(t, 1, Integer::sum);
        termFrequencies.put(id, tf);
        lengths.put(id, tokens.size());
        totalLength += tokens.size();
        for (String t : tf.keySet()) documentFrequency.merge(t, 1, Integer::sum);
    }

    void remove(String id) {
        Map<String, Integer> tf = termFrequencies.remove(id);
        if (tf == null) return;
        totalLength -= lengths.remove(id);
        for (String t : tf.keySet()) documentFrequency.computeIfPresent(t, (k, v) -> v == 1 ? null : v - 1);
    }

    /** Scores of the documents among {@code candidates} that contain at least one term. */
    Map<String, Double> score(Collection<String> terms, Collection<String> candidates) {
        int n = termFrequencies.size();
        if (n == 0) return Map.of();
        double avg = (double) totalLength / n;
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(terms));
        Map<String, Double> idf = new HashMap<>();
        for (String t : distinct) {
            int df = documentFrequency.getOrDefault(t, 0);
            double value = Math.log((n - df + 0.5) / (df + 0.5));
            idf.put(t, value <= 0 ? 1e-6 : value);
        }
        Map<String, Double> scores = new HashMap<>();
        for (String id : candidates) {
            Map<String, Integer> tf = termFrequencies.get(id);
            if (tf == null) continue;
            double len = lengths.get(id);
            double s = 0;
            boolean any = false;
            for (String t : distinct) {
                Integer f = tf.get(t);
                if (f == null) continue;
                any = true;
                s += idf.get(t) * (f * (K1 + 1)) / (f + K1 * (1 - B + B * len / avg));
            }
            if (any) scores.put(id, s);
        }
        return scores;
    }
}
