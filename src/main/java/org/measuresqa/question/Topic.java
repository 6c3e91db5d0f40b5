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
 */
public record Topic(String searchText, List<String> terms, boolean present, boolean stray) {

    public Topic {
        terms = List.copyOf(terms);
    }
}
