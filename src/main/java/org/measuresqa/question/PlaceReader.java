package org.measuresqa.question;

import java.util.ArrayList;
import java.util.List;

/** Places named that are not sources and that the document's text never mentions (北京, 杭州; not 香港). */
final class PlaceReader {

    private final String corpusText;

    /** @param corpusText the whole document, folded */
    PlaceReader(String corpusText) {
        this.corpusText = corpusText;
    }

    List<String> read(MaskedText t) {
        List<String> out = new ArrayList<>();
        for (String place : Vocabulary.OTHER_PLACES) {
            if (!corpusText.contains(place) && t.maskAll(place)) out.add(place);
        }
        return out;
    }
}
