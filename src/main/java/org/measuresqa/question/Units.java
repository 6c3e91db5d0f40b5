package org.measuresqa.question;

import java.util.List;
import java.util.Map;

/** Units of figures and the words that imply one, by {@link UnitClass}: shared by questions and the document's figures. */
public final class Units {

    /** Unit → class, longest first ("个工作日" before "个"). */
    static final Map<String, String> UNITS = Vocabulary.longestFirst(
            "个工作日", "DURATION", "工作日", "DURATION", "个小时", "DURATION", "小时", "DURATION", "分钟", "DURATION",
            "个月", "DURATION", "天", "DURATION", "日", "DURATION", "秒", "DURATION", "周", "DURATION",
            "亿美元", "MONEY", "万美元", "MONEY", "美元", "MONEY", "亿元", "MONEY", "亿", "MONEY", "万元", "MONEY", "元", "MONEY",
            "块钱", "MONEY", "块", "MONEY", "钱", "MONEY",
            "个百分点", "SHARE", "百分点", "SHARE", "个点", "SHARE", "%", "SHARE", "倍", "MULTIPLE",
            "平方公里", "AREA", "平方米", "AREA", "平米", "AREA", "亩", "AREA", "公顷", "AREA",
            "万吨", "WEIGHT", "吨", "WEIGHT", "标箱", "WEIGHT", "teu", "WEIGHT",
            "人次", "COUNT", "家次", "COUNT", "批次", "COUNT", "航次", "COUNT", "单", "COUNT", "件", "COUNT",
            "家", "COUNT", "项", "COUNT", "宗", "COUNT", "笔", "COUNT", "张", "COUNT", "台", "COUNT", "辆", "COUNT",
            "艘", "COUNT", "次", "COUNT", "人", "COUNT", "名", "COUNT", "位", "COUNT", "批", "COUNT", "类", "COUNT",
            "种", "COUNT", "所", "COUNT", "条", "COUNT", "套", "COUNT", "份", "COUNT", "户", "COUNT", "座", "COUNT",
            "款", "COUNT", "例", "COUNT", "起", "COUNT", "票", "COUNT", "个", "COUNT", "只", "COUNT", "年", "DATE",
            "月", "DATE", "季度", "DATE");

    /** Words for what is measured that imply the kind of figure ("利率" is a share, "费用" money). */
    static final Map<String, String> ATTRIBUTE_WORDS = Vocabulary.longestFirst(
            "比例", "SHARE", "占比", "SHARE", "比重", "SHARE", "份额", "SHARE", "百分比", "SHARE", "百分之", "SHARE",
            "降幅", "SHARE", "增幅", "SHARE", "幅度", "SHARE", "率", "SHARE",
            "费用", "MONEY", "费", "MONEY", "成本", "MONEY", "资金", "MONEY", "金额", "MONEY", "投资", "MONEY",
            "投入", "MONEY", "补贴", "MONEY", "保额", "MONEY", "保费", "MONEY", "产值", "MONEY", "贷款", "MONEY",
            "收入", "MONEY", "价格", "MONEY", "造价", "MONEY", "单价", "MONEY", "价", "MONEY", "融资", "MONEY",
            "货值", "MONEY", "营收", "MONEY", "限额", "MONEY", "额度", "MONEY", "起付线", "MONEY", "封顶线", "MONEY", "税", "MONEY", "工资", "MONEY", "薪", "MONEY", "预算", "MONEY",
            "经费", "MONEY", "损失", "MONEY", "赔偿", "MONEY", "交易额", "MONEY", "钱", "MONEY", "利息", "MONEY", "金", "MONEY",
            "时长", "DURATION", "周期", "DURATION", "时限", "DURATION", "用时", "DURATION", "耗时", "DURATION",
            "天数", "DURATION", "工期", "DURATION", "期限", "DURATION", "时间", "DURATION",
            "日期", "DATE", "年份", "DATE", "面积", "AREA", "占地", "AREA");

    /**
     * Attribute words that only say what kind of figure is asked ("比例", "费用", "时长"): a measure answers them with
     * any figure of that kind. The other attribute words name a particular thing (利率, 保费, 预算) that a measure
     * must name to answer.
     */
    public static final java.util.Set<String> GENERIC_ATTRIBUTES = java.util.Set.of(
            "比例", "占比", "比重", "份额", "百分比", "百分之", "降幅", "增幅", "幅度", "比率", "费用", "费", "成本", "资金",
            "金额", "钱", "时长", "时间", "周期", "时限", "用时", "耗时", "天数", "工期", "期限", "日期", "年份");

    /** Question words and the kind of figure they ask for by themselves ("多久" a duration). */
    static final Map<String, String> ANCHORS = Vocabulary.longestFirst(
            "多少钱", "MONEY", "多少倍", "MULTIPLE", "几倍", "MULTIPLE", "百分之几", "SHARE", "百分之多少", "SHARE",
            "几成", "SHARE", "多久", "DURATION", "多长时间", "DURATION", "多长", "DURATION", "多快", "DURATION",
            // "什么时候可以招标" may be answered "立项前": only 哪一年, 几月 ask a calendar date
            "什么时候", "ANY", "什么时间", "ANY", "何时", "ANY", "哪一年", "DATE", "哪年", "DATE", "哪个月", "DATE",
            "几月", "DATE", "哪天", "DATE", "多少", "ANY", "多大", "ANY", "多高", "ANY", "多远", "ANY", "多重", "ANY",
            "几", "ANY");

    private Units() {
    }

    /** Words that begin with a one-character unit but are not a unit and a noun ("多少项目" asks projects, not 项). */
    private static final java.util.regex.Pattern NOT_A_UNIT = java.util.regex.Pattern.compile(
            "^(项目|名单|名称|名额|条件|条例|条款|单位|单据|次数|件事|台账|批准|批复|家庭|家属|天数|天然|年度|年限|年龄|月份|日期|种类|类型|类别|位置|张江|户籍|座谈|款项|起步|票据|元素|块钱)");

    /** The unit at {@code at} in {@code text}, longest first; null when none starts there. */
    static String unitAt(String text, int at) {
        if (at < text.length() && NOT_A_UNIT.matcher(text.substring(at)).find()) return null;
        for (String unit : UNITS.keySet()) if (text.startsWith(unit, at)) return unit;
        return null;
    }

    public static UnitClass classOf(String unit) {
        String c = UNITS.get(unit);
        return c == null ? UnitClass.ANY : UnitClass.valueOf(c);
    }

    /** The kind of figure an attribute's words imply (利率 a share, 限额 money), or ANY. */
    public static UnitClass impliedBy(String attribute) {
        for (Map.Entry<String, String> e : ATTRIBUTE_WORDS.entrySet()) {
            if (attribute.endsWith(e.getKey())) return UnitClass.valueOf(e.getValue());
        }
        for (Map.Entry<String, String> e : ATTRIBUTE_WORDS.entrySet()) {
            if (e.getKey().length() >= 2 && attribute.contains(e.getKey())) return UnitClass.valueOf(e.getValue());
        }
        return UnitClass.ANY;
    }

    /** The attribute word that names a particular thing a measure must name to answer (利率, 通过率, 保费), or null. */
    public static String specificAttribute(String attribute) {
        if (attribute == null || attribute.length() < 2) return null;
        if (attribute.endsWith("率")) {
            String word = attribute.substring(attribute.length() - 2);
            return GENERIC_ATTRIBUTES.contains(word) ? null : word;
        }
        for (String w : ATTRIBUTE_WORDS.keySet()) {
            if (w.length() >= 2 && attribute.endsWith(w)) return GENERIC_ATTRIBUTES.contains(w) ? null : w;
        }
        return null;
    }

    /** Whether the words name money, time or a share in general ("运费", "办证费用", "时长"), not a particular thing. */
    public static boolean isGeneric(String words) {
        return GENERIC_ATTRIBUTES.stream().anyMatch(words::endsWith);
    }

    /** The particular attribute words in a text ("收入", "利率", "通过率"), each at least two characters. */
    public static List<String> specificAttributesIn(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : ATTRIBUTE_WORDS.keySet()) {
            if (w.length() >= 2 && !GENERIC_ATTRIBUTES.contains(w) && text.contains(w)
                    && out.stream().noneMatch(o -> o.contains(w))) {
                out.add(w);
            }
        }
        // 率 as a noun (通过率, 利率), not the verb of 率先 or 率领
        java.util.regex.Matcher rate = java.util.regex.Pattern.compile("([\\p{IsHan}])率(?![先领队团众])").matcher(text);
        while (rate.find()) {
            String w = rate.group();
            if (!GENERIC_ATTRIBUTES.contains(w) && !out.contains(w)) out.add(w);
        }
        return out;
    }

    /** Classifiers that count the same kind of thing: people, organisations, batches, orders, certificates. */
    private static final List<java.util.Set<String>> COUNT_FAMILIES = List.of(
            java.util.Set.of("人", "人次", "名", "位"), java.util.Set.of("家", "家次", "户", "所"),
            java.util.Set.of("批", "批次"), java.util.Set.of("单", "笔"),
            java.util.Set.of("张", "份", "本"));

    /**
     * Whether a count in unit {@code figure} can answer a question counting in unit {@code asked}. A classifier names
     * what is counted: "多少家" (firms) is not answered by "23879个" (codes), nor "多少名" by "185件"; the general 个, or
     * no unit, asks any count.
     */
    public static boolean sameThing(String asked, String figure) {
        if (asked.isEmpty() || asked.equals("个")) return true;
        if (asked.equals(figure)) return true;
        return COUNT_FAMILIES.stream().anyMatch(f -> f.contains(asked) && f.contains(figure));
    }

    /** Units of one class, for finding figures of that class in a text. */
    public static List<String> of(UnitClass c) {
        return UNITS.entrySet().stream().filter(e -> e.getValue().equals(c.name())).map(Map.Entry::getKey).toList();
    }
}
