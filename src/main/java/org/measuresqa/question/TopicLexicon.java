package org.measuresqa.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a reader of Chinese takes a broad topic to cover. A user asking for "环保方面的举措" means the measures on
 * pollution, discharge, ecology and carbon too, though few share the word 环保; one asking about "融资难" means loans,
 * credit and securitisation. Each concept pairs the words that name it in a question with the words that show a measure
 * is about it. A narrow word names a narrow concept ("环评" is not all of 环保), so that a list is as wide as the
 * question and no wider.
 *
 * <p>Places are concepts too: a measure that names 香港 once is about 香港, while one that says 药 once in passing is
 * not about 医药. So a place needs one mention, any other concept {@link #SUBSTANTIAL} weight (a mention in the
 * measure's name counts double).
 */
public final class TopicLexicon {

    /** Sentences mentioning it that make a measure about a concept that is not a place. */
    public static final int SUBSTANTIAL = 2;

    /** @param indicators words (folded) whose mention shows a measure is about the concept */
    public record Concept(String name, Pattern trigger, List<String> indicators, boolean place) {
    }

    private static Concept concept(String name, String trigger, String... indicators) {
        return new Concept(name, Pattern.compile(trigger), List.of(indicators), false);
    }

    private static Concept place(String name, String trigger, String... indicators) {
        return new Concept(name, Pattern.compile(trigger), List.of(indicators), true);
    }

    static final List<Concept> CONCEPTS = List.of(
            // 营商环境 is the business climate, not the environment
            concept("生态环保", "环保|生态|(?<!营商)环境(保护|治理|污染|质量|领域|方面|这块)|绿色低碳|减污|降碳|减碳|低碳",
                    "生态", "环境污染", "生态环境", "污染", "排污", "碳"),
            concept("污染防治", "污染|排污|治污|排放", "污染", "排污"),
            concept("碳", "碳", "碳"),
            concept("环评", "环评|环境影响评价", "环评", "环境影响评价"),
            concept("融资", "融资|贷款|借款|借钱|缺钱|资金(难|紧|周转)|信贷|授信|金融", "融资", "贷款", "信贷", "授信", "证券化"),
            concept("人才", "人才|职称|技能等级|高工", "人才", "职称"),
            concept("生物医药", "生物医药|医药|药企|药品|新药|医疗器械|制药", "生物医药", "医药", "医疗器械", "药"),
            concept("医保", "医保|医疗保障|报销|付费", "医保", "医疗保障", "病种", "付费"),
            concept("医院", "医院|看病|就医|临床|医疗(?!器械|保险|保障)", "医院", "医疗", "临床"),
            concept("社保就业", "社保|社会保险|就业|养老", "社会保险", "社保", "就业"),
            concept("知识产权", "知识产权|专利|商标|著作权|版权|侵权", "知识产权", "专利", "商标", "著作权", "版权", "作品登记"),
            concept("通关", "通关|海关|报关|查验|清关|口岸", "通关", "海关", "报关", "查验", "口岸"),
            concept("船舶", "船|航运", "船", "海事", "航运"),
            // the maritime authority is narrower than shipping: a measure that loads a ship is not one it takes part in
            concept("海事", "海事", "海事"),
            concept("争议解决", "纠纷|调解|仲裁|争议|诉讼|官司|维权", "纠纷", "调解", "仲裁", "争议", "诉讼", "维权"),
            concept("危险品", "危险|危化", "危险", "危化"),
            concept("信用", "信用|失信|征信|守信", "信用", "失信", "信易贷"),
            concept("集装箱", "集装箱|货柜|箱子", "集装箱", "一箱制"),
            concept("新三样", "新三样|新能源|电动车|锂电|光伏", "新三样", "新能源", "锂电池", "光伏"),
            place("香港", "香港|深港|港澳|港企|港人|港资|涉港", "香港", "深港", "港企", "港人", "港资", "粤港澳"),
            place("新加坡", "新加坡", "新加坡"),
            place("马来西亚", "马来西亚", "马来西亚"),
            place("大湾区", "大湾区|粤港澳", "大湾区", "粤港澳"),
            place("长三角", "长三角", "长三角"));

    private TopicLexicon() {
    }

    /** The concepts a question names (folded text), in the lexicon's order. */
    public static List<Concept> named(String folded) {
        List<Concept> out = new ArrayList<>();
        for (Concept c : CONCEPTS) if (c.trigger().matcher(folded).find()) out.add(c);
        return out;
    }

    /**
     * How strongly a measure is about a concept, from 0 (not at all) to 1 (substantially): the sentences of its text
     * that mention an indicator, its name counting as two, and a result stated with a figure in its words once more. A
     * word said once in passing is half-way.
     */
    public static double about(Concept c, String foldedName, String foldedText, String foldedResults) {
        int weight = 0;
        for (String sentence : SENTENCE_END.split(foldedText)) {
            if (mentions(c, sentence)) weight++;
        }
        // a result achieved in the concept's own terms ("帮助港企获得境内贷款64亿元") shows what the measure is for
        for (String clause : CLAUSE_END.split(foldedResults)) {
            if (mentions(c, clause) && FIGURE.matcher(clause).find()) weight++;
        }
        if (mentions(c, foldedName)) weight += 2;
        if (weight == 0) return 0;
        return c.place() ? 1 : Math.min(1.0, (double) weight / SUBSTANTIAL);
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;！!？?]|</p>");
    private static final Pattern FIGURE = Pattern.compile("[0-9]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?]|</p>|\\t");

    private static boolean mentions(Concept c, String text) {
        for (String w : c.indicators()) if (text.contains(w)) return true;
        return false;
    }

}
