package org.measuresqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.measuresqa.corpus.Corpus;

class CitationVerifierTest {

    private final CitationVerifier verifier = new CitationVerifier(Corpus.bundled().measures());

    @Test
    void a_citation_whose_figures_are_in_the_measure_stands_with_its_supporting_sentence() {
        var r = verifier.verify("深圳已累计发行知识产权证券化产品93单，发行规模208亿元[8]。", Set.of(8, 9));
        assertThat(r.unverified()).isEmpty();
        assertThat(r.text()).contains("[8]");
        assertThat(r.citations()).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(8);
            assertThat(c.quote()).contains("93单");
        });
    }

    @Test
    void a_measure_that_was_not_retrieved_cannot_be_cited() {
        var r = verifier.verify("深圳港LNG加注时间从18小时降至10小时[18]。", Set.of(8));
        assertThat(r.text()).as("a sentence resting only on an unretrieved measure is not shown").doesNotContain("10小时");
        assertThat(r.unverified()).singleElement().satisfies(u -> {
            assertThat(u.number()).isEqualTo(18);
            assertThat(u.reason()).contains("不在本次检索");
        });
    }

    @Test
    void an_invented_figure_or_a_wrong_place_removes_the_citation_and_says_which() {
        var figure = verifier.verify("已累计发行知识产权证券化产品95单[8]。发行规模208亿元[8]。", Set.of(8));
        assertThat(figure.text()).doesNotContain("95单").isEqualTo("发行规模208亿元[8]。");
        assertThat(figure.unverified()).singleElement().satisfies(u -> assertThat(u.reason()).contains("95"));
        var place = verifier.verify("北京已累计发行知识产权证券化产品93单[8]。", Set.of(8));
        assertThat(place.unverified()).singleElement().satisfies(u -> assertThat(u.reason()).contains("北京"));
    }

    @Test
    void a_figure_in_a_clause_before_a_semicolon_is_checked_too() {
        var r = verifier.verify("环境责任险保额达500亿元；平均费率下降60.33%[30]。", Set.of(30));
        assertThat(r.unverified()).singleElement().satisfies(u -> assertThat(u.reason()).contains("500"));
    }

    @Test
    void several_citations_in_one_sentence_each_need_the_figures_of_that_sentence_somewhere() {
        var r = verifier.verify("证券化产品93单，海外纠纷近1820件[8][11]。", Set.of(8, 11));
        assertThat(r.unverified()).isEmpty();
        assertThat(r.citations()).extracting(Citation::number).containsExactly(8, 11);
    }

    @Test
    void a_citation_without_figures_must_share_words_with_the_measure() {
        assertThat(verifier.verify("推行进出口货物智能云分流[17]。", Set.of(17, 8)).unverified()).isEmpty();
        var unsupported = verifier.verify("推行进出口货物智能云分流[8]。", Set.of(17, 8));
        assertThat(unsupported.unverified()).singleElement().satisfies(u -> assertThat(u.reason()).contains("不支持"));
        assertThat(unsupported.text()).as("no figure is at stake: the sentence stays, uncited").isEqualTo("推行进出口货物智能云分流。");
    }

    @Test
    void a_sentence_about_a_measure_the_document_does_not_have_is_dropped_but_saying_it_does_not_exist_is_kept() {
        var r = verifier.verify("第40项举措规定了无人机物流[8]。已累计发行93单[8]。", Set.of(8));
        assertThat(r.text()).doesNotContain("第40项").contains("93单[8]");
        assertThat(r.unverified()).anySatisfy(u -> assertThat(u.number()).isEqualTo(40));
        assertThat(verifier.verify("文件共有32项举措，没有第33项。", Set.of()).text()).contains("没有第33项");
        assertThat(verifier.verify("这批文件一共有40项举措。已累计发行93单[8]。", Set.of(8)).text()).isEqualTo("已累计发行93单[8]。");
    }

    @Test
    void other_citation_forms_are_normalised_before_checking() {
        assertThat(CitationVerifier.normalizeMarkers("见【8】和[8, 11]及[第17项]")).isEqualTo("见[8]和[8][11]及[17]");
    }
}
