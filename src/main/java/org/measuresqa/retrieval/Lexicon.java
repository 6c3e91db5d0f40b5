package org.measuresqa.retrieval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.measuresqa.corpus.Categories;

/**
 * The words by which users name what the document classifies exactly: sources, categories, scopes. Longer aliases
 * come first so that 浦东新区 is taken before 浦东. Matching happens on folded text (simplified, lower case).
 */
final class Lexicon {

    static final String XIAMEN = "厦门";
    static final String SHENZHEN = "深圳";
    static final String PUDONG = "浦东新区";

    static final String SCOPE_NATIONAL = "全国";
    static final String SCOPE_QUALIFIED = "具备条件地区";
    static final String SCOPE_YANGTZE_DELTA = "长三角区域";

    static final Map<String, String> SOURCES = ordered(
            "上海浦东新区", PUDONG, "上海浦东", PUDONG, "浦东新区", PUDONG, "浦东", PUDONG, "上海", PUDONG,
            "pudong", PUDONG, "shanghai", PUDONG,
            "厦门市", XIAMEN, "厦门", XIAMEN, "xiamen", XIAMEN,
            "深圳市", SHENZHEN, "深圳", SHENZHEN, "shenzhen", SHENZHEN);

    static final Map<String, String> CATEGORIES = ordered(
            Categories.FACTOR_MARKETS, Categories.FACTOR_MARKETS, "要素市场化", Categories.FACTOR_MARKETS,
            "要素市场", Categories.FACTOR_MARKETS, "要素配置", Categories.FACTOR_MARKETS,
            Categories.SCIENCE_AND_TECHNOLOGY, Categories.SCIENCE_AND_TECHNOLOGY, "科技创新", Categories.SCIENCE_AND_TECHNOLOGY,
            "科技体制", Categories.SCIENCE_AND_TECHNOLOGY, "科创", Categories.SCIENCE_AND_TECHNOLOGY,
            Categories.OPENING_UP, Categories.OPENING_UP, "对外开放", Categories.OPENING_UP, "扩大开放", Categories.OPENING_UP,
            "高水平开放", Categories.OPENING_UP, "开放方面", Categories.OPENING_UP, "开放类", Categories.OPENING_UP,
            Categories.BUSINESS_ENVIRONMENT, Categories.BUSINESS_ENVIRONMENT, "营商环境", Categories.BUSINESS_ENVIRONMENT,
            Categories.SOCIAL_AND_SPATIAL, Categories.SOCIAL_AND_SPATIAL, "社会事业", Categories.SOCIAL_AND_SPATIAL,
            "空间治理", Categories.SOCIAL_AND_SPATIAL);

    static final Map<String, String> SCOPES = ordered(
            "长三角区域", SCOPE_YANGTZE_DELTA, "长三角地区", SCOPE_YANGTZE_DELTA, "长三角", SCOPE_YANGTZE_DELTA,
            "具备条件地区", SCOPE_QUALIFIED, "具备条件的地区", SCOPE_QUALIFIED, "具备条件的地方", SCOPE_QUALIFIED,
            "具备条件", SCOPE_QUALIFIED, "有条件的地方", SCOPE_QUALIFIED, "有条件的地区", SCOPE_QUALIFIED,
            "有条件地区", SCOPE_QUALIFIED, "条件具备", SCOPE_QUALIFIED);

    /** 全国 names a scope only in phrases about where a measure is promoted, not in "全国首例". */
    static final List<String> NATIONAL_SCOPE_PHRASES = List.of(
            "推广到全国", "推广至全国", "全国推广", "全国复制", "全国范围", "面向全国", "在全国", "全国都", "全国的",
            "推广范围是全国", "推广范围为全国", "范围是全国", "范围为全国", "全国性");

    /**
     * Places that are not sources. A question about one of these (and none of the sources) is outside the
     * document, unless the document's text names the place (香港 appears in several measures).
     */
    static final List<String> OTHER_PLACES = List.of(
            "北京", "天津", "重庆", "广州", "杭州", "南京", "苏州", "成都", "武汉", "西安", "长沙", "郑州", "青岛",
            "宁波", "福州", "泉州", "东莞", "佛山", "珠海", "海南", "海口", "三亚", "雄安", "沈阳", "大连", "哈尔滨",
            "长春", "济南", "合肥", "南昌", "昆明", "贵阳", "南宁", "兰州", "乌鲁木齐", "拉萨", "呼和浩特", "银川",
            "西宁", "太原", "石家庄", "澳门", "台湾", "台北", "浙江", "江苏", "广东", "福建", "山东", "四川", "湖北",
            "湖南", "河南", "河北", "东北", "美国", "日本", "韩国", "欧洲", "英国", "德国", "法国", "临港");

    /** English words users mix in, and the Chinese the document uses for them. */
    static final Map<String, String> ENGLISH = ordered(
            "bunkering", "加注", "carbon footprint", "碳足迹", "footprint", "碳足迹", "carbon", "碳",
            "customs clearance", "通关", "customs", "海关", "clearance", "通关", "intellectual property", "知识产权",
            "ip", "知识产权", "securitization", "证券化", "securitisation", "证券化", "patent", "专利",
            "copyright", "著作权 版权", "trademark", "商标", "insurance", "保险", "pollution", "污染",
            "environment", "环境", "environmental", "环境", "vessel", "船舶", "ship", "船舶", "shipping", "航运",
            "port", "港口", "talent", "人才", "hospital", "医院", "medical", "医疗", "clinical trial", "临床试验",
            "new energy vehicle", "新能源汽车", "nev", "新能源汽车", "electric vehicle", "新能源汽车", "ev", "新能源汽车",
            "lithium battery", "锂电池", "lithium", "锂电池", "battery", "电池", "energy storage", "储能",
            "renminbi", "人民币", "rmb", "人民币", "cross-border", "跨境", "cross border", "跨境", "credit", "信用",
            "standard", "标准", "standards", "标准", "architect", "建筑师", "land", "用地", "arbitration", "仲裁",
            "legal", "法务", "hazardous chemicals", "危化品", "chemical", "危化品", "employment", "就业",
            "emission", "排污", "discharge", "排污", "data", "数据", "payment", "支付", "inspection", "查验",
            "biomedicine", "生物医药", "biomedical", "生物医药", "pharma", "医药", "financing", "融资", "loan", "贷款",
            "quality", "质量", "foreign", "外商", "export", "出口", "import", "进口", "skills", "技能", "title", "职称",
            "pension", "养老", "retirement", "退休", "companies", "企业", "company", "企业", "enterprises", "企业",
            "benefited", "惠及", "benefit", "惠及", "lng", "lng");

    /**
     * Phrases that carry no topic: question words, politeness, words for "measure". Removed from a question to see
     * whether anything is left to search for.
     */
    static final List<String> FILLERS = List.of(
            "请问一下", "请问", "麻烦", "帮我", "帮忙", "告诉我", "给我", "介绍一下", "介绍", "说说", "讲讲", "讲一讲",
            "列一下", "列出来", "列出", "列举", "罗列", "一览", "清单", "有哪几条", "有哪几项", "有哪几个", "有哪些", "哪几条",
            "哪几项", "哪几个", "哪一项", "哪一条", "哪些", "哪个", "哪几", "有什么", "是什么", "什么", "做了什么",
            "干了什么", "做了哪些", "做了", "搞了", "推出了", "推出", "出台了", "总共", "一共", "合计", "共有", "多少",
            "几项", "几条", "几个", "创新举措", "典型经验", "举措", "措施", "经验", "做法", "事项", "内容", "方面",
            "领域", "相关的", "相关", "有关的", "有关", "涉及到", "涉及", "关于", "所有的", "所有", "全部", "全都", "都有",
            "来源于", "来源", "来自", "属于", "归属", "分别", "城市", "地方", "这边", "那边", "这里", "那里", "这个",
            "那个", "这些", "那些", "这几", "那几", "其中", "里面", "之中", "当中", "上面", "刚才", "刚刚", "它们",
            "它", "该项", "这项", "那项", "一下", "情况", "怎么样", "怎样", "如何", "怎么", "是否", "能否", "吗", "呢",
            "啊", "吧", "呀", "的", "了", "在", "有", "是", "和", "与", "及", "以及", "还", "都", "也", "又", "哪",
            "些", "个", "项", "条", "共", "几", "那", "这", "中", "里", "上", "给", "把", "被", "对", "就", "我", "你",
            "们", "想", "知道", "看看", "问", "下", "请", "要", "能", "会", "么", "多", "少", "号", "第", "其", "该",
            "各", "具体", "主要", "一些", "哪里", "谁", "改革", "创新", "试点", "综合", "方面的", "等", "入选", "收录", "列入",
            "纳入", "这批", "这份", "文件", "清单里", "啥", "咋样", "咋", "是啥", "讲啥", "干啥", "什么意思", "意思", "是不是",
            "对吧", "对不对", "有没有", "能不能", "可不可以", "可以", "一项", "一条", "分别是", "分别", "最后", "前面",
            "后面", "之后", "之前", "下一", "上一", "那一", "讲的", "说的", "讲了", "说了", "到底", "部分", "板块", "类别",
            "分类", "大类", "一类", "类", "栏目", "章节", "范围内", "范围");

    private Lexicon() {
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
        return map;
    }
}
