package org.measuresqa.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns text into unit-length vectors, so that cosine similarity is a dot product. The model is loaded on first use:
 * re-ingesting an unchanged corpus never pays for loading it.
 */
public final class Embedder {

    /** BGE v1.5's instruction for short queries that retrieve passages. */
    public static final String BGE_QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
    public static final String BGE_SMALL_ZH_ID = "bge-small-zh-v1.5-q";

    private static final Logger log = LoggerFactory.getLogger(Embedder.class);

    private final Supplier<EmbeddingModel> modelSupplier;
    private final String modelId;
    private final boolean queryInstruction;
    private volatile EmbeddingModel model;

    public Embedder(Supplier<EmbeddingModel> modelSupplier, String modelId, boolean queryInstruction) {
        this.modelSupplier = Objects.requireNonNull(modelSupplier, "modelSupplier");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.queryInstruction = queryInstruction;
    }

    /** The in-process quantized BGE small zh v1.5 model that ships inside its jar. */
    public static Embedder bgeSmallZh(boolean queryInstruction) {
        return new Embedder(BgeSmallZhV15QuantizedEmbeddingModel::new, BGE_SMALL_ZH_ID, queryInstruction);
    }

    /** The same model, loaded from files unpacked once into {@code folder}: faster to start (see {@link ModelFiles}). */
    public static Embedder bgeSmallZh(boolean queryInstruction, java.nio.file.Path folder) {
        return new Embedder(() -> ModelFiles.load(folder), BGE_SMALL_ZH_ID, queryInstruction);
    }

    /** The same loaded model, with or without the query instruction. */
    public Embedder withQueryInstruction(boolean instruction) {
        return new Embedder(this::model, modelId, instruction);
    }

    public String modelId() {
        return modelId;
    }

    public boolean usesQueryInstruction() {
        return queryInstruction;
    }

    public float[] embedPassage(String text) {
        return embed(text);
    }

    public float[] embedQuery(String text) {
        return embed(queryInstruction ? BGE_QUERY_INSTRUCTION + text : text);
    }

    /** Loads the model now rather than on the first query. */
    public void warmUp() {
        model();
    }

    private float[] embed(String text) {
        return normalize(model().embed(text).content().vector());
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    long start = System.nanoTime();
                    model = modelSupplier.get();
                    log.info("Loaded embedding model {} in {} ms", modelId, (System.nanoTime() - start) / 1_000_000);
                }
                m = model;
            }
        }
        return m;
    }

    static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) sum += x * x;
        double norm = Math.sqrt(sum);
        if (norm == 0) return v.clone();
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
        return out;
    }

    public static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
