package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.measuresqa.corpus.Corpus;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.LexicalTokens;

/** A broad topic covers what a reader takes it to cover, and a measure is about it only when it says so more than once. */
class TopicLexiconTest {

    private static final List<Measure> MEASURES = Corpus.bundled().measures();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "绿色发展和环保这块做了什么;生态环保",
            "改善营商环境的经验;",
            "环评提速的经验;环评",
            "企业借钱难怎么办;融资",
            "跟港澳往来有关的;香港",
            "医疗器械企业能用的政策;生物医药",
            "海事局管的事项;海事",
            "船公司关心的改革;船舶",
            "守信激励、失信惩戒的做法;信用",
            "货柜运输方面的改革;集装箱",
    })
    void a_question_names_the_concepts_its_words_stand_for(String question, String concepts) {
        List<String> named = TopicLexicon.named(LexicalTokens.fold(question)).stream().map(TopicLexicon.Concept::name).toList();
        assertThat(named).containsExactlyElementsOf(Readings.set(concepts));
    }

    @ParameterizedTest(name = "{0}: substantially {1}; in passing {2}")
    @CsvSource(delimiter = ';', value = {
            "生态环保;29|30|31|32;",
            "生物医药;3|13|14;4|15",
            "人才;2|3|4;26",
            "香港;6|18|21|29;",
            "信用;6|25;9",
            // 6 names loans once, but as a result it achieved ("获得境内贷款64亿元"): that is what it is for
            "融资;6|8|25;",
    })
    void a_measure_is_about_a_concept_when_it_says_so_in_two_sentences_or_its_name_or_results_and_a_place_once(
            String concept, String substantial, String inPassing) {
        TopicLexicon.Concept c = TopicLexicon.CONCEPTS.stream().filter(x -> x.name().equals(concept)).findFirst().orElseThrow();
        Set<Integer> full = new TreeSet<>();
        Set<Integer> half = new TreeSet<>();
        for (Measure m : MEASURES) {
            double about = TopicLexicon.about(c, LexicalTokens.fold(m.name()), LexicalTokens.fold(m.fullText()), LexicalTokens.fold(m.results()));
            if (about >= 1) full.add(m.number());
            else if (about > 0) half.add(m.number());
        }
        assertThat(full).containsExactlyElementsOf(new TreeSet<>(Readings.numbers(substantial)));
        assertThat(half).containsExactlyElementsOf(new TreeSet<>(Readings.numbers(inPassing)));
    }
}
