package org.measuresqa.web;

import java.util.List;
import org.measuresqa.corpus.Measure;

/** A whole measure as {@code GET /api/measures} shows it. */
public record MeasureView(int number, String name, String category, String source, String scope,
                          List<String> practices, String results) {

    public static MeasureView of(Measure m) {
        return new MeasureView(m.number(), m.name(), m.category(), m.source(), m.scope(), m.practices(), m.results());
    }
}
