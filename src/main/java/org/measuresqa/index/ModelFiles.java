package org.measuresqa.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the quantized BGE model from files unpacked next to the index. Loading the same model from its jar inflates
 * 24 MB on every start (about 0.45 s of a 3 s start-up); from a plain file ONNX Runtime reads it directly. The
 * vectors are identical (same ONNX graph, tokenizer and CLS pooling as {@link BgeSmallZhV15QuantizedEmbeddingModel}).
 */
final class ModelFiles {

    static final String MODEL = "bge-small-zh-v1.5-q.onnx";
    static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";
    private static final Logger log = LoggerFactory.getLogger(ModelFiles.class);

    private ModelFiles() {
    }

    /** The model from {@code folder}, unpacking it there first when missing or stale; from the jar when that fails. */
    static EmbeddingModel load(Path folder) {
        try {
            Path model = unpack(folder, MODEL);
            Path tokenizer = unpack(folder, TOKENIZER);
            return new OnnxEmbeddingModel(model, tokenizer, PoolingMode.CLS);
        } catch (IOException | RuntimeException e) {
            log.warn("Loading the embedding model from its jar instead of {}: {}", folder, e.getMessage());
            return new BgeSmallZhV15QuantizedEmbeddingModel();
        }
    }

    /** Copies a resource of the model's jar to {@code folder} unless a file of the same size is already there. */
    static Path unpack(Path folder, String name) throws IOException {
        URL resource = BgeSmallZhV15QuantizedEmbeddingModel.class.getClassLoader().getResource(name);
        if (resource == null) throw new IOException(name + " is not on the classpath");
        long size = resource.openConnection().getContentLengthLong(); // a jar entry's size, without inflating it
        Path target = folder.resolve(name);
        if (Files.isRegularFile(target) && size >= 0 && Files.size(target) == size) return target;
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, name, ".part");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        log.info("Unpacked {} to {}", name, folder);
        return target;
    }
}
