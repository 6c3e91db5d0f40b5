package org.measuresqa.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.measuresqa.index.LexicalTokens;
import org.measuresqa.question.Vocabulary;

/**
 * Whether a measure names the particular organisations or places a question asks for by name ("哪家公司建的",
 * "银行具体是哪几家", "哪几个港口", "来自哪3个省"). The document mostly speaks of kinds ("引进头部律所",
 * "试点港口", "来自5个省市"); a kind is no answer to "which one". A name is a kind word with a place before it
 * ("厦门港", "上海电子口岸运营机构"), or a quoted or Latin name ("“海上丝路仲裁中心”").
 */
final class NamedOnes {

    /** Kinds of organisation or place a question may ask for by name, and the words the text uses for each. */
    private static final Map<String, List<String>> KINDS = Map.ofEntries(
            Map.entry("公司", List.of("公司")), Map.entry("企业", List.of("企业", "公司")),
            Map.entry("药企", List.of("企业", "公司")), Map.entry("外企", List.of("企业", "公司")),
            Map.entry("车企", List.of("企业", "公司")), Map.entry("港企", List.of("企业", "公司", "港企")),
            Map.entry("机构", List.of("机构", "中心", "组织")), Map.entry("检测机构", List.of("检测机构", "检测中心", "检验")),
            Map.entry("协会", List.of("协会")), Map.entry("学会", List.of("学会")),
            Map.entry("律所", List.of("律所", "律师事务所")), Map.entry("律师事务所", List.of("律所", "律师事务所")),
            Map.entry("银行", List.of("银行")), Map.entry("医院", List.of("医院")),
            Map.entry("高校", List.of("高校", "大学", "学院")), Map.entry("大学", List.of("大学", "学院")),
            Map.entry("学院", List.of("学院", "学校", "大学")), Map.entry("学校", List.of("学校", "学院", "中学", "小学")),
            Map.entry("设计院", List.of("设计院")), Map.entry("研究院", List.of("研究院", "研究所")),
            Map.entry("港口", List.of("港口", "港")), Map.entry("省市", List.of()), Map.entry("省份", List.of()),
            Map.entry("城市", List.of()), Map.entry("地区", List.of()), Map.entry("行业", List.of("行业", "领域", "产业")));
    private static final String KIND = "(检测机构|律师事务所|公司|企业|药企|外企|车企|港企|机构|协会|学会|律所|银行|医院|高校|大学|学院|学校|设计院|研究院|港口|省市|省份|行业)";
    private static final String WHICH = "哪(?:一|几|[0-9]{1,2}|[两三四五六七八九十])?";
    /**
     * "哪家公司", "哪几个港口", "哪3个省", "由哪家机构"; not "哪个地方把律所…", where a verb's object follows the place
     * asked: the words between the classifier and the kind hold no preposition.
     */
    private static final Pattern WHICH_BEFORE = Pattern.compile(WHICH + "(?:家|个|所|位)[\\p{IsHan}&&[^把将被让给对跟和与同向从]]{0,4}?" + KIND);
    /**
     * "具体是哪些公司", "分别是哪些医院": which ones, insisted on; not a bare "哪些企业可以申请", which a kind may answer.
     */
    private static final Pattern WHICH_INSISTED = Pattern.compile("(?:具体|分别|到底|究竟)(?:是|有|为)?哪(?:些|几)(?:家|个|所|位)?[\\p{IsHan}]{0,3}?" + KIND);
    /** "合作的学院叫什么", "银行的名字": the name of one of a kind. */
    private static final Pattern NAME_OF_KIND = Pattern.compile(KIND + "(?:分别|具体|都)?(?:叫什么|叫啥|是什么名字|的名字|的名称|名称|全称)");
    /** "银行具体是哪几家", "协会是哪个", "港口具体有哪些"; not a bare "医院有哪些", which a kind may answer. */
    private static final Pattern WHICH_AFTER = Pattern.compile(KIND + "[^，,。？?；]{0,4}(?:(?:是|有|为)" + WHICH + "(?:家|个|所)|具体(?:是|有)?哪些)");
    /**
     * "和哪几座城市签约", "跟哪些地区合作": the places a measure was agreed with, asked by name; not "哪个城市的做法",
     * which asks the measure's own city.
     */
    private static final Pattern PARTNERS_ASKED = Pattern.compile("(?:跟|和|与|同)" + WHICH + "(?:个|座|些)?(城市|地区|省市|省份|港口)"
            + "[^，,。？?；]{0,6}?(?:签|合作|对接|互认|联动|共建|协同|通办|打通|互通|联网)");
    /** "分别叫什么", "有哪些", "能给个名单吗": asks the names of what the clause before counted or named. */
    private static final Pattern NAMES_ASKED = Pattern.compile("^(那|那么|请问)?(它们|这些|这几家|这些机构)?(分别|具体|都)*"
            + "(叫什么(名字)?|是什么名字|名字|名称|(有|是)哪些|是哪几(家|个)|(能|可以)?(给|列|发)(个|一份|一下)?名单|有?名单)|(把|将)?[^，,。？?]{0,4}(名字|名称|名单)(列|说|发|给|呢|有吗|有没有|是什么|是啥|吗|$)"
            + "|^(能|可以)?具体(说|讲|列)(一下|说|讲|出来)?(吗|呢)?$");
    /** "律所有几家", "引进了多少家律所": the kind counted, whose names a following "分别叫什么" asks. */
    private static final Pattern KIND_COUNTED = Pattern.compile(KIND + "[^，,。？?；]{0,6}?(?:几|多少)(?:家|个|所|位)|(?:几|多少)(?:家|个|所|位)[\\p{IsHan}]{0,4}?" + KIND);

    /** Words before a kind word that make it a kind, not a name: "头部律所", "试点港口", "相关机构". */
    private static final Pattern KIND_ONLY = Pattern.compile("(头部|试点|相关|有关|各类|各|多家|多个|一批|龙头|[0-9]+家|[0-9]+个|第三方|金融|服务|医疗|中转|启运|其他|国内|境外|国外"
            // who owns or ranks them: "区属医院", "公立医院", "三甲医院"
            + "|区属|市属|省属|公立|公办|民营|三甲|综合|专科|定点|区级|市级|创新型)$");
    private static final Pattern BREAK = Pattern.compile(".*[，,。；;、：:（(]");
    private static final int NAME_REACH = 8;
    /** Names joined by 、 and closed by 等 just before the kind word, with at most a modifier between. */
    private static final Pattern ENUMERATED = Pattern.compile("[\\p{IsHan}]{2,}、[^，,。；;]{2,40}等[\\p{IsHan}]{0,3}$");
    private static final int ENUMERATION_REACH = 60;
    private static final Pattern A_KIND = Pattern.compile(KIND + "|中心|组织");
    private static final List<String> PLACES = places();

    private NamedOnes() {
    }

    /** The kind of organisation or place the clause asks for by name, or null. */
    static String askedKind(String clause) {
        String text = LexicalTokens.fold(clause);
        Matcher m = PARTNERS_ASKED.matcher(text);
        if (m.find()) return m.group(1);
        m = WHICH_BEFORE.matcher(text);
        if (m.find()) return m.group(1);
        m = WHICH_INSISTED.matcher(text);
        if (m.find()) return m.group(1);
        m = NAME_OF_KIND.matcher(text);
        if (m.find()) return m.group(1);
        m = WHICH_AFTER.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The kind whose names a clause asks for after a clause that asked which ones or counted them ("律所有几家？给个名单"), or
     * null.
     */
    static String namesAskedAfter(String clause, String previous) {
        if (previous == null || !NAMES_ASKED.matcher(LexicalTokens.fold(clause).strip()).find()) return null;
        String kind = askedKind(previous);
        if (kind != null) return kind;
        Matcher m = KIND_COUNTED.matcher(LexicalTokens.fold(previous));
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** Whether the text names one of that kind: a place, a quoted or a Latin name before the kind word. */
    static boolean named(String kind, String foldedText) {
        List<String> words = KINDS.getOrDefault(kind, List.of(kind));
        if (words.isEmpty()) return namesRegions(foldedText);
        for (String word : words) {
            for (int at = foldedText.indexOf(word); at >= 0; at = foldedText.indexOf(word, at + 1)) {
                // "生物医药、智能制造等重点领域": the ones of that kind, enumerated before it
                // ("头部律所、仲裁机构等法务机构" enumerates kinds, not names)
                Matcher listed = ENUMERATED.matcher(foldedText.substring(Math.max(0, at - ENUMERATION_REACH), at));
                if (listed.find() && !A_KIND.matcher(listed.group()).find()) return true;
                String before = foldedText.substring(Math.max(0, at - NAME_REACH), at);
                Matcher cut = BREAK.matcher(before);
                if (cut.lookingAt()) before = before.substring(cut.end());
                if (before.isEmpty() || KIND_ONLY.matcher(before).find()) continue;
                if (before.contains("“") || before.contains("”") || before.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) return true;
                if (PLACES.stream().anyMatch(before::contains)) return true;
            }
        }
        return false;
    }

    /** Provinces or cities asked for ("来自哪5个省市") are named only by places other than the sources. */
    private static boolean namesRegions(String text) {
        return Vocabulary.OTHER_PLACES.stream().anyMatch(text::contains);
    }

    private static List<String> places() {
        List<String> all = new ArrayList<>(Vocabulary.sourceNames());
        all.addAll(Vocabulary.OTHER_PLACES);
        all.addAll(Vocabulary.COUNTRIES);
        all.addAll(List.of("香港", "澳门", "中国", "全球", "国际"));
        return List.copyOf(all);
    }
}
