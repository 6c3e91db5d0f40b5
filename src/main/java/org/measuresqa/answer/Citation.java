package org.measuresqa.answer;

/** A verified citation: the measure and the sentence of its text that supports what the answer says. */
public record Citation(int number, String name, String source, String quote) {
}
