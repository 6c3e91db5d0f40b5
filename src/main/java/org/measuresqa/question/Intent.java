package org.measuresqa.question;

/**
 * What kind of answer the question wants.
 *
 * @param count    how many measures (几项举措); not how many of something inside one measure (发了多少单)
 * @param list     a list of measures (有哪些举措); not a list of things inside one measure (建了哪些库)
 * @param premise  states a claim and asks to confirm it ("…是推广到全国的吧？")
 * @param opinion  asks for the assistant's opinion, a ranking or a prediction
 * @param wantsAll names the whole document (所有举措, 一共)
 */
public record Intent(Confidence count, Confidence list, Confidence premise, boolean opinion, boolean wantsAll) {

    public static final Intent NONE = new Intent(Confidence.NONE, Confidence.NONE, Confidence.NONE, false, false);

    /** Asks for a set of measures rather than one answer. */
    public boolean asksForSet() {
        return count.strong() || list.strong();
    }

    public Intent withCount(Confidence c) {
        return new Intent(c, list, premise, opinion, wantsAll);
    }

    public Intent withList(Confidence l) {
        return new Intent(count, l, premise, opinion, wantsAll);
    }
}
