package org.measuresqa.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A follow-up that points at an item of the answer just given, by its place: "第三条展开说说" after one measure was
 * explained means its third practice; "列出来的第三项" after a list means the third measure listed. Only a question that
 * says nothing else but that it wants the item explained is read so: "第18项呢" with a measure noun, or a number
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
    /** Words that say the place is in a list just given ("列出来的第三项"). */
    private static final Pattern LISTED = Pattern.compile("^(那|那么)?[，,]?\\s*(你)?(列出来|列的|刚才列|上面列)");

    /** @param listed whether the place was named as one in a list just given */
    public record Reading(int place, boolean listed) {
    }

    private EarlierItem() {
    }

    /** The place pointed at, or null when the question is not only a pointer at an earlier item. */
    public static Reading read(String question) {
        String t = question.strip();
        Matcher m = ITEM.matcher(t);
        if (!m.find()) return null;
        int place = NumberReader.parseNumeral(m.group(5));
        if (place < 1 || place > 9) return null; // an answer's items are few; a larger number names a measure
        return new Reading(place, LISTED.matcher(t).find());
    }
}
