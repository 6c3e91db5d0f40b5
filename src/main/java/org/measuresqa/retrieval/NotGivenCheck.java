package org.measuresqa.retrieval;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.LexicalTokens;
import org.measuresqa.index.MeasureSentences;
import org.measuresqa.question.Figures;
import org.measuresqa.question.Quantity;
import org.measuresqa.question.UnitClass;
import org.measuresqa.question.Units;
import org.measuresqa.question.Vocabulary;

/**
 * Whether a measure gives the figure a question asks for, checked as a reader of Chinese would check it:
 * <ul>
 *   <li>a question for a kind of figure ("多少钱", "多久", "几个工作日") is answered only by a figure of that kind
 *       (or, for a change, by a share: "省了75%");</li>
 *   <li>a question for a particular attribute ("利率", "通过率", "保费") only by a measure that names it;</li>
 *   <li>a question counting a named thing ("多少名调解员") only by a sentence that names the thing and counts;</li>
 *   <li>what the question says is measured must mostly be words the measure uses.</li>
 * </ul>
 * A question is declined only when none of its clauses can be answered, and no clause asks anything but a figure.
 */
final class NotGivenCheck {

    /** A sentence stating a figure per unit: "平均每船", "单航次", "例均", "人均". */
    private static final Pattern PER_UNIT = Pattern.compile("每|单(?=[次航个价位台套])|均|/");
    private static final Pattern COST = Pattern.compile("成本|费用|费|价|资金|开支|支出");
    /** Words that say money was spent: by a budget ("投入", "拨付") or by people paying ("支付", "消费"). */
    private static final Pattern SPENT = Pattern.compile("投资|投入|花费|耗资|支出|资金|经费|预算|拨付|补贴|支付|消费");
    /** Whether, or how, users are charged: "要收费吗", "收不收钱", "免费的吗", "按什么标准收". */
    private static final Pattern CHARGE_ASKED = Pattern.compile("收费|收不收|要钱|花钱吗|掏钱吗|掏不掏钱|免费|付费吗|怎么收|标准收|收多少|谁出钱|谁买单|谁付钱");
    /** A measure speaking of what users are charged (not of costs saved, nor of how medical care is paid for). */
    private static final Pattern CHARGE_STATED = Pattern.compile("收费|免费|缴费|收取|服务费|手续费|定价|价格|零成本|不收");
    /** A clause asking which countries ("卖到了哪些国家"). */
    static final Pattern ASKS_COUNTRIES = Pattern.compile("(哪些|哪个|哪几个|什么|几个)国家");
    /** What is asked is a charge someone pays: "办证费", "手续费", "收费", "价格". */
    private static final Pattern CHARGE = Pattern.compile("费|价格|价钱|票价");
    /** The words before a figure say it was saved ("平均每船节约成本160万元"): a saving, not what is charged. */
    /** A duration said as the amount it shrank by ("减少审批时限", "节省申报时长"), not as the time it now takes ("压缩至"). */
    private static final Pattern CHANGED_BY_BEFORE = Pattern.compile("(减少|压缩|缩短|节省|节约|降低|下降|提速|减)[^，。；、至到为]{0,8}$");
    /** Words that ask how long something takes ("要花几天", "多久能办完"), as against by how much it changed. */
    private static final Pattern TAKES_ASKED = Pattern.compile("(需要|要|得|花|用|耗时)(多少|几|多久|多长)|(多久|多长时间|几天)(能|才能|可以)");
    private static final Pattern SAVED_BEFORE = Pattern.compile("(节约|节省|节支|降低|减少|减轻|省下|省去|省了|少花)[^，。；、]{0,8}$");

    /** A clause that insists on the figure asked rather than asking something else: "有没有具体数额", "要具体数字". */
    private static final Pattern INSISTS = Pattern.compile("具体的?(金额|数字|数据|数额|数值|件数|人数|数量|数目|数|多少|日期|时间)|精确|确切|有没有[^，,。？?]{0,4}(上限|下限|比例|标准|幅度)");
    /** A share of a whole asked ("占了多大比例", "占比多少", "比重"), and its words in a sentence. */
    private static final Pattern PART_OF_WHOLE_ASKED = Pattern.compile("占了?(多大|多少|几成|百分之几)|占比|比重|份额");
    private static final Pattern PART_OF_WHOLE = Pattern.compile("占|比重|份额|比例");
    private static final Pattern LEAD_TIME_ASKED = Pattern.compile("提前(多少|几|多久|多长)");

    /** A clause that asks something. */
    private static final Pattern ASKS = Pattern.compile("吗|呢|什么|怎么|如何|哪|多少|几|是否|有没有|能否|多大|多久|多长");
    private static final double NAMED_SHARE = 0.5;
    private static final int MIN_ATTRIBUTE_CHARS = 3;

    private NotGivenCheck() {
    }

    /**
     * @param clauses the question's clauses: when one asks something other than a figure, it can be answered
     * @return what the question asks that the measure does not give, when nothing it asks is given; else null
     */
    static String unanswered(List<Quantity> asks, List<String> clauses, Measure m) {
        if (asks.isEmpty()) return null;
        for (String clause : clauses) {
            // "有没有具体数额", "我要具体数字" insist on the figure already asked: not a question of their own
            if (ASKS.matcher(clause).find() && Quantity.in(clause) == null && !INSISTS.matcher(clause).find()) return null;
        }
        String asked = LexicalTokens.fold(String.join("，", clauses));
        String text = LexicalTokens.fold(m.fullText());
        List<String> sentences = MeasureSentences.of(m).stream().map(s -> LexicalTokens.fold(s.text())).toList();
        String first = null;
        for (Quantity q : asks) {
            if (given(q, asked, text, sentences)) return null;
            if (first == null) first = q.named().isEmpty() ? q.unit() : q.named();
        }
        return first;
    }

    /** A total cited with what it counts ("66艘", "4662万元", "55单"), not a date; group 1 is its number. */
    private static final String CITED_TOTAL = "([0-9][0-9.]*)\\s*(万|亿)?\\s*(多|余)?\\s*(?![年月日号季])[\\p{IsHan}]{0,6}?";
    /** "那66艘船里", "这4662万元中": a total the measure states, cited as the whole whose part is asked. */
    private static final Pattern WHOLE_CITED = Pattern.compile(CITED_TOTAL + "(里面|里头|里|之中|当中|其中|中)");

    /**
     * Whether a part of a whole the question cites ("那66艘里外籍的占几艘") is stated: the measure must give another
     * figure of the kind asked in the sentence that states the whole; a total alone says nothing of its parts.
     */
    private static boolean partOfCitedWholeGiven(Quantity q, String asked, String text, List<String> sentences) {
        java.util.regex.Matcher m = WHOLE_CITED.matcher(asked);
        while (m.find()) {
            String whole = m.group(1);
            if (!text.contains(whole)) continue;
            for (String s : sentences) {
                List<Figures.Figure> figures = Figures.in(s);
                Figures.Figure cited = figures.stream().filter(f -> f.text().contains(whole) && !f.unit().isEmpty()
                        && f.unitClass() != UnitClass.DATE).findFirst().orElse(null);
                // "这93单里融了多少钱" asks another figure of the same things, not a part of them
                boolean share = q.unitClass() == UnitClass.SHARE;
                if (cited == null || q.unitClass() != UnitClass.ANY && !share && q.unitClass() != cited.unitClass()) continue;
                // a part is counted as its whole is (another count of ships, another sum of money), or given as its share
                boolean another = figures.stream().anyMatch(f -> f != cited
                        && (f.unitClass() == cited.unitClass() || share && f.unitClass() == UnitClass.SHARE));
                if (!another) return false;
            }
        }
        return true;
    }

    /** "其中", "这里面", "那55单里": what follows names a part of a whole said before. */
    private static final Pattern PART_MARKER = Pattern.compile(
            "其中|这里面|那里面|里面|里头|这当中|当中|之中|(这些|那些|这|那)[\\p{IsHan}]{0,6}?里[面头]?|" + CITED_TOTAL + "[里中][面头]?");
    private static final Pattern PART_ASKED_UNTIL = Pattern.compile("多少|几|百分之|多大|哪");
    private static final Pattern PART_EDGES = Pattern.compile("^([的是有像比如]|那个|这个)+|(占了?|有|是|为|的|分别|各自|各|一共|总共|大概|大约|了|能|会|要|具体)+$");
    private static final Pattern PART_IS_SUBJECT = Pattern.compile("(的|占了?|有|是|为|各占?|分别占?)\\s*(大概|大约|一共|总共|具体|了)?$");
    private static final Pattern PARTS_JOINED = Pattern.compile("和|与|跟|及|以及|还是|、");
    /** "那条里", "这项里面": inside a measure, which is no whole of things counted. */
    private static final Pattern INSIDE_A_MEASURE = Pattern.compile("[条项]\\s*[里中]?[面头]?$");
    /** Characters that carry no meaning of the part named: particles, pointers, verbs of origin and ability. */
    private static final String GLUE = "的之了们等类从来自出身是在有给被把能可以那这个其";

    /**
     * Whether a part the question names after a whole ("其中版权类的有几单", "这些里面外资企业占几家") is given: the part's
     * words must all be in a sentence of the measure that states a figure of the kind asked; a total names no part.
     */
    static boolean namedPartGiven(Quantity q, String asked, List<String> sentences) {
        List<String> parts = partsNamed(asked);
        if (parts.isEmpty()) return true;
        for (String s : sentences) {
            if (Figures.in(s).stream().noneMatch(f -> !f.unit().isEmpty() && Figures.answers(f, q))) continue;
            if (parts.stream().anyMatch(part -> part.chars().allMatch(c -> GLUE.indexOf(c) >= 0 || s.indexOf(c) >= 0))) return true;
        }
        return false;
    }

    /** The parts named between a part marker and the question word, each of two Han characters or more. */
    static List<String> partsNamed(String asked) {
        List<String> parts = new java.util.ArrayList<>();
        boolean markedBefore = false;
        for (String clause : asked.split("[，,。？?；;！!]")) {
            java.util.regex.Matcher marker = PART_MARKER.matcher(clause);
            int end = markedBefore ? 0 : -1;
            while (marker.find()) {
                if (!INSIDE_A_MEASURE.matcher(clause.substring(0, marker.end())).find()
                        && !INSIDE_A_MEASURE.matcher(clause.substring(0, marker.start())).find()) end = marker.end();
            }
            markedBefore = false;
            if (end < 0) continue;
            String rest = clause.substring(end);
            java.util.regex.Matcher until = PART_ASKED_UNTIL.matcher(rest);
            if (!until.find()) {
                // "这55单里面，外籍船占几单": the marker closes its clause and the part follows in the next
                markedBefore = rest.codePoints().noneMatch(Character::isLetter);
                continue;
            }
            // the part is what the figure is of ("外资的占几家", "版权类有几单"); "一共融到多少钱" asks another figure of the whole
            if (!PART_IS_SUBJECT.matcher(rest.substring(0, until.start())).find()) continue;
            String named = PART_EDGES.matcher(rest.substring(0, until.start()).replaceAll("[^\\p{IsHan}]", "")).replaceAll("");
            for (String part : PARTS_JOINED.split(named)) {
                String p = PART_EDGES.matcher(part).replaceAll("");
                if (p.codePoints().filter(c -> GLUE.indexOf(c) < 0).count() >= 2) parts.add(p);
            }
        }
        return parts;
    }

    /** The words just before a share that make it a movement ("下降60.33%", "提高了约20%"), not a level ("提升至95%"). */
    private static final Pattern MOVED_BY = Pattern.compile("(下降|降低|减少|提升|提高|增长|增加|上升|压缩|节省|节约)了?(约|超过?|近|达)?$");

    private static boolean movedBy(String sentence, Figures.Figure f) {
        int at = sentence.indexOf(f.text());
        return at > 0 && MOVED_BY.matcher(sentence.substring(Math.max(0, at - 8), at)).find();
    }

    private static boolean given(Quantity q, String asked, String text, List<String> sentences) {
        if (!partOfCitedWholeGiven(q, asked, text, sentences)) return false;
        if (!namedPartGiven(q, asked, sentences)) return false;
        boolean perUnit = q.perUnit() && (q.unitClass() == UnitClass.MONEY || q.unitClass() == UnitClass.COUNT);
        List<String> countries = Vocabulary.COUNTRIES.stream().filter(asked::contains).toList();
        boolean partOfWhole = q.unitClass() == UnitClass.SHARE && PART_OF_WHOLE_ASKED.matcher(asked).find();
        boolean leadTime = LEAD_TIME_ASKED.matcher(asked).find();
        List<String> years = yearsIn(SHORT_YEAR.matcher(asked).replaceAll("20$1年"));
        // "海运方面…；空运方面…": a question naming one aspect is answered only by what is said under it
        List<String> aspects = aspectsNamed(text, asked);
        if (!aspects.isEmpty()) sentences = underAspects(sentences, aspects);
        List<String> withFigure = sentences.stream()
                .filter(s -> Figures.in(s).stream().anyMatch(f -> !f.unit().isEmpty() && Figures.answers(f, q)))
                // "一次多少钱", "一艘船一次装多少辆" ask per unit: a total ("产值5.62亿元", "出口11万辆") does not answer;
                // a duration is per event anyway
                .filter(s -> !perUnit || perUnitFigure(s, q))
                // "占多大比例" asks a part of a whole (占, 比重, 三分之二): a growth of 100% is not a share
                .filter(s -> !partOfWhole || PART_OF_WHOLE.matcher(s).find()
                        || Figures.in(s).stream().anyMatch(f -> f.unit().equals("分之")))
                // "报关一票能省多少钱" may be answered by a share only where the share is of a cost ("成本降低5%")
                .filter(s -> q.unitClass() != UnitClass.MONEY || COST.matcher(s).find()
                        || Figures.in(s).stream().anyMatch(f -> f.unitClass() == UnitClass.MONEY))
                // "提前几天" asks a lead time, which only a sentence about doing something ahead gives
                .filter(s -> !leadTime || s.contains("提前"))
                // "费率现在是百分之几" asks a level: "费率较试点前下降60%" gives only by how much it moved
                .filter(s -> q.unitClass() != UnitClass.SHARE || q.change() || Figures.in(s).stream()
                        .anyMatch(f -> f.unitClass() == UnitClass.SHARE && !movedBy(s, f)))
                // a figure between China and 马来西亚 is not given by the one between China and 新加坡
                .filter(s -> countries.isEmpty() || countries.stream().anyMatch(s::contains))
                // "2023年出口了多少辆" is not answered by the count as of 2024: the year nearest before the figure is its time
                .filter(s -> years.isEmpty() || Figures.in(s).stream()
                        .anyMatch(f -> !f.unit().isEmpty() && Figures.answers(f, q) && ofYears(s, f, years))).toList();
        // "最低责任限额是多少": a particular thing the question names must be where the figure is, not elsewhere in the measure
        for (String w : Units.specificAttributesIn(asked)) {
            if (text.contains(w) && withFigure.stream().noneMatch(s -> s.contains(w))
                    && q.unitClass() != UnitClass.ANY && Units.impliedBy(w) == q.unitClass()) {
                return false;
            }
        }
        // "每回办证收多少费", "出口额是多少亿元" ask a sum: a sentence whose money only says what was saved does not state it
        if (q.unitClass() == UnitClass.MONEY && !q.change() && !q.spending()) {
            withFigure = withFigure.stream().filter(NotGivenCheck::statesMoneyNotSaved).toList();
        }
        // "现在要多少个工作日" asks how long it takes: "减少审批时限70个工作日" says only by how much it shrank
        if (q.unitClass() == UnitClass.DURATION && !q.change() && TAKES_ASKED.matcher(asked).find()) {
            withFigure = withFigure.stream().filter(NotGivenCheck::statesDurationNotChange).toList();
        }
        if (q.unitClass() != UnitClass.ANY && withFigure.isEmpty()) return false;
        // "投了多少钱", "花了多少": money spent is given only where the measure says what was spent
        if (q.spending() && withFigure.stream().noneMatch(s -> SPENT.matcher(s).find())) return false;
        // "直赔做了几单" where the measure counts only in a kindred unit ("验证数据300多笔"): the count is of what the
        // question names only if that sentence uses one of the question's words the measure uses
        if (q.unitClass() == UnitClass.COUNT && q.counted().isEmpty() && !q.unit().isEmpty() && !q.unit().equals("个")
                && withFigure.stream().noneMatch(s -> Figures.in(s).stream().anyMatch(f -> f.unit().equals(q.unit())))) {
            List<String> used = LexicalTokens.distinctTokens(Vocabulary.withoutPlaces(q.attribute())).stream()
                    .filter(t -> t.length() >= 2 && text.contains(t)).toList();
            if (!used.isEmpty() && withFigure.stream().noneMatch(s -> used.stream().anyMatch(s::contains))) return false;
            // "顾问一共聘了几位": people are counted by what they are, the last noun named ("顾问"), not its modifier
            if (q.namedPlainly() && !used.isEmpty()) {
                String head = used.get(used.size() - 1);
                if (withFigure.stream().noneMatch(s -> s.contains(head))) return false;
            }
        }
        String specific = Units.specificAttribute(q.named());
        if (specific != null && !namesNearly(specific, text) && !namesRateNearly(q.named(), text) && !sharesOfTheAct(q.named(), text)) {
            return false;
        }
        if (!q.counted().isEmpty() && !Units.isGeneric(q.counted())) {
            // a thing counted must be named, mostly, in a sentence that counts it ("多少名中小学生" is not "学生4476人次");
            // for other kinds one shared word will do (海运成本 is 海上运输成本 in the text)
            List<String> candidates = q.unitClass() == UnitClass.ANY ? sentences : withFigure;
            double share = q.unitClass() == UnitClass.COUNT ? NAMED_SHARE : Double.MIN_VALUE;
            return candidates.stream().anyMatch(s -> namedShare(q.counted(), s) >= share || countedNearly(q, s));
        }
        // "入驻的涉外律所有多少家": the thing counted, named plainly before the question, must be where the measure counts
        String thing = Vocabulary.withoutPlaces(q.attribute());
        if (q.unitClass() == UnitClass.COUNT && q.namedPlainly() && hanChars(thing) >= 2) {
            return withFigure.stream().anyMatch(s -> namedShare(thing, s) > 0);
        }
        // "X的Y是多少": the attribute Y, named plainly, must be words the measure uses ("收费标准", "入选分数线")
        boolean untyped = q.unitClass() == UnitClass.ANY || q.unitClass() == UnitClass.DATE;
        if (untyped && q.namedPlainly() && hanChars(thing) >= MIN_ATTRIBUTE_CHARS) return namedShare(thing, text) >= NAMED_SHARE;
        return true;
    }

    /** A year: followed by 年 or by the dash of a range, or ending a range ("2020至2022年间" ends in 2022). */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(20[0-9]{2})(?=[年—\\-～~至到])|(?<=[—\\-～~至到])(20[0-9]{2})(?![0-9])");

    /**
     * A year said by its last two digits ("23年出口了多少"), as people write it; not a length of time ("近20年",
     * "20年来", "用了15年").
     */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![0-9近去满超约了用这前后整])(1[5-9]|2[0-9])年(?![来内间多左以前后里度代])");

    private static List<String> yearsIn(String text) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = YEAR.matcher(text);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
        return out;
    }

    /** Whether the year nearest before the figure in its sentence, if any, is one the question names. */
    private static boolean ofYears(String sentence, Figures.Figure f, List<String> asked) {
        int at = sentence.indexOf(f.text());
        if (at < 0) return true;
        List<String> before = yearsIn(sentence.substring(0, at));
        return before.isEmpty() || asked.contains(before.get(before.size() - 1));
    }

    /**
     * Whether a figure of the kind asked is stated per unit ("平均每船节约成本160万元"): the per-unit word must be in the
     * figure's own clause, not in a clause about another figure of the sentence.
     */
    private static boolean perUnitFigure(String sentence, Quantity q) {
        for (Figures.Figure f : Figures.in(sentence)) {
            if (f.unit().isEmpty() || !Figures.answers(f, q)) continue;
            int at = sentence.indexOf(f.text());
            if (at < 0) return PER_UNIT.matcher(sentence).find();
            if (PER_UNIT.matcher(clauseBefore(sentence, at)).find()) return true;
        }
        return false;
    }

    /** The part of the sentence's clause that comes before {@code at}. */
    private static String clauseBefore(String sentence, int at) {
        int start = 0;
        for (int i = 0; i < at; i++) if ("，,；;".indexOf(sentence.charAt(i)) >= 0) start = i + 1;
        return sentence.substring(start, at);
    }

    /** Whether a clause asks something ("吗", "多少", "哪"), rather than naming what it is about. */
    static boolean asks(String clause) {
        return ASKS.matcher(clause).find();
    }

    /**
     * A rate named with one character mistyped or swapped for a near word ("网版率" for 网办率, "转划率" for 转化率): the
     * character before the rate's own and 率 match, the one between may differ.
     */
    static boolean namesRateNearly(String attribute, String text) {
        if (attribute.length() < 3 || !attribute.endsWith("率")) return false;
        char lead = attribute.charAt(attribute.length() - 3);
        if (Character.UnicodeScript.of(lead) != Character.UnicodeScript.HAN) return false;
        return Pattern.compile(Pattern.quote(String.valueOf(lead)) + "\\p{IsHan}率").matcher(text).find();
    }

    /**
     * A rate of an act given as a share of the act itself: "入院率" by "实现100%入院", "办结率" by "办结…达98%".
     */
    static boolean sharesOfTheAct(String rate, String text) {
        if (rate.length() < 3 || !rate.endsWith("率")) return false;
        String act = Pattern.quote(rate.substring(rate.length() - 3, rate.length() - 1));
        return Pattern.compile("[0-9.]+\\s*%\\s*" + act + "|" + act + "[^，,。；;]{0,4}?[0-9.]+\\s*%").matcher(text).find();
    }

    /**
     * Whether the text names the word, or names it with one character more inside it ("交易金额" for 交易额, "保险费" for
     * 保费): a reader takes both for the same thing.
     */
    static boolean namesNearly(String word, String text) {
        if (text.contains(word)) return true;
        if (word.length() < 2) return false;
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            if (i > 0) p.append("\\p{IsHan}?");
            p.append(Pattern.quote(String.valueOf(word.charAt(i))));
        }
        java.util.regex.Matcher m = Pattern.compile(p.toString()).matcher(text);
        while (m.find()) if (m.group().length() <= word.length() + 1) return true;
        return false;
    }

    /** Whether a sentence states a sum of money that is not a saving. */
    /** An aspect a measure reports under ("海运方面，…"): what follows, up to the next aspect, is said of it alone. */
    private static final Pattern ASPECT = Pattern.compile("([\\p{IsHan}]{2,4})方面[，,：:]");

    /** The aspects the measure reports under that the question names. */
    private static List<String> aspectsNamed(String text, String asked) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = ASPECT.matcher(text);
        while (m.find()) if (asked.contains(m.group(1))) out.add(m.group(1));
        return out;
    }

    /** The parts of the sentences said under one of the aspects. */
    private static List<String> underAspects(List<String> sentences, List<String> aspects) {
        List<String> out = new java.util.ArrayList<>();
        for (String s : sentences) {
            java.util.regex.Matcher m = ASPECT.matcher(s);
            List<Integer> starts = new java.util.ArrayList<>();
            List<String> names = new java.util.ArrayList<>();
            while (m.find()) {
                starts.add(m.start());
                names.add(m.group(1));
            }
            for (int i = 0; i < starts.size(); i++) {
                if (!aspects.contains(names.get(i))) continue;
                out.add(s.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : s.length()));
            }
        }
        return out;
    }

    private static boolean statesDurationNotChange(String sentence) {
        return statesFigureNotAfter(sentence, UnitClass.DURATION, CHANGED_BY_BEFORE);
    }

    private static boolean statesMoneyNotSaved(String sentence) {
        return statesFigureNotAfter(sentence, UnitClass.MONEY, SAVED_BEFORE);
    }

    /** Whether the sentence has a figure of the class that the words just before it do not mark as a change. */
    private static boolean statesFigureNotAfter(String sentence, UnitClass unitClass, Pattern marksChange) {
        for (Figures.Figure f : Figures.in(sentence)) {
            if (f.unitClass() != unitClass) continue;
            int at = sentence.indexOf(f.text());
            if (at >= 0 && !marksChange.matcher(sentence.substring(Math.max(0, at - 12), at)).find()) return true;
        }
        return false;
    }

    /**
     * What a question asks about that the measure never names, whatever it asks of it: a particular attribute
     * ("护士待遇有何变动", "利率"), or countries ("卖到了哪些国家") when the measure names none.
     */
    static String unnamed(List<String> clauses, Measure m) {
        String text = LexicalTokens.fold(m.fullText());
        if (chargeNotGiven(clauses, m, text)) return "收费";
        for (String clause : clauses) {
            if (!ASKS.matcher(clause).find()) continue;
            for (String word : Units.specificAttributesIn(clause)) {
                if (namesNearly(word, text) || sameThingNamed(word, text)) continue;
                int at = clause.indexOf(word);
                String rate = at >= 1 ? clause.substring(at - 1, at + word.length()) : word;
                if (!namesRateNearly(rate, text)) return word;
            }
            if (ASKS_COUNTRIES.matcher(clause).find()
                    && org.measuresqa.question.Vocabulary.COUNTRIES.stream().noneMatch(text::contains)) {
                return "国家";
            }
        }
        return null;
    }

    /**
     * "要收费吗", "免费还是要掏钱", "按什么标准收": a charge, which only a measure speaking of charges gives. Declined only
     * when whatever else the question asks is a figure the measure does not give either.
     */
    private static boolean chargeNotGiven(List<String> clauses, Measure m, String text) {
        if (CHARGE_STATED.matcher(text).find()) return false;
        boolean charge = false;
        List<String> others = new java.util.ArrayList<>();
        for (String clause : clauses) {
            if (CHARGE_ASKED.matcher(clause).find()) charge = true;
            else if (asks(clause)) others.add(clause);
        }
        return charge && noneGiven(others, m);
    }

    /**
     * Whether none of these clauses (what a question asks besides the thing found missing) can be answered from the
     * measure: each asks a figure, and the measure gives none of them.
     */
    static boolean noneGiven(List<String> clauses, Measure m) {
        if (clauses.isEmpty()) return true;
        List<Quantity> figures = clauses.stream().map(Quantity::in).filter(java.util.Objects::nonNull).toList();
        return figures.size() == clauses.size() && unanswered(figures, clauses, m) != null;
    }

    private static long hanChars(String s) {
        return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    /** Share of the words' character bigrams that occur in the text. */
    static double namedShare(String words, String text) {
        List<String> terms = LexicalTokens.distinctTokens(words).stream().filter(t -> t.length() >= 2).toList();
        if (terms.isEmpty()) return 1;
        return (double) terms.stream().filter(t -> text.contains(t) || sameThingNamed(t, text) || abbreviates(t, text)).count() / terms.size();
    }

    /**
     * "几个项木" for "22个项目", "多少个行次" for "61个航次": the noun counted, mistyped in one character, beside a
     * figure in the very unit asked. A reader takes a one-character slip next to the same count for the same thing.
     */
    static boolean countedNearly(Quantity q, String sentence) {
        String counted = q.counted();
        int n = counted.length();
        if (q.unit().isEmpty() || n < 2 || n > 4) return false;
        sentence = sentence.replaceAll("\\s+", "");
        for (Figures.Figure f : Figures.in(sentence)) {
            if (!f.unit().equals(q.unit())) continue;
            for (int at = sentence.indexOf(f.text()); at >= 0; at = sentence.indexOf(f.text(), at + 1)) {
                int end = at + f.text().length();
                if (end + n <= sentence.length() && oneApart(counted, sentence.substring(end, end + n))) return true;
                if (at - n >= 0 && oneApart(counted, sentence.substring(at - n, at))) return true;
            }
        }
        return false;
    }

    /** Two words of one length that differ in exactly one character, a Chinese one in each. */
    private static boolean oneApart(String a, String b) {
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) == b.charAt(i)) continue;
            if (!Character.isIdeographic(a.charAt(i)) || !Character.isIdeographic(b.charAt(i))) return false;
            differ++;
        }
        return differ == 1;
    }

    /** Characters a short form may skip between two it keeps: 外资 for 外商投资, 医保 for 医疗保障, 外企 for 外商投资企业. */
    private static final int ABBREVIATION_GAP = 3;

    /**
     * A two-character short form keeps characters of the long form in order ("外资企业" for "外商投资企业"): the first,
     * then the second after at most {@link #ABBREVIATION_GAP} others.
     */
    static boolean abbreviates(String term, String text) {
        if (term.length() != 2 || !Character.isIdeographic(term.charAt(0)) || !Character.isIdeographic(term.charAt(1))) return false;
        for (int at = text.indexOf(term.charAt(0)); at >= 0; at = text.indexOf(term.charAt(0), at + 1)) {
            int second = text.indexOf(term.charAt(1), at + 1);
            if (second > at && second - at - 1 <= ABBREVIATION_GAP) return true;
        }
        return false;
    }

    /** "多少家公司" is answered by "16家企业": an everyday noun and the document's word for the same things. */
    private static boolean sameThingNamed(String term, String text) {
        for (Map.Entry<String, String> e : Vocabulary.SAME_THINGS.entrySet()) {
            if (term.contains(e.getKey()) && text.contains(term.replace(e.getKey(), e.getValue()))) return true;
        }
        return false;
    }
}
