package org.measuresqa.index;

import java.util.ArrayList;
import java.util.List;
import org.measuresqa.corpus.Measure;

/**
 * Cuts a measure into an overview, one chunk per practice item and the results (the passages searches rank), and its
 * sentences (what answers quote; see {@link MeasureSentences}). Every embedded passage starts with the measure's name
 * and stays under {@link #MAX_EMBED_CHARS}, well inside the model's 510-token window (it truncates
 * silently beyond it); a longer field is split at sentence ends.
 */
public final class Chunker {

    public static final int MAX_EMBED_CHARS = 400;

    public List<Chunk> chunk(Measure m) {
        List<Chunk> chunks = new ArrayList<>();
        String overview = m.name() + "。来源：" + m.source() + "；类别：" + m.category() + "；推广范围：" + m.scope() + "。";
        chunks.add(new Chunk(id(m, ChunkField.OVERVIEW, 0, 0), m.number(), ChunkField.OVERVIEW, 0, m.name(), overview));
        for (int i = 0; i < m.practices().size(); i++) {
            addPieces(chunks, m, ChunkField.PRACTICE, i + 1, m.practices().get(i), m.name() + "：");
        }
        addPieces(chunks, m, ChunkField.RESULTS, 0, m.results(), m.name() + "。实施效果：");
        for (MeasureSentences.Sentence s : MeasureSentences.of(m)) {
            // embedded alone: within one measure the name would only blur which sentence answers
            chunks.add(new Chunk(s.id(), m.number(), ChunkField.SENTENCE, s.item(), s.text(), s.text()));
        }
        return chunks;
    }

    public List<Chunk> chunkAll(List<Measure> measures) {
        List<Chunk> all = new ArrayList<>();
        for (Measure m : measures) all.addAll(chunk(m));
        return all;
    }

    private static void addPieces(List<Chunk> out, Measure m, ChunkField field, int ordinal, String text, String prefix) {
        List<String> pieces = split(text, MAX_EMBED_CHARS - prefix.length());
        for (int p = 0; p < pieces.size(); p++) {
            out.add(new Chunk(id(m, field, ordinal, p), m.number(), field, ordinal, pieces.get(p), prefix + pieces.get(p)));
        }
    }

    /** Splits at 。；! ? when {@code text} is longer than {@code max}; a sentence longer than max is cut hard. */
    static List<String> split(String text, int max) {
        if (text.length() <= max) return List.of(text);
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : text.split("(?<=[。；！？])")) {
            if (current.length() + sentence.length() > max && current.length() > 0) {
                pieces.add(current.toString());
                current.setLength(0);
            }
            while (sentence.length() > max) {
                pieces.add(sentence.substring(0, max));
                sentence = sentence.substring(max);
            }
            current.append(sentence);
        }
        if (current.length() > 0) pieces.add(current.toString());
        return pieces;
    }

    private static String id(Measure m, ChunkField field, int ordinal, int piece) {
        String base = m.number() + ":" + field.name().toLowerCase() + ":" + ordinal;
        return piece == 0 ? base : base + "." + piece;
    }
}
