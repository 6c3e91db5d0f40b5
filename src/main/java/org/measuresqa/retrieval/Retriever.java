package org.measuresqa.retrieval;

import java.util.List;

/** Finds the measures that answer a question, best first. */
public interface Retriever {

    /**
     * @param question the latest user question
     * @param history  earlier user turns, oldest first (may be empty)
     * @param k        how many ranked measures to return; an exact set named by the question is returned whole
     */
    RetrievalResult retrieve(String question, List<String> history, int k);
}
