package org.measuresqa.support;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic stand-in model for tests about bookkeeping (what gets embedded, when): vectors are character
 * counts hashed into 16 dimensions, so equal texts embed equally. It counts the texts it embeds.
 */
public final class FakeEmbeddingModel implements EmbeddingModel {

    public final AtomicInteger embedded = new AtomicInteger();

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> out = new ArrayList<>();
        for (TextSegment s : segments) {
            embedded.incrementAndGet();
            float[] v = new float[16];
            for (int cp : s.text().codePoints().toArray()) v[Math.floorMod(cp * 31, 16)] += 1;
            v[0] += s.text().getBytes(StandardCharsets.UTF_8).length % 7;
            out.add(Embedding.from(v));
        }
        return Response.from(out);
    }

    @Override
    public int dimension() {
        return 16;
    }
}
