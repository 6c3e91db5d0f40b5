package org.measuresqa.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.Chunk;
import org.measuresqa.index.ChunkField;
import org.measuresqa.index.ChunkStore;
import org.measuresqa.index.LexicalTokens;
import org.measuresqa.index.MeasureSentences;

/**
 * What retrieval keeps in memory of the store: the measures, their passages, their sentences with vectors, and
 * their folded text. Loaded once; the store stays the one source.
 */
final class MeasureData {

    /** A sentence with its unit vector (null when the index holds none, e.g. a store built by an older version). */
    record VectorSentence(MeasureSentences.Sentence sentence, float[] vector, String folded) {
    }

    final TreeMap<Integer, Measure> measures = new TreeMap<>();
    final Map<Integer, List<Chunk>> passages = new HashMap<>();
    final Map<Integer, List<VectorSentence>> sentences = new HashMap<>();
    final Map<Integer, String> foldedText = new HashMap<>();
    /** Each measure's name and results, folded once here rather than per question. */
    final Map<Integer, String> foldedName = new HashMap<>();
    final Map<Integer, String> foldedResults = new HashMap<>();
    final Map<Integer, List<org.measuresqa.question.Figures.Figure>> figures = new HashMap<>();
    /** Every full-text term of the document: a question's terms outside it (joins of two words) say nothing. */
    final java.util.Set<String> documentTerms = new java.util.HashSet<>();

    /** Whether any measure's text holds the words (folded). */
    boolean documentSays(String words) {
        return foldedText.values().stream().anyMatch(t -> t.contains(words));
    }

    /** How many measures' text holds the words (folded). */
    long measuresUsing(String words) {
        return foldedText.values().stream().filter(t -> t.contains(words)).count();
    }

    MeasureData(ChunkStore store) {
        for (Measure m : store.measures()) {
            measures.put(m.number(), m);
            foldedText.put(m.number(), LexicalTokens.fold(m.fullText()));
            foldedName.put(m.number(), LexicalTokens.fold(m.name()));
            foldedResults.put(m.number(), LexicalTokens.fold(m.results()));
            figures.put(m.number(), org.measuresqa.question.Figures.in(foldedText.get(m.number())));
            documentTerms.addAll(LexicalTokens.tokens(m.fullText()));
        }
        for (Chunk c : store.chunks()) {
            if (c.field().isPassage()) passages.computeIfAbsent(c.measureNumber(), n -> new ArrayList<>()).add(c);
        }
        Map<String, float[]> vectors = store.vectors(ChunkField.SENTENCE);
        for (Measure m : measures.values()) {
            List<VectorSentence> list = new ArrayList<>();
            for (MeasureSentences.Sentence s : MeasureSentences.of(m)) {
                list.add(new VectorSentence(s, vectors.get(s.id()), LexicalTokens.fold(s.text())));
            }
            sentences.put(m.number(), list);
        }
    }

    Measure measure(int number) {
        return measures.get(number);
    }

    int size() {
        return measures.size();
    }
}
