package org.measuresqa.question;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the question asks about a measure: which parts (做法, 效果, 推广范围, 来源, 类别) and which figures. A figure is
 * asked by a question word (多少, 几, 多久, 什么时候…); what is measured is the unit after it ("多少单") or the words
 * around it ("贷款利率是多少", "多少名调解员"). A question with two clauses may ask two figures.
 */
final class AskReader {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[?？,，;；。!！]|另外|还有|以及|同时|此外|并且");
    /** 几 in 几乎, 这几, 哪几, and in 好几 or 十几 ("quite a few"), is no question for a figure. */
    private static final Pattern NOT_AN_ANCHOR = Pattern.compile("几乎|[这那哪好]几|[十百千]几|几[项条个]?(举措|措施|经验|改革)");
    private static final Pattern SCOPE_ASK = Pattern.compile(
            "推广.{0,6}(哪|范围|什么地方|多大|全国吗|全国了)|(哪|哪里|哪儿|什么地方|多大范围|什么范围).{0,3}(推广|复制|适用)|能不能推广|可以推广|可推广|能否推广");
    /** "哪里搞的", "哪个城市推出的", "谁先试的": asks where a measure comes from. */
    private static final Pattern SOURCE_ASK = Pattern.compile(
            "(哪里|哪儿|哪个城市|哪座城市|哪个地方|哪个地区|哪地)(的|搞|推|做|出|来|先|率先|试|提出|报送)"
            // "说一下来源", "来源分别是": the field named with a verb of telling or alone
            + "|(说|讲|告诉我?|列|标|注明|写)[^，,。？?]{0,4}?(来源|出处)|(来源|出处)(分别|各自)?(是|呢|如何|怎样)?\\s*[？?]?$");
    private static final Pattern CATEGORY_ASK = Pattern.compile(Vocabulary.CATEGORY_ASK);
    private static final Pattern HOW = Pattern.compile(Vocabulary.HOW);
    private static final Pattern PER_UNIT = Pattern.compile("每次|一次|单次|每个|每单|每家|每人|人均|平均每|每船|每辆|每箱|每吨|每件|每批|每笔|单个|单笔|单价"
            + "|每(立方米?|方|升|平方米?|平米|公斤|千克|亩|台|套|张|份|票)");
    /**
     * "…的收费标准是", "…的分数线为": an attribute named plainly, just before 是/为/有 and the question word; also before
     * a verb of hiring or choosing people ("顾问一共聘了几位").
     */
    private static final Pattern PLAIN_ATTRIBUTE = Pattern.compile("(^|的|现在|目前|如今)[\\p{IsHan}]{2,8}?(大概|大约|一般|目前|现在|具体|一共|总共|已经|已)?(是|为|有|占|(请|聘|聘请|邀请|招|选|派)了?)$");
    private static final Pattern SPENDING = Pattern.compile("投了|投入|投资了|花了|花费|耗资|砸了|拨了");
    /** Words of a change; 省 in 外省, 省市 or 全省 is a province, not a saving. */
    private static final Pattern CHANGE = Pattern.compile("(?<![外全跨各该两多])省(?![市份级内外委区会城])|节约|降|减|缩短|压缩|提高|提升|提了|提速|增长|增加|上升|涨|少了|多了|快了|低了|高了|慢了|(?<![相占])比(?![例重率])[^，,。？?]{1,8}?(低|高)|变化|幅度|少花|少交|少付|少损失|挽回|效益|好处|实惠");
    private static final List<String> HEDGES = List.of(
            "一共", "总共", "累计", "大概", "大约", "目前", "现在", "已经", "到现在", "至今", "到底", "究竟", "一年", "每年", "具体",
            "一般", "通常", "往往");
    private static final List<String> TRAILING = List.of(
            "大概", "大约", "一共", "总共", "累计", "共计", "已经", "现在", "目前", "平均", "达到", "提高了", "提高", "提升了",
            "提升", "降低了", "降低", "减少了", "减少", "增加了", "增加", "增长了", "增长", "缩短了", "缩短", "压缩了", "压缩",
            "下降了", "下降", "降了", "降到", "节省了", "节省", "节约了", "节约", "省下了", "省下", "省了", "拿到了", "拿到",
            "获得了", "获得", "做到了", "做到", "达到了", "发了", "办了", "做了", "完成了", "完成", "实现了", "实现", "达", "到", "为", "约", "能", "要",
            "会", "是", "有", "了", "的", "都", "还", "又", "就", "将", "共", "给", "让", "把", "每", "需", "需要", "用了",
            "花了", "花", "交", "提", "批了", "批", "占", "涨了", "涨", "少了", "多了", "一年", "一次", "单", "大约有");

    Ask read(MaskedText t, int practiceItem) {
        String text = t.text();
        Set<Focus> focuses = EnumSet.noneOf(Focus.class);
        if (takeAny(t, Vocabulary.SCOPE_WORDS.subList(0, 2)) || SCOPE_ASK.matcher(text).find()) {
            focuses.add(Focus.SCOPE);
            Vocabulary.SCOPE_VERBS.forEach(t::maskAll);
        }
        if (takeAny(t, Vocabulary.SOURCE_ASK_WORDS) || t.maskAll(SOURCE_ASK) > 0) focuses.add(Focus.SOURCE);
        if (takeAny(t, Vocabulary.CATEGORY_ASK_WORDS) || t.maskAll(CATEGORY_ASK) > 0) focuses.add(Focus.CATEGORY);
        if (takeAny(t, Vocabulary.RESULT_WORDS)) focuses.add(Focus.RESULTS);
        if (takeAny(t, Vocabulary.PRACTICE_WORDS) || practiceItem > 0 || HOW.matcher(text).find()) focuses.add(Focus.PRACTICE);
        List<String> clauses = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        for (String clause : CLAUSE_BREAK.split(text)) {
            if (clause.isBlank()) continue;
            clauses.add(clause.strip());
            Quantity q = quantity(clause);
            // "它有几条做法": the measure's practices, numbered (1), (2)… in the text, are what is counted
            if (q != null && PRACTICE_NOUN.matcher(q.counted()).matches()) focuses.add(Focus.PRACTICE);
            else if (q != null) quantities.add(q);
        }
        return new Ask(focuses, quantities, practiceItem, clauses);
    }

    private static final Pattern PRACTICE_NOUN = Pattern.compile("(创新|具体|主要)?(做法|举措|措施|办法)");

    private static boolean takeAny(MaskedText t, List<String> words) {
        boolean found = false;
        for (String w : words) found |= t.maskAll(w);
        return found;
    }

    /** A classifier and noun said in everyday speech, and the classifier the document counts that noun in. */
    private static final Map<String, String> EVERYDAY_CLASSIFIERS = Map.of("条船", "艘", "只船", "艘", "块地", "宗", "块用地", "宗", "幅地", "宗");

    /** An attribute that names people ("…的人", "人数"): what is asked is how many. */
    private static final Pattern PEOPLE = Pattern.compile("(的人|人数|的人员)$");

    private static final Pattern SPLIT_LOAN = Pattern.compile("(贷|借|拨|付|汇|筹)(了|到|出)?$");

    /** The figure one clause asks for, or null when it asks none. */
    static Quantity quantity(String clause) {
        String masked = NOT_AN_ANCHOR.matcher(clause).replaceAll(m -> "\u0000".repeat(m.group().length()));
        for (Map.Entry<String, String> anchor : Units.ANCHORS.entrySet()) {
            int at = masked.indexOf(anchor.getKey());
            if (at < 0) continue;
            int end = at + anchor.getKey().length();
            String unit = Units.unitAt(clause, end);
            UnitClass unitClass = UnitClass.valueOf(anchor.getValue());
            int nounStart = end;
            // "贷了多少款", "借了多少钱": a verb and its object split around the question word (贷款) ask money
            if ("款".equals(unit) && at > 0 && SPLIT_LOAN.matcher(clause.substring(0, at)).find()) {
                unit = null;
                unitClass = UnitClass.MONEY;
                nounStart = end + 1;
            }
            // "多少条船", "几块地": an everyday classifier for what the document counts in its own ("艘", "宗")
            for (Map.Entry<String, String> c : EVERYDAY_CLASSIFIERS.entrySet()) {
                if (clause.startsWith(c.getKey(), end)) {
                    unit = c.getValue();
                    unitClass = UnitClass.COUNT;
                    nounStart = end + 1;
                }
            }
            if (unit != null && unitClass == UnitClass.ANY) {
                // "几年", "多少个月": how long, not when
                unitClass = unit.equals("年") || unit.equals("月") ? UnitClass.DURATION : Units.classOf(unit);
                nounStart = end + unit.length();
            }
            boolean explicit = unitClass != UnitClass.ANY;
            String noun = noun(clause.substring(Math.min(nounStart, clause.length())));
            String after = counted(noun);
            // what follows 多少 or 几 is what is counted; after 什么时候 comes the event
            boolean counting = anchor.getKey().equals("多少") || anchor.getKey().equals("几");
            // "多少打官司的钱", "多少办证的时间": the noun after 的 is what is measured, the words before it only say whose
            UnitClass head = unit == null ? headAfterModifier(clause, nounStart, noun) : UnitClass.ANY;
            if (head != UnitClass.ANY) {
                unitClass = head;
                counting = false;
            }
            String counted = counting && hanCount(after) >= 2 && (unitClass == UnitClass.ANY || unitClass == UnitClass.COUNT) ? after : "";
            String attribute = attribute(clause.substring(0, at));
            // "的人占多大比例" asks a share of them: the noun after the question word says so first
            if (unitClass == UnitClass.ANY) unitClass = Units.impliedBy(noun);
            // "领到资质的人有多少": people are counted, as "多少人" would ask
            if (unitClass == UnitClass.ANY && unit == null && PEOPLE.matcher(attribute).find()) {
                unitClass = UnitClass.COUNT;
                unit = "人";
            }
            if (unitClass == UnitClass.ANY) unitClass = Units.impliedBy(attribute);
            return new Quantity(unitClass, unit == null ? "" : unit, attribute, counted, CHANGE.matcher(clause).find(),
                    explicit, PER_UNIT.matcher(clause).find(), SPENDING.matcher(clause).find(),
                    PLAIN_ATTRIBUTE.matcher(clause.substring(0, at)).find());
        }
        return null;
    }

    private static final Pattern MODIFIED_HEAD = Pattern.compile("^的(\\p{IsHan}{1,3})");

    /** The kind of figure a generic noun after "X的" names ("的钱", "的费用", "的时间"), or ANY. */
    private static UnitClass headAfterModifier(String clause, int nounStart, String noun) {
        int at = clause.indexOf(noun, Math.min(nounStart, clause.length()));
        if (noun.isEmpty() || at < 0) return UnitClass.ANY;
        Matcher m = MODIFIED_HEAD.matcher(clause.substring(at + noun.length()));
        if (!m.find()) return UnitClass.ANY;
        for (String word : Units.GENERIC_ATTRIBUTES) {
            if (m.group(1).startsWith(word)) return Units.impliedBy(word);
        }
        return UnitClass.ANY;
    }

    /** Verbs and particles that end the noun counted ("多少艘船办了" counts 船). */
    private static final String ENDS_NOUN = "办评做发拿有是在被得上下去来过到给接运进出用开能会要将内里从向已都建当成完派领获走以参作受这那按由";
    /** A demonstrative before the noun counted ("多少份这类文件" counts 文件). */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("^(这类|这些|这种|这个|这项|那些|那类|那种|该类|该)");

    /** The noun counted, cut before the first verb or particle after its first character; "" when less than two are left. */
    private static String counted(String noun) {
        noun = DEMONSTRATIVE.matcher(noun).replaceFirst("");
        int end = Math.min(1, noun.length());
        while (end < noun.length() && ENDS_NOUN.indexOf(noun.charAt(end)) < 0) end++;
        String head = noun.substring(0, end);
        return hanCount(head) >= 2 && !Units.GENERIC_ATTRIBUTES.contains(head) ? head : "";
    }

    private static final Pattern POINTS_BACK = Pattern.compile("^(这|那)(事|么|样|个|项|种|次)|^(此|该)|(下来|以后|之后|以来)$");

    /** A time said before the question word ("到去年9月", "截至2024年底"): when the figure holds, not what it measures. */
    private static final Pattern TIME = Pattern.compile(
            "(到|截至|截止到?|至|从)?([0-9]{2,4}年|去年|今年|前年|上半年|下半年)?([0-9]{1,2}月份?|第?[一二三四1-4]季度)?(底|末|初)?(为止|以来|止)?$");

    /** What makes a match of {@link #TIME} a time rather than a bare "到" or "从". */
    private static final Pattern DATED = Pattern.compile("[0-9年月季]");

    /** The words just before the question word that name what is measured: after the last 的 or 把, without hedges. */
    private static String attribute(String before) {
        String s = trimTrailing(before);
        Matcher time = TIME.matcher(s);
        if (time.find() && time.end() > time.start() && DATED.matcher(time.group()).find()) {
            s = trimTrailing(s.substring(0, time.start()));
        }
        int cut = Math.max(s.lastIndexOf('的'), Math.max(s.lastIndexOf('把'), s.lastIndexOf('将')));
        if (cut >= 0 && hanCount(s.substring(cut + 1)) >= 2) s = s.substring(cut + 1);
        for (String hedge : HEDGES) s = s.replace(hedge, "");
        s = lastChars(trimTrailing(s), 6);
        // "这事办完有多少人", "这么搞以后": words that point back at the measure name nothing measured
        return POINTS_BACK.matcher(s).find() ? "" : s;
    }

    /** The noun phrase at the start of {@code s}: up to a particle or punctuation, at most 8 characters. */
    private static String noun(String s) {
        // "是多少来着", "多少来的": a particle of recall, not a noun
        String t = s.replaceFirst("^[的了]", "").replaceFirst("^(来着|来的|着)", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length() && out.length() < 8; i++) {
            char c = t.charAt(i);
            if (!isHan(c) || "的了吗呢啊吧呀是有在和与及".indexOf(c) >= 0) break;
            out.append(c);
        }
        return out.toString();
    }

    private static String trimTrailing(String s) {
        String out = s.strip();
        boolean changed = true;
        while (changed && !out.isEmpty()) {
            changed = false;
            for (String w : TRAILING) {
                if (out.endsWith(w) && out.length() > w.length()) {
                    out = out.substring(0, out.length() - w.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        return out;
    }

    /** The last {@code n} Han characters of the clause's last run of Han characters. */
    private static String lastChars(String s, int n) {
        int end = s.length();
        while (end > 0 && !isHan(s.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && isHan(s.charAt(start - 1)) && end - start < n) start--;
        return s.substring(start, end);
    }

    static int hanCount(String s) {
        return (int) s.chars().filter(AskReader::isHan).count();
    }

    static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
