package org.measuresqa.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Retrieval metrics over a ranked list of measure numbers and a gold list. Relevance is binary (a measure is in
 * gold or not).
 */
public final class Metrics {

    private Metrics() {
    }

    /**
     * Share of the gold found in the top {@code k}, out of as many as could fit ({@code min(k, |gold|)}), so a perfect
     * ranking scores 1 even when gold is longer than k.
     */
    public static double recallAt(List<Integer> ranked, List<Integer> gold, int k) {
        if (gold.isEmpty()) throw new IllegalArgumentException("recall needs a non-empty gold list");
        Set<Integer> g = new HashSet<>(gold);
        long found = ranked.stream().limit(k).filter(g::contains).count();
        return (double) found / Math.min(k, gold.size());
    }

    /** 1 / rank of the first gold measure; 0 when none is ranked. */
    public static double reciprocalRank(List<Integer> ranked, List<Integer> gold) {
        Set<Integer> g = new HashSet<>(gold);
        for (int i = 0; i < ranked.size(); i++) {
            if (g.contains(ranked.get(i))) return 1.0 / (i + 1);
        }
        return 0;
    }

    /** Normalised discounted cumulative gain of the top {@code k}, binary gains. */
    public static double ndcgAt(List<Integer> ranked, List<Integer> gold, int k) {
        if (gold.isEmpty()) throw new IllegalArgumentException("nDCG needs a non-empty gold list");
        Set<Integer> g = new HashSet<>(gold);
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (g.contains(ranked.get(i))) dcg += 1 / log2(i + 2);
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, gold.size()); i++) ideal += 1 / log2(i + 2);
        return dcg / ideal;
    }

    /** Whether the returned measures are exactly the gold set, order aside. */
    public static boolean exactSet(List<Integer> returned, List<Integer> gold) {
        return new HashSet<>(returned).equals(new HashSet<>(gold)) && returned.size() == new HashSet<>(returned).size();
    }

    /** Share of the returned measures that are gold; 0 when nothing was returned. */
    public static double precision(List<Integer> returned, List<Integer> gold) {
        if (returned.isEmpty()) return 0;
        Set<Integer> g = new HashSet<>(gold);
        return (double) returned.stream().distinct().filter(g::contains).count() / returned.stream().distinct().count();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
