package org.measuresqa.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a question counts or lists measures. Counting and listing apply only when the thing counted or listed is
 * measures: "厦门入选了几项" counts measures, "申请材料减少到几项" and "发了多少单" count things inside one measure;
 * "有哪些举措" lists measures, "建了哪些库" and "跟哪些国家对接" list things inside one.
 */
final class IntentReader {

    /** "挑出来", "找出来", "筛一下": picking measures out is listing them. */
    static final String PICK_OUT = "挑出来|挑出|挑一下|找出来|找一下|找找|筛出来|筛一下|筛选出|筛选";
    private static final String MEASURE_NOUN = "(创新举措|改革举措|试点举措|典型经验|典型案例(?!库)|经验做法|举措|措施|经验|改革|条目|案例(?!库))";
    private static final Pattern A_MEASURE_NOUN = Pattern.compile(MEASURE_NOUN);
    private static final Pattern COUNT_NAMED = Pattern.compile("(?<!哪)(几|多少)\\s*(项|条|个|件)?\\s*" + MEASURE_NOUN);
    /** "有几项？", "一共多少条" with nothing after the classifier but the end or a predicate about measures. */
    private static final Pattern COUNT_BARE = Pattern.compile(
            "(?<!哪)(几|多少)\\s*(项|条)(?=$|[?？,，。!！;；)）]|呢|啊|吗|呀|是|属于|来自|在|入选|被|推广|面向|涉及|和|与|跟|有关|相关|里|中|符合|满足)");
    /** "有几个？", "属于浦东的有多少" at the end: measures, when the question names measures or has no topic of its own. */
    private static final Pattern COUNT_BARE_GE = Pattern.compile("((?<!哪)(几|多少)\\s*个|的\\s*(有|共有|一共有|总共有|一共|总共|合计|共)?\\s*(几|多少))(?=$|[?？,，。!！;；)）]|呢|啊|吗|呀)");
    /** "全国推广的措施有多少个": the measures named first, then counted. */
    private static final Pattern COUNT_AFTER_NOUN = Pattern.compile(MEASURE_NOUN + "[^，,。?？]{0,4}?(有|共|是|一共|总共)?\\s*(?<!哪)(几|多少)\\s*(项|条|个)"
            + "(?=$|[?？,，。!！;；)）]|呢|啊|吗|呀)");
    /** "有哪些做法" lists measures only when no measure is named; otherwise it asks for one measure's practice. */
    private static final Pattern LISTED_PRACTICES = Pattern.compile("^\\s*(是|有|些|的|项|条|个|几|好|新)*\\s*(做法|创新|办法)");
    private static final Pattern COUNT_WORD = Pattern.compile("数量|总数|条数|项数|个数");
    /** Marks a topic as a theme to count or list within ("同专利沾边的", "数据方面的", "在减排上有啥做法"). */
    private static final Pattern THEME_MARKER = Pattern.compile("在[^，,。?？]{1,10}?上(?=有|做|搞|采取|推出|出台)|有关|相关|涉及|关于|方面|领域|(这|一)类(?!东西|物品|货|产品|样本|人)|沾边|挂钩|围绕|聚焦|针对|这块|这一块|那块|那一块|这部分|那部分|口的");
    /** "文件里有哪些": what is listed from the document is its measures. */
    private static final Pattern IN_THE_DOCUMENT = Pattern.compile("(文件|材料|清单|文档|这份|这批|这[0-9]+项)[^，,。?？]{0,3}(里|中|内|上)");
    private static final Pattern LIST_MARKER = Pattern.compile(
            "哪些|哪几|有什么|有啥|列出|列一下|列举|列个|罗列|都有|分别是|清单|一览|汇总|盘点|都是什么|包括什么|包括哪|梳理|" + PICK_OUT);
    private static final Pattern LISTED_MEASURES = Pattern.compile(
            "^\\s*(是|有|些|的|项|条|个|几|方面的|类|地方的|城市的)*\\s*(?<!具体)" + MEASURE_NOUN);
    /** "哪些同航运沾边的举措", "哪些帮企业省钱的做法": a clause ending in 的 that describes what is listed. */
    private static final Pattern DESCRIBED_MEASURES = Pattern.compile("^[^，,。?？；;]{1,20}?的\\s*" + MEASURE_NOUN);
    private static final Pattern DESCRIBED_PRACTICES = Pattern.compile("^[^，,。?？；;]{1,20}?的\\s*(做法|办法)");
    private static final Pattern PRACTICE_LIST = Pattern.compile("(具体|创新|主要)(做法|措施)|哪些(具体)?(做法|措施)来|采取了哪些");
    private static final Pattern WANTS_ALL = Pattern.compile("(?<!律|场)所有|全部|全都|一览|清单|都有哪些|有哪些举措|全体|整个文件|这份文件里");
    /** A request to list ("列一下", "梳理"): its object may come after it, city and all ("列一下〈某城市〉报送的所有经验"). */
    private static final Pattern LIST_VERB = Pattern.compile("列出|列一下|列下|列一列|列举|列个|罗列|梳理|盘点|汇总|清单|一览|列示|列明|开列|整理出来|整理一下|整理下|归纳一下|拎出来|拉出来|调出来|"
            // going through them one by one ("逐条过一遍", "挨个报个名")
            + "逐条|逐一|挨个|一条条|一项项|过一遍|报个名|"
            // putting them in order ("按序号排给我", "排出来")
            + "排给我|排出来|排一下|排个序|" + PICK_OUT);

    Intent read(String text, boolean topicPresent, Confidence premise, boolean opinion, boolean namesNumbers) {
        boolean measureNoun = A_MEASURE_NOUN.matcher(text).find() || IN_THE_DOCUMENT.matcher(text).find();
        boolean theme = THEME_MARKER.matcher(text).find();
        Confidence count = Confidence.NONE;
        if (COUNT_NAMED.matcher(text).find() || COUNT_AFTER_NOUN.matcher(text).find()) {
            count = Confidence.STRONG;
        } else if (COUNT_BARE.matcher(text).find()) {
            // "X那条：…又是几项": after one measure pointed at, a bare count is of things inside it
            boolean oneInView = ONE_POINTED_AT.matcher(text).find() || ONE_NAMED_BEFORE.matcher(text).find();
            count = !oneInView && (!topicPresent || theme || namesNumbers) ? Confidence.STRONG : Confidence.WEAK;
        } else if ((namesNumbers || !topicPresent) && COUNT_BARE_GE.matcher(text).find()) {
            count = Confidence.STRONG; // "第9项及以后，厦门的有几个": nothing else to count but measures
        } else if (COUNT_WORD.matcher(text).find()) {
            count = !topicPresent || measureNoun ? Confidence.STRONG : Confidence.WEAK;
        }
        return new Intent(count, list(text, topicPresent, measureNoun, theme), premise, opinion, WANTS_ALL.matcher(text).find());
    }

    private static final Pattern SPECIFIC_PRACTICES = Pattern.compile("具体[都还]?(有|是|采取了|包括)?(哪些|什么|啥)(做法|措施|办法|内容)");

    /** "这个改革", "该做法": the question points at one measure it has described, so its 哪些 are inside that one. */
    private static final Pattern ONE_POINTED_AT = Pattern.compile("(这个|这项|这一项|这条|该|此)(改革|做法|举措|措施|经验|机制|制度|模式|政策)");

    /** "碳足迹那条：…", "那项改革里，…": one measure named, then what is asked of it. */
    private static final Pattern ONE_NAMED_BEFORE = Pattern.compile("(那|这|该)(条|项)(举措|经验|改革|做法)?(里|中|里面)?[：:，,]");

    /** "它…", "这个…": a question that leans on one measure already in view. */
    private static final Pattern ONE_REFERRED = Pattern.compile("^\\s*(它|这个|那个|这项|那项|这条|那条|该)");

    /** "把会画画的学生挑出来": an object that names no measure and is a noun (not "浦东报的", "深圳的都"). */
    private static final Pattern PICKED_OTHER = Pattern.compile(
            "把(?![^，,。?？]*" + MEASURE_NOUN + ")[^，,。?？]{0,15}[^的都全部，,。?？](" + PICK_OUT + ")");
    /** "有什么改革吗": a measure noun and then only the question particle. */
    private static final Pattern EXISTENCE = Pattern.compile("^\\s*(新的?|好的?)?" + MEASURE_NOUN + "\\s*(吗|没有|么)");

    /**
     * "哪几条还没…", "哪几项是…": the classifier the document's items take, followed by an adverb, a negation or a
     * verb rather than a noun, stands for the items themselves.
     */
    private static final Pattern ITEM_THEN_PREDICATE = Pattern.compile(
            "^(条|项)(暂时|暂|还|仍|尚|已经|已|只|仅|不|没|未|并|都|也|目前|现在|可以|能|要|需要|属于|来自|适用|是|在|被|由)");

    private static Confidence list(String text, boolean topicPresent, boolean measureNoun, boolean theme) {
        if (PRACTICE_LIST.matcher(text).find() && topicPresent) return Confidence.NONE;
        if (SPECIFIC_PRACTICES.matcher(text).find()) return Confidence.NONE; // "具体有哪些做法": of the measure in view
        boolean pointedAt = ONE_POINTED_AT.matcher(text).find();
        if (topicPresent && pointedAt && !LIST_VERB.matcher(text).find()) measureNoun = false;
        // "这个改革有哪些值得学的做法": the practices described are those of the one measure pointed at
        boolean onePointedAt = pointedAt || ONE_REFERRED.matcher(text).find();
        // "把会画画的学生挑出来" picks out people, not measures: a verb whose object is something else lists nothing
        text = PICKED_OTHER.matcher(text).replaceAll("");
        Matcher m = LIST_MARKER.matcher(text);
        Confidence best = Confidence.NONE;
        if (LIST_VERB.matcher(text).find()) best = !topicPresent || measureNoun || theme ? Confidence.STRONG : Confidence.WEAK;
        while (m.find()) {
            String after = text.substring(m.end());
            Confidence c;
            if (LISTED_MEASURES.matcher(after).find()) {
                // "（描述一番）有什么改革吗" asks whether there is one, not for an enumeration
                c = topicPresent && !theme && m.group().equals("有什么") && EXISTENCE.matcher(after).find() ? Confidence.WEAK : Confidence.STRONG;
            } else if (after.startsWith("是") && text.substring(0, m.start()).replaceAll("[\\s那其中这里面]", "").isEmpty()) {
                c = Confidence.STRONG; // "哪些是只在…推广的": which of the measures are so
            } else if (LISTED_PRACTICES.matcher(after).find()) {
                // "X方面有哪些做法": the practices of an area are its measures; "X有哪些做法" asks one measure's
                c = topicPresent && !theme ? Confidence.NONE : Confidence.STRONG;
            } else if (!onePointedAt && DESCRIBED_MEASURES.matcher(after).find()) {
                c = Confidence.STRONG;
            } else if (!onePointedAt && DESCRIBED_PRACTICES.matcher(after).find()) {
                // "碳足迹认证有哪些省钱的做法" asks one named measure's; with nothing named before, measures are listed
                boolean namedBefore = text.substring(0, m.start()).replaceAll("[\\s有都还那这请问]", "").length() >= 2;
                // "文件里有哪些…的做法": what is listed from the document is its measures
                c = topicPresent && !theme && namedBefore && !IN_THE_DOCUMENT.matcher(text).find() ? Confidence.NONE : Confidence.STRONG;
            } else if (ITEM_THEN_PREDICATE.matcher(after).find()) {
                c = Confidence.STRONG; // "哪几项尚未…": the items themselves, a predicate follows the classifier
            } else if (startsWithNoun(after)) {
                c = Confidence.NONE; // 哪些国家, 哪些库: things inside a measure
            } else {
                c = !topicPresent || measureNoun || theme ? Confidence.STRONG : Confidence.WEAK;
            }
            if (c.compareTo(best) > 0) best = c;
        }
        return best;
    }

    /** Whether {@code s} starts with a word that is not a question particle (a noun being listed). */
    private static boolean startsWithNoun(String s) {
        String t = s.replaceFirst("^\\s*(是|些|的|个|项|条|几)*", "");
        if (t.isEmpty()) return false;
        char c = t.charAt(0);
        // "都有啥", "有什么呢": the question word itself, no noun
        // "哪些没有…", "哪些只在…": a predicate follows, so the measures themselves are asked
        return AskReader.isHan(c) && "呢吗啊呀吧？?，,。!！可是都在还也要来啥什没不能会已只仅被由属适需均尚未".indexOf(c) < 0;
    }
}
