package org.measuresqa.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CorpusParserTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/corpus");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void the_document_holds_exactly_32_measures_numbered_1_to_32() {
        List<Measure> measures = Corpus.load(Path.of("corpus/measures.txt")).measures();
        assertThat(measures).hasSize(32);
        assertThat(measures).extracting(Measure::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 32).boxed().toList());
    }

    @Test
    void measure_18_has_four_practice_items_and_its_full_fields() {
        Measure m = Corpus.bundled().measure(18).orElseThrow();
        assertThat(m.name()).isEqualTo("构建水上液化天然气（LNG）燃料加注海事服务体系");
        assertThat(m.category()).isEqualTo(Categories.OPENING_UP);
        assertThat(m.source()).isEqualTo("深圳");
        assertThat(m.scope()).isEqualTo("全国");
        assertThat(m.practices()).hasSize(4);
        assertThat(m.practices().get(0)).startsWith("建立健全水上液化天然气（LNG）加注作业安全监管海事法规标准体系");
        assertThat(m.practices().get(3)).startsWith("创新搭建合作交流平台");
        assertThat(m.results()).contains("从18小时降至10小时").contains("23.64万立方米");
    }

    @Test
    void scopes_sources_and_categories_are_read_exactly() {
        Corpus corpus = Corpus.bundled();
        assertThat(corpus.measure(24).orElseThrow().scope()).isEqualTo("长三角区域");
        assertThat(corpus.measures().stream().filter(m -> m.scope().equals("具备条件地区")).map(Measure::number))
                .containsExactly(1, 3, 7);
        assertThat(corpus.measures().stream().filter(m -> m.source().equals("深圳")).map(Measure::number))
                .containsExactly(2, 6, 8, 11, 18, 21, 29, 30);
        assertThat(corpus.measures().stream().map(Measure::category).distinct()).containsExactlyElementsOf(Categories.ALL);
        assertThat(corpus.measure(22).orElseThrow().category()).isEqualTo(Categories.OPENING_UP);
        assertThat(corpus.measure(23).orElseThrow().category()).isEqualTo(Categories.BUSINESS_ENVIRONMENT);
    }

    @Test
    void a_cell_without_numbered_items_is_one_practice_and_rows_without_a_header_between_them_both_parse() {
        Corpus corpus = Corpus.bundled();
        assertThat(corpus.measure(6).orElseThrow().practices()).hasSize(1);
        assertThat(corpus.measure(17).orElseThrow().practices()).singleElement().asString().startsWith("推行进出口货物“智能云分流”");
        // 10/11, 16/17, 20/21, 28/29 and 30/31 share a block without a header row between them
        assertThat(corpus.measure(11).orElseThrow().name()).isEqualTo("创新海外知识产权保护工作机制");
        assertThat(corpus.measure(31).orElseThrow().source()).isEqualTo("厦门");
    }

    @Test
    void spaces_around_figures_are_removed_so_figures_read_as_users_type_them() {
        Measure m = Corpus.bundled().measure(8).orElseThrow();
        assertThat(m.results()).isEqualTo("截至2024年第三季度，已累计发行知识产权证券化产品93单，发行规模208亿元，惠及企业1414家。");
    }

    @TestFactory
    Stream<DynamicTest> golden_files_parse_to_their_expected_measures() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            List<Path> inputs = files.filter(p -> p.toString().endsWith(".input")).sorted().toList();
            assertThat(inputs).isNotEmpty();
            return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
                Path expected = Path.of(input.toString().replace(".input", ".expected"));
                assertThat(expected).as("every .input has an .expected partner").exists();
                List<Measure> parsed = CorpusParser.parse(input.toString(), Files.readAllLines(input, StandardCharsets.UTF_8));
                assertThat(JSON.readTree(JSON.writeValueAsString(parsed))).isEqualTo(JSON.readTree(expected.toFile()));
            }));
        }
    }

    @Test
    void a_row_that_cannot_be_read_fails_naming_its_line() {
        List<String> lines = List.of("序号\t名称\t创新做法\t来源\t实施效果\t推广范围", "<b>一、要素市场化改革</b>\t\t\t\t\t",
                "1\t名称\t做法\t厦门\t效果\t全国", "这一行不是表格里的行");
        assertThatThrownBy(() -> CorpusParser.parse("doc.txt", lines))
                .isInstanceOf(CorpusFormatException.class).hasMessageContaining("doc.txt, line 4");
    }

    @Test
    void a_measure_row_with_missing_cells_fails_naming_its_line_and_the_count() {
        List<String> lines = List.of("序号\t名称\t创新做法\t来源\t实施效果\t推广范围", "<b>一、要素市场化改革</b>\t\t\t\t\t",
                "1\t名称\t做法\t厦门\t效果");
        assertThatThrownBy(() -> CorpusParser.parse("doc.txt", lines))
                .hasMessageContaining("line 3").hasMessageContaining("found 5");
    }

    @Test
    void a_missing_or_repeated_number_fails_instead_of_dropping_a_measure() {
        String header = "序号\t名称\t创新做法\t来源\t实施效果\t推广范围";
        String category = "<b>一、要素市场化改革</b>\t\t\t\t\t";
        assertThatThrownBy(() -> CorpusParser.parse("doc", List.of(header, category, "1\ta\tb\t厦门\tc\t全国", "3\ta\tb\t厦门\tc\t全国")))
                .hasMessageContaining("measure 2 is missing");
        assertThatThrownBy(() -> CorpusParser.parse("doc", List.of(header, category, "1\ta\tb\t厦门\tc\t全国", "1\ta\tb\t厦门\tc\t全国")))
                .hasMessageContaining("line 4").hasMessageContaining("appears twice");
    }

    @Test
    void an_empty_cell_is_an_error_naming_the_column() {
        List<String> lines = List.of("序号\t名称\t创新做法\t来源\t实施效果\t推广范围", "<b>一、要素市场化改革</b>\t\t\t\t\t",
                "1\t名称\t<p></p>\t厦门\t效果\t全国");
        assertThatThrownBy(() -> CorpusParser.parse("doc", lines)).hasMessageContaining("empty 创新做法");
    }

    @Test
    void item_markers_must_count_from_one_so_parenthesised_numbers_in_prose_are_not_split() {
        assertThat(CorpusParser.splitPractices("(1)甲，见(3)号文。(2)乙。")).containsExactly("甲，见(3)号文。", "乙。");
        assertThat(CorpusParser.splitPractices("引用(2)条，没有第一条。")).containsExactly("引用(2)条，没有第一条。");
    }
}
