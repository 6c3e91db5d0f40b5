package org.measuresqa.question;

import java.util.List;

/**
 * What is left to search for once filters, question words and politeness are taken out.
 *
 * @param searchText what is embedded: the question itself (wrapper removed, simplified, English glossed)
 * @param terms      full-text terms (character bigrams) of the words no reader took
 * @param present    some of those words are the document's words: there is something to search for
 * @param stray      words are left that the document never uses ("深圳有什么好吃的"): with nothing else left, the
 *                   question is about something the document does not cover
 * @param size       how many characters of topic are left: "那空运呢" leaves two
 */
public record Topic(String searchText, List<String> terms, boolean present, boolean stray, int size) {

    /** This topic read together with an earlier one: "那空运呢" after a question about 查验分流 searches both. */
    public Topic after(Topic earlier) {
        List<String> all = new java.util.ArrayList<>(terms);
        earlier.terms.stream().filter(t -> !all.contains(t)).forEach(all::add);
        return new Topic(earlier.searchText + " " + searchText, all, present || earlier.present, stray && earlier.stray,
                size + earlier.size);
    }

    public Topic {
        terms = List.copyOf(terms);
    }
}
