package org.measuresqa.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A follow-up that points at an item of the answer just given, by its place: "第三条展开说说" after one measure was
 * explained means its third practice; "列出来的第三项" after a list means the third measure listed. Only a question that
 * says nothing else but that it wants the item explained, or that points back at the item in words ("它第二点…", "第一条说的那个…") and then asks about it, is read so:
 * "第18项呢" with a measure noun, or a number
 * beyond what a list of practices holds, stays a measure number.
 */
public final class EarlierItem {

    /** The place, maybe with words pointing back, then only words asking to explain it. */
    private static final Pattern ITEM = Pattern.compile(
            "^(那|那么|好的?|嗯)?[，,]?\\s*(你)?(刚才|上面|前面|列出来|列的|说的|提到|里面|其中)?(说的|列的|的)?\\s*第\\s*("
                    + NumberReader.NUMERAL + ")\\s*(条|项|个|点)(?!举措|措施|经验)\\s*[，,]?\\s*"
                    + "(具体|详细|展开|再)?\\s*是?(说说|讲讲|讲一下|说一下|介绍一下|展开说说|展开讲讲|展开|咋做的|怎么做的|怎么弄的|"
                    + "是什么|是啥|讲的是啥|讲的是什么|说的是啥|说的是什么|具体措施是什么样的|具体内容是什么|是怎么回事|什么意思)?"
                    + "[？?。!！呢吗]*$");
    /**
     * A place that points back and then asks something of its own: "它第二点…", "第一条说的那个…", "刚才第三条里…". A
     * word pointing back (它, 刚才, 说的, 里…) must be there, so that "第3条的效果" still names measure 3.
     */
    private static final Pattern POINTED_WITH_ASK = Pattern.compile(
            "^(那|那么|好的?|嗯)?[，,]?\\s*((它|它的|这个|那个|这条|这项|刚才|上面|前面|你说的|你列的)\\s*的?\\s*第\\s*("
                    + NumberReader.NUMERAL + ")\\s*(条|项|个|点)(?!举措|措施|经验)"
                    + "|第\\s*(" + NumberReader.NUMERAL + ")\\s*(条|项|个|点)(?!举措|措施|经验)\\s*"
                    + "(说的|提到的|讲的|写的|里说的|里提到的|里面|里|中|那块|那部分|那个|那项|那条"
                    // "第2项怎么做的？我主要关心…": asked to explain, and then more
                    + "|\\s*(具体)?(做了啥|做了什么|是怎么做的|怎么做的|怎么弄的|讲的啥|讲了啥)[？?，,。]))"
                    + "\\s*[，,]?\\s*\\S");
    /** Words that say the place is in a list just given ("列出来的第三项"). */
    private static final Pattern LISTED = Pattern.compile("^(那|那么)?[，,]?\\s*(你)?(列出来|列的|刚才列|上面列)");

    /**
     * @param listed whether the place was named as one in a list just given
     * @param ownAsk whether the question asks something of its own about the item ("第二点里检验标准怎么改的")
     */
    public record Reading(int place, boolean listed, boolean ownAsk) {
    }

    private EarlierItem() {
    }

    /** The place pointed at, or null when the question is not only a pointer at an earlier item. */
    public static Reading read(String question) {
        String t = question.strip();
        Matcher m = ITEM.matcher(t);
        boolean ownAsk = false;
        String numeral;
        if (m.find()) {
            numeral = m.group(5);
        } else {
            m = POINTED_WITH_ASK.matcher(t);
            if (!m.find()) return null;
            numeral = m.group(4) != null ? m.group(4) : m.group(6);
            ownAsk = true;
        }
        int place = NumberReader.parseNumeral(numeral);
        if (place < 1 || place > 9) return null; // an answer's items are few; a larger number names a measure
        return new Reading(place, LISTED.matcher(t).find(), ownAsk);
    }
}
