package org.measuresqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.conversation.ConversationStore;
import org.measuresqa.support.TestIndex;

/**
 * What every answerer must do once its text has gone through the service: cite only measures that were retrieved,
 * and say plainly that the document does not cover a question retrieval declined. A subclass supplies the answerer.
 */
abstract class AnswererContract {

    @TempDir
    Path dir;

    /** The model answerer under test; empty means the extractive answerer alone. */
    protected abstract java.util.Optional<Answerer> answerer();

    private ConversationService service() {
        return TestIndex.conversationService(answerer(), ConversationStore.open(dir.resolve("c.db")));
    }

    private static Set<Integer> retrieved(ChatTurn turn) {
        return turn.retrieval().measures().stream().map(h -> h.measure().number()).collect(Collectors.toSet());
    }

    @Test
    void should_cite_only_measures_that_were_retrieved() {
        for (String q : List.of("知识产权证券化发行了多少单？", "哪些举措缩短了通关时间？", "深圳在对外开放方面做了什么？", "实施效果怎么样？")) {
            ChatTurn turn = service().chat(org.measuresqa.conversation.Caller.cli(), null, q, ChatListener.NONE);
            Set<Integer> allowed = retrieved(turn);
            assertThat(turn.answer().citations()).allSatisfy(c -> assertThat(allowed).contains(c.number()));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(turn.answer().text());
            while (m.find()) assertThat(allowed).as(q).contains(Integer.parseInt(m.group(1)));
        }
    }

    @Test
    void should_give_a_clear_not_in_the_document_answer_when_retrieval_declines() {
        ChatTurn turn = service().chat(org.measuresqa.conversation.Caller.cli(), null, "成都有哪些综合改革试点举措？", ChatListener.NONE);
        assertThat(turn.answer().abstain()).isTrue();
        assertThat(turn.answer().text()).contains("没有").contains("成都");
        assertThat(turn.answer().citations()).isEmpty();
    }

    @Test
    void should_answer_a_fact_question_with_the_cited_measure_and_its_supporting_sentence() {
        ChatTurn turn = service().chat(org.measuresqa.conversation.Caller.cli(), null, "知识产权证券化发行了多少单？", ChatListener.NONE);
        assertThat(turn.answer().abstain()).isFalse();
        assertThat(turn.answer().citations()).extracting(Citation::number).contains(8);
        Citation c = turn.answer().citations().stream().filter(x -> x.number() == 8).findFirst().orElseThrow();
        assertThat(c.name()).isEqualTo("打造知识产权证券化特色品牌");
        assertThat(c.source()).isEqualTo("深圳");
        assertThat(TestIndex.corpus().measure(8).orElseThrow().fullText()).contains(c.quote().replace(" ", ""));
    }
}
