package org.measuresqa.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.measuresqa.corpus.Categories;

/**
 * Every word list the readers use, in one place, keyed by role. Matching happens on folded text (simplified, lower
 * case, half-width); alias tables are ordered longest alias first, so that 浦东新区 is taken before 浦东.
 */
public final class Vocabulary {

    public static final String XIAMEN = "厦门";
    public static final String SHENZHEN = "深圳";
    public static final String PUDONG = "浦东新区";

    public static final String SCOPE_NATIONAL = "全国";
    public static final String SCOPE_QUALIFIED = "具备条件地区";
    public static final String SCOPE_YANGTZE_DELTA = "长三角区域";

    /** A source city by its own names, in pinyin, and by its districts, ports and well-known areas. */
    static final Map<String, String> SOURCES = longestFirst(
            "上海浦东新区", PUDONG, "上海市浦东新区", PUDONG, "上海浦东", PUDONG, "浦东新区", PUDONG, "浦东", PUDONG,
            "上海市", PUDONG, "上海", PUDONG, "张江", PUDONG, "陆家嘴", PUDONG, "外高桥", PUDONG, "洋山港", PUDONG,
            "洋山", PUDONG, "临港新片区", PUDONG, "临港", PUDONG, "金桥", PUDONG, "川沙", PUDONG, "前滩", PUDONG,
            "pudong", PUDONG, "shanghai", PUDONG, "sh", PUDONG, "pd", PUDONG, "申城", PUDONG, "魔都", PUDONG, "沪上", PUDONG,
            "厦门市", XIAMEN, "厦门", XIAMEN, "鹭岛", XIAMEN, "鹭城", XIAMEN, "思明", XIAMEN, "湖里", XIAMEN, "集美", XIAMEN,
            "海沧", XIAMEN, "同安", XIAMEN, "翔安", XIAMEN, "东渡", XIAMEN, "xiamen", XIAMEN,
            "amoy", XIAMEN, "xm", XIAMEN,
            "深圳市", SHENZHEN, "深圳", SHENZHEN, "鹏城", SHENZHEN, "罗湖", SHENZHEN, "福田", SHENZHEN, "南山", SHENZHEN,
            "宝安", SHENZHEN, "龙岗", SHENZHEN, "龙华", SHENZHEN, "盐田", SHENZHEN, "坪山", SHENZHEN, "前海", SHENZHEN,
            "蛇口", SHENZHEN, "河套", SHENZHEN, "大鹏", SHENZHEN, "shenzhen", SHENZHEN, "sz", SHENZHEN);

    /** Every name of a source city, district, port or area ("厦门", "蛇口", "洋山港"). */
    public static java.util.Set<String> sourceNames() {
        return SOURCES.keySet();
    }

    /** Names of the cities themselves; every other source alias is a district or area, a word the text may hold too. */
    static final java.util.Set<String> CITY_NAMES = java.util.Set.of(
            "上海浦东新区", "上海市浦东新区", "上海浦东", "浦东新区", "浦东", "上海市", "上海", "pudong", "shanghai", "申城", "魔都", "沪上",
            "厦门市", "厦门", "鹭岛", "鹭城", "xiamen", "amoy", "深圳市", "深圳", "鹏城", "shenzhen", "sz", "xm", "sh", "pd");

    /**
     * The five headings by their own names, their official long forms and the short forms people use. A variant
     * that is also an everyday topic word (科技创新, 对外开放) is {@link #WEAK_CATEGORY_ALIASES weak}: it names the
     * heading only when nothing else in the question is a topic, or when a word such as 方面 or 类 marks it.
     */
    static final Map<String, String> CATEGORIES = longestFirst(
            Categories.FACTOR_MARKETS, Categories.FACTOR_MARKETS,
            "要素市场化配置改革", Categories.FACTOR_MARKETS, "要素市场化配置", Categories.FACTOR_MARKETS,
            "要素市场化", Categories.FACTOR_MARKETS, "要素市场", Categories.FACTOR_MARKETS,
            "要素配置", Categories.FACTOR_MARKETS, "要素改革", Categories.FACTOR_MARKETS,
            Categories.SCIENCE_AND_TECHNOLOGY, Categories.SCIENCE_AND_TECHNOLOGY,
            "科技创新体制机制改革", Categories.SCIENCE_AND_TECHNOLOGY, "科技体制机制", Categories.SCIENCE_AND_TECHNOLOGY,
            "科技体制改革", Categories.SCIENCE_AND_TECHNOLOGY, "科创体制机制", Categories.SCIENCE_AND_TECHNOLOGY,
            "科创体制", Categories.SCIENCE_AND_TECHNOLOGY, "科技创新体制", Categories.SCIENCE_AND_TECHNOLOGY, "科技体制", Categories.SCIENCE_AND_TECHNOLOGY,
            "科技创新", Categories.SCIENCE_AND_TECHNOLOGY, "科创", Categories.SCIENCE_AND_TECHNOLOGY,
            Categories.OPENING_UP, Categories.OPENING_UP, "推进高水平对外开放", Categories.OPENING_UP,
            "扩大高水平对外开放", Categories.OPENING_UP, "高水平开放", Categories.OPENING_UP,
            "对外开放", Categories.OPENING_UP, "扩大开放", Categories.OPENING_UP, "开放", Categories.OPENING_UP, "开放型经济", Categories.OPENING_UP,
            Categories.BUSINESS_ENVIRONMENT, Categories.BUSINESS_ENVIRONMENT, "持续优化营商环境", Categories.BUSINESS_ENVIRONMENT,
            "营商环境优化", Categories.BUSINESS_ENVIRONMENT, "营商环境", Categories.BUSINESS_ENVIRONMENT,
            "营商", Categories.BUSINESS_ENVIRONMENT,
            Categories.SOCIAL_AND_SPATIAL, Categories.SOCIAL_AND_SPATIAL, "社会事业与空间治理", Categories.SOCIAL_AND_SPATIAL,
            "社会事业", Categories.SOCIAL_AND_SPATIAL, "空间治理", Categories.SOCIAL_AND_SPATIAL,
            "社会民生", Categories.SOCIAL_AND_SPATIAL, "民生事业", Categories.SOCIAL_AND_SPATIAL);

    /**
     * Parts of a heading's name that name it only when a word such as 方面 or 类 follows ("科技类", "开放这块", "民生领域"):
     * alone they are too common to mean the heading.
     */
    static final Map<String, String> CATEGORY_PARTS = longestFirst(
            "市场化", Categories.FACTOR_MARKETS, "要素", Categories.FACTOR_MARKETS, "科技", Categories.SCIENCE_AND_TECHNOLOGY,
            "对外", Categories.OPENING_UP, "开放", Categories.OPENING_UP, "社会", Categories.SOCIAL_AND_SPATIAL,
            "民生", Categories.SOCIAL_AND_SPATIAL, "空间", Categories.SOCIAL_AND_SPATIAL);

    /** "具备条件的省市", "符合条件的地方", "条件成熟的地区", "部分地区", "有条件才能推": the qualified scope in other words. */
    static final String QUALIFIED_SCOPE = "(具备|符合|满足|有)(一定|相应|相关|前提|基础|基本)?的?条件的?(地区|地方|省市|城市|区域|省份)|条件成熟的?(地区|地方)|(部分|特定|个别|少数)(地区|地方)"
            + "|(要|需要|需|得)?(具备|有)(一定|相应)?的?条件(了|的话|之后|以后|后)?(才|再|方)(能|可以|可)?"
            // "要看地方条件才推的", "视当地条件": promoted where conditions allow
            + "|(要|需要|需|得)?(看|视|根据|按|依|取决于)(当地|地方|各地|所在地)?的?(具体)?条件";

    /**
     * A scope said only to be limited, with no place named: "推广范围有限定", "局部推广", "只在部分区域推". The
     * document's limited scopes are two (具备条件地区 and 长三角区域), so this means both.
     */
    static final String LIMITED_SCOPE = "(推广)?范围(有|有所)(限定|限制)|(推广)?范围(受限|有限)|推广受限|(有|有所)(限定|限制)的?(推广)?范围|限定范围|局部(地区|地方|区域|推广|推行|试行)?|(部分|特定|某个?|某些|个别)区域";

    /** Category aliases that are also everyday topic words. */
    static final List<String> WEAK_CATEGORY_ALIASES = List.of(
            "科技创新", "科创", "对外开放", "扩大开放", "开放", "开放型经济", "营商", "要素配置", "空间治理", "民生事业", "社会民生");

    /** Words next to a category alias that mark it as the heading ("对外开放方面", "营商环境类", "属于科技创新"). */
    static final List<String> CATEGORY_MARKERS = List.of(
            "方面", "类", "领域", "板块", "部分", "栏目", "章节", "大类", "分类", "类别", "这一块", "这块", "那块", "一块", "属于", "归于", "归入",
            "条线", "标题", "序列", "那组", "这组", "一组");

    static final Map<String, String> SCOPES = longestFirst(
            "长三角区域", SCOPE_YANGTZE_DELTA, "长三角地区", SCOPE_YANGTZE_DELTA, "长三角一体化", SCOPE_YANGTZE_DELTA,
            "长江三角洲", SCOPE_YANGTZE_DELTA, "长三角", SCOPE_YANGTZE_DELTA,
            // the region by its provinces: 沪苏浙皖 in any order, 江浙沪
            "沪苏浙皖", SCOPE_YANGTZE_DELTA, "苏浙沪皖", SCOPE_YANGTZE_DELTA, "江浙沪皖", SCOPE_YANGTZE_DELTA,
            "苏浙皖沪", SCOPE_YANGTZE_DELTA, "沪浙苏皖", SCOPE_YANGTZE_DELTA, "三省一市", SCOPE_YANGTZE_DELTA,
            "江浙沪", SCOPE_YANGTZE_DELTA, "沪苏浙", SCOPE_YANGTZE_DELTA,
            "具备条件地区", SCOPE_QUALIFIED, "具备条件的地区", SCOPE_QUALIFIED, "具备条件的地方", SCOPE_QUALIFIED,
            "具备条件", SCOPE_QUALIFIED, "有条件的地方", SCOPE_QUALIFIED, "有条件的地区", SCOPE_QUALIFIED,
            "有条件地区", SCOPE_QUALIFIED, "条件具备", SCOPE_QUALIFIED, "符合条件的地区", SCOPE_QUALIFIED,
            "符合条件的地方", SCOPE_QUALIFIED, "部分地区", SCOPE_QUALIFIED, "一定条件", SCOPE_QUALIFIED);

    /** Verbs of promotion that, next to a scope, carry no topic ("仅在条件具备地区推广"). */
    static final List<String> SCOPE_VERBS = List.of(
            "复制推广", "推广开", "推广", "可复制", "铺开", "适用", "限定", "限于", "仅限", "只在", "仅在", "只到", "只限",
            "面向", "范围内", "范围", "只建议", "建议", "不限", "不推广", "不推", "推的", "别的地方", "其他地方", "别处",
            // verbs of rolling out: "先推开", "只让…去推", "推到"
            "推开", "先推", "去推", "推到", "推向", "推行", "只让", "仅让", "只允许",
            // where it reaches: "只覆盖…一带"
            "只覆盖", "覆盖", "那一带", "一带");

    /** 全国 names a scope only in phrases about where a measure is promoted, not in "全国首例". */
    static final List<String> NATIONAL_SCOPE_PHRASES = List.of(
            "推广到全国", "推广至全国", "全国推广", "全国复制", "全国范围", "面向全国", "在全国", "全国都", "全国的",
            "推广范围是全国", "推广范围为全国", "范围是全国", "范围为全国", "全国性", "全国适用", "适用全国",
            "全国可推广", "全国层面", "全国铺开", "全国各地", "全国可复制", "全国通用", "推向全国", "向全国",
            // no limit of place is the whole country
            "没有地域限制", "不受地域限制", "无地域限制", "不限地域", "不限地区", "不分地区",
            "推到全国", "推行到全国", "全国推开", "全国推行",
            // no limit of place is national
            "不限地区", "不限地方", "不限区域", "不限地域", "不分地区",
            // "能全国推的", "全国都能推": rolled out everywhere
            "全国推", "全国都能推", "全国能推",
            // one side of a choice between scopes ("长三角还是全国")
            "还是全国", "全国还是");

    /**
     * A negation: "没有", "不是", "除了"; not the 不 or 没 of a yes-or-no question ("能不能", "是不是", "有没有"), nor the 不
     * of "不限地区", "不论哪里", which lifts every limit ("不限长三角" still negates the one scope it names).
     */
    static final String NEGATION = "((?<!有)没有|(?<!有)没|未|(?<!是)不是|(?<![能是会可算])不(?![论管分]|限(?:地区|地方|区域|范围|地域|城市|哪))|并非|非|除了|除去|除开|除|不含|不包括|排除|去掉|不属于|不在|撇开|抛开|撇去|刨去|刨除)";

    /** A count of one measure's practice items ("它有几条做法"), which the text numbers (1), (2)…. */
    public static final java.util.regex.Pattern PRACTICES_COUNTED = java.util.regex.Pattern.compile(
            "(几|多少)\\s*(条|项|个|点)(创新|具体|主要)?(做法|举措|措施|办法)");

    /** "先", "暂时": for now, before what is left out ("浦东的先不要"). */
    static final String FOR_NOW = "(先|就|也|暂时|暂且|暂|统统|一律)?";

    /** After what is left out: "以外", "之外", and "(把X)去掉", "(X的)不要", "(X)不算". */
    static final String LEFT_OUT_AFTER = "(以外|之外|(都|全|全部)?(去掉|除掉|去除|拿掉|剔除|删掉|刨掉|扣掉|排除|不要(?!求)|不算|除外|不必列入|不必列|不用列|不列入|不计入|不用算|不用管))";

    /** A negation just before a heading or scope, perhaps with a verb between ("不是", "没写“", "不属于", "除了"). */
    static final java.util.regex.Pattern NEGATED_BEFORE = java.util.regex.Pattern.compile(NEGATION + "[^，,。？?、；]{0,3}$");

    /** A negation shortly before 全国: "没有推广到全国", "不是面向全国的", "非全国". */
    static final String NOT_NATIONAL = NEGATION + "[a-z\\s]*[^，。？?,、；;]{0,5}全国";

    /**
     * Places that are not sources. A question about one of these (and none of the sources) is outside the document,
     * unless the document's own text names the place (香港 appears in several measures).
     */
    public static final List<String> OTHER_PLACES = List.of(
            "北京", "天津", "重庆", "广州", "杭州", "南京", "苏州", "成都", "武汉", "西安", "长沙", "郑州", "青岛",
            "宁波", "福州", "泉州", "漳州", "东莞", "佛山", "珠海", "惠州", "海南", "海口", "三亚", "雄安", "沈阳", "大连",
            "哈尔滨", "长春", "济南", "合肥", "南昌", "昆明", "贵阳", "南宁", "兰州", "乌鲁木齐", "拉萨", "呼和浩特",
            "银川", "西宁", "太原", "石家庄", "澳门", "台湾", "台北", "浙江", "江苏", "广东", "福建", "山东", "四川",
            "湖北", "湖南", "河南", "河北", "东北", "美国", "日本", "韩国", "欧洲", "英国", "德国", "法国", "浦西",
            "徐汇", "静安", "黄浦", "闵行", "虹桥", "横琴", "南沙");

    /**
     * Nation-wide policies people ask about next to these measures: taxes, visas, public debt, wages and pensions,
     * company registration, household subsidies, qualifications, housing and schooling. A pilot measure is none of
     * them; a question about one the document never names is outside it.
     */
    public static final List<String> NATIONAL_POLICIES = List.of(
            "个人所得税", "个税", "企业所得税", "增值税", "消费税", "购置税", "房产税", "印花税", "契税", "出口退税", "退税",
            "专项附加扣除", "加计扣除", "起征点", "免签", "落地签", "居留许可", "专项债", "地方债", "国债", "政府债券",
            "最低工资", "延迟退休", "退休年龄", "养老金", "社保缴费基数", "公司法", "注册资本", "认缴", "育儿补贴",
            "生育补贴", "托育补贴", "购房补贴", "以旧换新", "消费券", "家电补贴", "高新技术企业", "高企认定", "房贷利率",
            "限购", "首付", "公积金贷款", "存款利率", "义务教育", "户籍改革", "工作许可", "宅基地");

    /**
     * Everyday words and the document's word for the same thing ("电动车" is what the document calls 新能源汽车; "评高工"
     * is a 高级职称 review). Added after the everyday word, never in its place, so both are searched.
     */
    static final Map<String, String> EVERYDAY = longestFirst(
            "电动车", "新能源汽车", "电动汽车", "新能源汽车", "电车", "新能源汽车", "新能源车", "新能源汽车",
            "高工", "高级职称", "评职称", "职称评审", "跳级", "跨级", "越级", "跨级",
            // 专业技术资格 is the formal name of a 职称; climbing "一级一级" is applying 逐级
            "技术资格", "职称", "一级一级", "逐级", "一级级", "逐级",
            "柜子", "集装箱", "货柜", "集装箱", "箱子", "集装箱",
            "尖子生", "拔尖创新人才", "有天分", "潜质", "有天赋", "潜质", "天才", "拔尖创新人才", "版权", "著作权",
            "船籍", "转籍", "香港人", "香港居民", "港人", "香港居民", "老外", "境外人员", "外国人", "境外人员",
            "打官司", "纠纷", "官司", "纠纷", "借钱", "融资", "缺钱", "融资", "贷款难", "融资",
            "加燃料", "加注", "排污费", "排污", "污染险", "环境污染强制责任保险",
            "看病", "医疗", "报销", "医保", "找工作", "就业", "失业", "就业",
            // what customs calls 特殊物品: human tissue, blood, cells and the like
            "血样", "特殊物品", "血液样本", "特殊物品", "细胞", "特殊物品", "人体组织", "特殊物品",
            // a product's greenhouse gases over its life are what the document calls its carbon footprint
            "温室气体", "碳足迹", "碳排放", "碳足迹", "排碳", "碳足迹",
            // moving cargo from one ship to another on the way is what the document calls 水水中转
            "换船", "水水中转", "倒船", "水水中转", "转船", "水水中转");

    /** Everyday nouns for things the document counts under its own word: "多少家公司" asks for its "企业". */
    public static final Map<String, String> SAME_THINGS = Map.of(
            "公司", "企业", "厂家", "企业", "厂商", "企业", "商家", "企业", "老百姓", "群众", "市民", "群众", "牵头", "主导",
            "额度", "限额");

    /** English words and pinyin users mix in, and the Chinese the document uses for them. */
    static final Map<String, String> ENGLISH = longestFirst(
            "bunkering", "加注", "carbon footprint", "碳足迹", "footprint", "碳足迹", "carbon", "碳",
            "customs clearance", "通关", "customs", "海关", "clearance", "通关", "intellectual property", "知识产权",
            "ip", "知识产权", "securitization", "证券化", "securitisation", "证券化", "abs", "证券化", "patent", "专利",
            "copyright", "著作权 版权", "trademark", "商标", "insurance", "保险", "pollution", "污染",
            "environment", "环境", "environmental", "环境", "vessel", "船舶", "ship", "船舶", "ships", "船舶",
            "shipping", "航运", "port", "港口", "talent", "人才", "talents", "人才", "hospital", "医院",
            "medical", "医疗", "clinical trial", "临床试验", "new energy vehicle", "新能源汽车",
            "new energy vehicles", "新能源汽车", "nev", "新能源汽车", "nevs", "新能源汽车", "electric vehicle", "新能源汽车",
            "ev", "新能源汽车", "evs", "新能源汽车", "lithium battery", "锂电池", "lithium", "锂电池", "battery", "电池",
            "energy storage", "储能", "renminbi", "人民币", "rmb", "人民币", "yuan", "人民币", "cross-border", "跨境",
            "cross border", "跨境", "crossborder", "跨境", "credit", "信用", "standard", "标准", "standards", "标准",
            "architect", "建筑师", "land", "用地", "arbitration", "仲裁", "legal", "法务", "law", "法务",
            "hazardous chemicals", "危化品", "chemical", "危化品", "chemicals", "危化品", "employment", "就业",
            "jobs", "就业", "emission", "排污", "emissions", "排污", "discharge", "排污", "data", "数据",
            "payment", "支付", "payments", "支付", "inspection", "查验", "biomedicine", "生物医药", "biomedical", "生物医药",
            "biotech", "生物医药", "pharma", "医药", "financing", "融资", "loan", "贷款", "loans", "贷款",
            "quality", "质量", "foreign", "外商", "fdi", "外商投资", "export", "出口", "exports", "出口",
            "import", "进口", "imports", "进口", "skills", "技能", "nationwide", "全国", "national", "全国", "scope", "推广范围",
            "yangtze river delta", "长三角", "yrd", "长三角", "senior title", "高级职称", "senior titles", "高级职称", "professional title", "职称",
            "title", "职称", "senior", "高级", "expert", "专家",
            "experts", "专家", "panel", "专家", "review", "评审", "proportion", "比例", "percentage", "比例",
            "sharing", "共享", "approval", "审批", "approvals", "审批", "pension", "养老",
            "retirement", "退休", "companies", "企业", "company", "企业", "enterprises", "企业", "enterprise", "企业",
            "benefited", "惠及", "benefit", "惠及", "lng", "lng", "drg", "病种", "dip", "病种分值", "container", "集装箱",
            "transshipment", "中转", "mediation", "调解", "dispute", "纠纷", "overseas", "海外", "visa", "签证",
            "registration", "登记", "works", "作品", "zoning", "分区管控", "esg", "环境", "green", "绿色",
            "drop", "下降", "drops", "下降", "dropped", "下降", "down", "下降", "declined", "下降", "lower", "下降",
            "lowered", "下降", "cut", "减少", "cuts", "减少", "decrease", "下降", "decreased", "下降", "reduce", "减少",
            "reduced", "减少", "reduction", "减少", "fall", "下降", "fell", "下降", "increase", "增长", "increased", "增长",
            "rise", "增长", "rose", "增长", "growth", "增长", "grew", "增长", "save", "节省", "saved", "节省", "saving", "节省",
            "savings", "节省", "cost", "成本", "costs", "成本", "time", "时间", "price", "价格", "fee", "费用", "fees", "费用",
            "rate", "率", "settlement", "结算", "currency", "货币", "certificate", "证书", "certificates", "证书",
            // words of the ask itself: "帮忙 list 出来", "how many measures"
            "measures", "举措", "measure", "举措", "those", "这些", "these", "这些", "policies", "举措", "policy", "举措", "practices", "做法",
            "list", "列出", "how many", "多少", "which ones", "哪些", "which", "哪些",
            "zhishi chanquan", "知识产权", "kuajing", "跨境", "tongguan", "通关", "chuanbo", "船舶",
            "zhengquanhua", "证券化", "jiuye", "就业", "paiwu", "排污", "tanzuji", "碳足迹", "renminbi kuajing", "人民币跨境");

    /**
     * Phrases that carry no topic: question words, politeness, words for "measure". Removed from a question to see
     * whether anything is left to search for.
     */
    static final List<String> FILLERS = List.of(
            "请问一下", "请问", "麻烦", "帮我", "帮忙", "告诉我", "给我", "介绍一下", "介绍", "说说", "讲讲", "讲一讲",
            // how to answer, not what about
            "按顺序", "按次序", "依次", "逐条", "逐一", "一一", "挨个", "简单说", "简要", "简单", "概括", "说一下", "讲一下", "案例",
            "列一下", "列出来", "列出", "列举", "罗列", "挑出来", "挑出", "挑一下", "找出来", "筛出来", "筛一下", "筛选出", "筛选", "一览", "清单", "有哪几条", "有哪几项", "有哪几个", "有哪些", "哪几条",
            "哪几项", "哪几个", "哪一项", "哪一条", "哪些", "哪个", "哪几", "有什么", "是什么", "什么", "做了什么",
            "干了什么", "做了哪些", "做了", "搞了", "推出了", "推出", "出台了", "总共", "一共", "合计", "共有", "多少",
            "几项", "几条", "几个", "创新举措", "典型经验", "举措", "措施", "经验", "做法", "事项", "内容", "方面",
            "领域", "相关的", "相关", "有关的", "有关", "涉及到", "涉及", "关于", "所有的", "所有", "全部", "全都", "都有",
            "来源于", "来源", "来自", "属于", "归属", "分别", "城市", "地方", "序号", "编号", "条目", "这边", "那边", "这里", "那里", "这个",
            "那个", "这些", "那些", "这几", "那几", "其中", "里面", "之中", "当中", "上面", "刚才", "刚刚", "它们",
            "它", "该项", "这项", "那项", "一下", "情况", "怎么样", "怎样", "如何", "怎么", "是否", "能否", "吗", "呢",
            "啊", "吧", "呀", "的", "了", "在", "有", "是", "和", "与", "及", "以及", "还", "都", "也", "又", "哪",
            "些", "个", "项", "条", "共", "几", "那", "这", "中", "里", "上", "给", "把", "被", "对", "就", "我", "你",
            "们", "想", "知道", "看看", "问", "下", "请", "要", "能", "会", "么", "多", "少", "号", "第", "其", "该",
            "各", "具体", "主要", "一些", "哪里", "谁", "改革", "创新", "试点", "综合", "方面的", "等", "入选", "收录", "列入",
            "纳入", "这批", "这份", "文件", "清单里", "啥", "咋样", "咋", "是啥", "讲啥", "干啥", "什么意思", "意思", "是不是",
            "对吧", "对不对", "不是", "而不是", "也不是", "并非", "而是", "有没有", "能不能", "可不可以", "可以", "一项", "一条", "分别是", "分别", "最后", "前面",
            "后面", "之后", "之前", "下一", "上一", "那一", "讲的", "说的", "讲了", "说了", "到底", "部分", "板块", "类别",
            "分类", "大类", "一类", "类", "栏目", "章节", "范围内", "范围", "条目", "名单", "目录", "汇总", "统计", "数一下",
            "数数", "算一下", "有几", "数量", "总数", "条数", "项数", "两地", "三地", "合起来", "加起来", "加在一起", "合在一起", "只要", "只看", "对应", "包含", "包括", "涵盖", "囊括", "含有", "入围", "其余", "剩下", "另外", "别的", "还有", "呢？", "好的", "谢谢", "您好", "你好",
            // the document itself and how its entries came into it, and what the asker will do with them: no topic
            "这份材料", "材料里", "材料中", "附件", "本批次", "这一批", "批次", "收了", "收进", "报送", "报上来", "上报",
            "梳理", "借鉴", "参考", "学习", "所在的", "所在", "新区",
            // where in the document, in what order, how many at once: "这一章下面", "按序号排给我", "那一大批"
            "这一章", "一章", "下面", "底下", "按序号", "排给我", "排出来", "排一下", "排个序", "一大批", "大批", "哪儿",
            "我在写", "在写", "写一份",
            // adding to the earlier set
            "还是", "再加上", "加上", "连同", "算进来", "算进去", "加进来", "也算上", "列示", "列明", "悉数", "还剩",
            // what a reader of the table says it sees, and what it leaves out
            "写着", "写的", "标着", "标的", "填着", "填的", "以外", "之外", "列下", "列一列", "数一下", "数下",
            "请按", "请把", "请将", "请告知", "告知", "剔除", "不含", "整理", "连带", "外加", "再算上", "算上", "一起算", "一起", "一并",
            // how the document designates its entries ("被确定为可全国复制的", "明确列为"), and demonstratives before a
            // heading ("这一部分")
            "被明确定为", "被明确", "明确为", "明确", "被确定为", "被确定", "确定为", "被定为", "定为", "被列为", "列为",
            "这一", "这一块", "请先", "先把", "可", "再看", "同一个", "同一");

    /** What the document's entries are called: a count or a list of these is a count or list of measures. */
    static final List<String> MEASURE_NOUNS = List.of(
            "创新举措", "改革举措", "试点举措", "典型经验", "经验做法", "举措", "措施", "经验", "做法", "条目", "事项",
            "改革", "案例", "项目");

    /** Leans on an earlier set of measures. */
    static final List<String> PLURAL_ANAPHORA = List.of(
            "这些", "那些", "其中", "这几", "那几", "上面", "刚才", "刚刚", "它们", "里面", "以上", "前面说的", "你说的",
            "上述", "前述", "这里面", "这当中", "其余", "剩下",
            // the heading of the earlier list, kept: "厦门在同一个大类中的"
            "同一板块", "同一个板块", "同一部分", "同一类", "同一大类", "同类");

    /** Leans on one earlier measure. */
    static final List<String> SINGULAR_ANAPHORA = List.of(
            "它", "这个", "那个", "该举措", "这项", "那项", "这条", "那条", "此项", "该项", "这一项", "这一条", "该措施",
            "这种做法", "这个做法", "这个机制", "这个模式", "这个制度", "这一举措", "这项举措", "此举");

    static final List<String> OPINION = List.of(
            "你觉得", "你认为", "你怎么看", "你个人", "你的看法", "你喜欢", "你最喜欢", "你推荐", "你的观点", "你的意见",
            "哪个最好", "哪项最好", "哪个最有效", "哪项最有效", "最值得", "最成功", "最失败", "排个名", "打个分", "打几分",
            "评价一下", "点评", "预测", "会不会成功", "前景如何", "前景怎么样", "好不好", "值不值得", "有没有必要", "优缺点",
            "依你看", "在你看来", "你看呢", "会不会推广", "能不能成功", "最推荐", "更推荐", "给个排名", "排个序", "先学哪", "最该学",
            "优先学哪");

    /** A comparison to judge ("深圳和厦门谁做得更好", "哪个更有效"): an opinion, not a fact of the document. */
    static final String COMPARISON = "(哪个|哪项|哪条|哪座|哪里|谁)[^，,。?？]{0,8}更(好|快|强|有效|成功|值得|先进|厉害|突出)";

    /** A prediction ("往后会再加哪些城市", "下一步会推广到哪"): the document records what was done, not what will be. */
    static final String PREDICTION = "(明年|后年|今后|将来|未来|下一步|接下来)[^，,。?？]{0,4}(会|将|能|要|打算|计划)"
            + "|(预计|预测|估计|预判)[^，,。?？]{0,12}(会|将)";

    /** Country names: a question asking "哪些国家" is answered only by a measure naming countries. */
    public static final List<String> COUNTRIES = List.of(
            "新加坡", "马来西亚", "美国", "日本", "韩国", "德国", "英国", "法国", "泰国", "越南", "印度", "印尼", "菲律宾",
            "俄罗斯", "澳大利亚", "巴西", "欧盟", "东盟");

    /** Foreign countries: named as where something happens (企业在美国被诉), not as a source of measures. */
    public static final List<String> FOREIGN = List.of("美国", "日本", "韩国", "欧洲", "英国", "德国", "法国");

    static final List<String> RESULT_WORDS = List.of(
            "实施效果", "实际效果", "效果", "成效", "成果", "成绩", "取得了", "结果", "带来了", "影响", "收益", "好处", "作用",
            "实效", "怎么样了", "有变化", "什么变化", "进展", "落地情况", "数据怎么样", "干得怎么样", "做得怎么样",
            "什么程度", "多大程度", "什么地步", "多大规模", "推进得如何", "做出了什么");

    static final List<String> PRACTICE_WORDS = List.of(
            "怎么做", "如何做", "怎么搞", "怎么弄", "怎么实施", "如何实施", "怎么开展", "如何开展", "具体做法", "创新做法",
            "哪些做法", "什么做法", "做法是", "具体措施", "具体内容", "怎么操作", "如何操作", "机制是", "怎么运作",
            "如何运作", "怎么运行", "怎么回事", "怎么推进", "如何推进", "怎么实现", "如何实现", "采取了哪些", "采取了什么",
            "哪些措施", "什么措施", "主要内容", "干了什么", "做了什么", "做了哪些");

    /** "怎么处理", "如何保障", "怎么做到的": asks how something is done, which the practice items say. */
    static final String HOW = "(按|根据|依据|凭|靠)什么|(怎么|如何|怎样|咋)(处理|办|解决|应对|保障|管理|运营|监管|支持|推进|操作|落实|做到|实现|配置|设计|建|搭|认定|评价|衔接|打通|算|计算|对接|规定|要求|保护|服务|融合|调整|管|让)|(什么|啥)(新)?(办法|招|路子|途径)";

    static final List<String> SCOPE_WORDS = List.of(
            "推广范围", "复制范围", "推广到哪", "在哪里推广", "哪些地方推广", "复制推广", "推广", "可复制");

    static final List<String> SOURCE_ASK_WORDS = List.of(
            "哪个城市", "哪座城市", "哪个地方", "哪里的", "哪儿的", "来源是", "来源于哪", "来自哪", "出自哪", "谁搞的",
            "谁做的", "哪个地区", "是哪的", "在哪里搞", "在哪搞", "谁的经验", "谁的做法", "哪地的");

    /** "归在五个板块中的哪个", "在文件中算哪一部分": asks the heading. */
    static final String CATEGORY_ASK = "(属于|归在|归于|归入|归到|放在|分在|列在|划在|划入)[^，,。?？]{0,10}(哪|什么)[^，,。?？]{0,3}(类|块|部分|板块|标题|栏|章|大项)";

    static final List<String> CATEGORY_ASK_WORDS = List.of(
            "哪一类", "哪个类别", "哪个板块", "哪一部分", "哪个方面", "什么类别", "哪类", "属于哪", "归在哪", "什么标题",
            "哪个标题", "哪个大类", "哪一大类", "归哪", "分在哪", "放在哪", "分到哪", "划到哪", "归到哪");

    /** A claim the user wants confirmed: "…吧？", "听说…", "…对吗". */
    static final List<String> PREMISE_MARKERS = List.of(
            "吧", "对吗", "对吧", "对不对", "是不是", "是吗", "没错吧", "听说", "据说", "好像", "记得", "确认一下", "核实",
            "不是吗", "难道", "应该是", "我看到", "我听", "据报道", "有人说");

    private Vocabulary() {
    }

    /** The words with every name of a source city or district taken out: they say which measure, not what of it. */
    public static String withoutPlaces(String words) {
        String out = words;
        for (String alias : SOURCES.keySet()) out = out.replace(alias, "");
        return out;
    }

    /** Pairs of alias → value, reordered longest alias first (stable among equal lengths). */
    static Map<String, String> longestFirst(String... pairs) {
        List<String[]> entries = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) entries.add(new String[] {pairs[i], pairs[i + 1]});
        entries.sort(Comparator.comparingInt((String[] e) -> -e[0].length()));
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] e : entries) map.putIfAbsent(e[0], e[1]);
        return map;
    }
}
