package org.measuresqa.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the asker will do with the answer and how it should look: "为撰写……汇报材料", "我们正在做……横向比较", "写材料要用",
 * "序号+名称即可", "请给出准确数字". Those words name no topic, so that a list or count wrapped in them is not narrowed
 * by them; the subject the asker writes about ("关于生态环保的材料") stays the topic. A description of a heading just
 * named ("该板块（土地、人才、数据等）", "也就是涉及就业、医保…的内容") is no topic either.
 */
final class PurposeReader {

    /** Words of writing, drafting and reporting, and the documents written. */
    private static final Pattern PURPOSE = Pattern.compile(
            "(专题|汇报|调研|比较|总结|评估|内部|年度|写){1,3}(材料|报告)(时|里|中|上)?(要|需要)?((用|使用|引用)(数据|数字)?)?"
                    + "|(我们|我局|我司|我单位|我)?(正在|在|要|准备|需要)?(撰写|编制|起草|写)(一份|一个|一节|个|份)?(关于)?"
                    + "|(材料|报告)时|汇报稿|文稿|讲话稿|统计表|课件|(横向|区域)?(比较|对比)(分析)?|(年度)?(工作)?总结|要用|备用|用于"
                    + "|(需要|要)?引用(数据|数字)?|供[^，,。；;]{0,8}?(使用|参考|之用)|为了?(说明|反映|展示|论证)[^，,。；;]*");
    /** Words about the answer's form: numbers and names, exact figures, checking. */
    private static final Pattern FORM = Pattern.compile(
            "(按|附上|注明|列出|给出|写明|标明|带上|附)?(序号|名称|编号)(\\+|和|与|及)(序号|名称|编号)(即可|就行|就可以)?"
                    + "|(附上|注明|写明|标明|带上)(序号|名称|编号)|(请)?给出准确(的)?数字|写明数字|准确数字|具体数字|请核准|核准|核实|即可|就行");
    /** "该板块（土地、人才、数据等）", "，也就是涉及…这类…的内容": what was just named, described. */
    private static final Pattern DESCRIBED = Pattern.compile(
            "(部分|板块|大类|类|领域|方面|块)\\s*[（(][^）)]{1,40}[）)]|[，,]\\s*(也就是|也即|即|就是)[^，,。？?；;]{1,40}(的内容|的条目|这类[^，,。？?；;]{0,20}|那些)"
                    // "这个大类包括土地、数据等内容，想问…": a listing that ends in 等 and a clause break describes the heading
                    + "|(部分|板块|大类)(?=(涉及|包括|包含|涵盖|覆盖)[^，,。？?；;]{1,40}?等[^，,。？?；;]{0,10}[，,；;])[^，,。？?；;]+");

    void read(MaskedText t) {
        Matcher d = DESCRIBED.matcher(t.text());
        while (d.find()) {
            String marker = d.group(1) != null ? d.group(1) : d.group(4);
            int from = marker != null ? d.start() + marker.length() : d.start();
            t.mask(from, d.end() - from);
        }
        // a purpose may hold a city or heading another reader took ("为了反映厦门在……里的分量"): masked whole all the same
        for (Pattern p : new Pattern[] {FORM, PURPOSE}) {
            Matcher m = p.matcher(t.text());
            while (m.find()) if (m.end() > m.start()) t.mask(m);
        }
    }
}
