package org.measuresqa.corpus;

/** A line of the measures document that the parser cannot read. The message names the line. */
public class CorpusFormatException extends RuntimeException {

    public CorpusFormatException(String source, int line, String problem) {
        super(source + ", line " + line + ": " + problem);
    }

    public CorpusFormatException(String message) {
        super(message);
    }
}
