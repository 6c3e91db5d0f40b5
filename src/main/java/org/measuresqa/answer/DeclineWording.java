package org.measuresqa.answer;

import java.util.stream.Collectors;
import org.measuresqa.retrieval.Decline;

/** The one place where a {@link Decline} becomes Chinese: the answers, the search API and the command line use it. */
public final class DeclineWording {

    private DeclineWording() {
    }

    /** One plain sentence saying why the document cannot answer; null for null. */
    public static String reason(Decline d) {
        if (d == null) return null;
        if (d instanceof Decline.Opinion) {
            return "这是在征求看法、排名或预测；文件只记载各项举措的做法、来源、效果和推广范围，不作评价。";
        }
        if (d instanceof Decline.OtherPlace p) {
            return "文件只收录厦门、深圳和浦东新区的举措，没有涉及" + String.join("、", p.places()) + "的内容。";
        }
        if (d instanceof Decline.NoSuchMeasure n) {
            return "文件共有" + n.measureCount() + "项举措（第1至第" + n.measureCount() + "项），没有第"
                    + n.numbers().stream().map(String::valueOf).collect(Collectors.joining("、")) + "项。";
        }
        if (d instanceof Decline.NoMatch m) return "没有同时满足这些条件（" + m.conditions() + "）的举措。";
        if (d instanceof Decline.NoTopic) return "问题里没有可以检索的内容；请说明想了解哪项举措、哪个城市或哪个方面。";
        if (d instanceof Decline.NotGiven g) return "文件没有给出“" + g.attribute() + "”的信息。";
        return "文件中没有直接回答这个问题的内容。";
    }
}
