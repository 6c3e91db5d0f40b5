package org.measuresqa.answer;

/** A citation removed from the answer because the evidence does not support it, and why. */
public record Unverified(int number, String sentence, String reason) {
}
