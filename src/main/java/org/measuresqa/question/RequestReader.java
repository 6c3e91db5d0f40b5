package org.measuresqa.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In a request written as prose ("我们正在起草一份调研稿……，请列出某市报送的条目"), the clause that makes the request
 * says what is to be listed or counted; the sentences before it tell who asks and why, and may name cities, headings or
 * topics only as background ("写稿时要把某市和另外两地分开；请只列某市的……"). This reader finds such a request; the
 * analyzer reads it alone when it states its own condition, and every kind of condition the background states as
 * well. A closing sentence that only says what the answer is for ("以便对照各地") is left out too.
 */
final class RequestReader {

    private static final String ASKS = "(列|统计|整理|梳理|汇总|罗列|哪些|哪几|多少|几项|几条|一览|盘点|清点)";
    /** A polite request that lists or counts, or what follows a colon and does, from its first word to the end. */
    private static final Pattern REQUEST = Pattern.compile("(?<=[，,。；;！!？?：:\\s])(烦请|请问|请|麻烦|劳驾|帮忙|帮我|能否|可否|能不能|(?:我们|我)?想(?:了解|知道|问问|问|请教))"
            + "[^。；;！!？?]*?" + ASKS + "|(?<=[：:])\\s*[^。；;！!？?：:]*?" + ASKS);
    /** Words in the request that lean on what was said before it. */
    private static final Pattern POINTS_BACK = Pattern.compile(
            "相关|有关|这方面|这一方面|此方面|上述|以上|前述|此类|这类|这些|该领域|这一领域|这个领域|其中|其余|这块|那块|这部分|这两|这几|同一|它们|该");
    /** Measures pointed at just before the request ("…的那几条，"): its object, put first. */
    private static final Pattern OBJECT_BEFORE = Pattern.compile("(那几条|那几项|那几个|那些|这些|这几条|这几项)[”\"」]?\\s*[，,]?\\s*$");

    /** A sentence after the question that says what the answer is for: "打算借此对照……", "以便……". */
    private static final Pattern PURPOSE_AFTER = Pattern.compile(
            "[。？?！!；;]\\s*((我们|我|课题组|本人)?(希望|想|打算|准备|拟|要|会)?(据此|以此|借此)|以便|便于|好让|方便|用于|用来)");

    private RequestReader() {
    }

    /** Where a request that stands on its own begins, or -1: after some context, pointing back at none of it. */
    static int ownRequest(String text) {
        Matcher m = REQUEST.matcher(text);
        int start = -1;
        while (m.find()) start = m.start();
        if (start <= 0) return -1;
        if (POINTS_BACK.matcher(text.substring(start)).find()) return -1;
        // "范围标着长三角的那些，请列出": what is listed, said first, is the request's own object
        if (OBJECT_BEFORE.matcher(text.substring(0, start)).find()) return -1;
        return start;
    }

    /** Where a closing sentence that only says what the answer is for begins, or -1. */
    static int purposeAfter(String text) {
        Matcher m = PURPOSE_AFTER.matcher(text);
        return m.find() ? m.start() + 1 : -1;
    }
}
