package org.measuresqa.corpus;

import java.util.List;

/** The five headings the document groups its measures under, in document order. */
public final class Categories {

    public static final String FACTOR_MARKETS = "要素市场化改革";
    public static final String SCIENCE_AND_TECHNOLOGY = "科技创新体制机制";
    public static final String OPENING_UP = "高水平对外开放";
    public static final String BUSINESS_ENVIRONMENT = "优化营商环境";
    public static final String SOCIAL_AND_SPATIAL = "社会事业和空间治理";

    public static final List<String> ALL = List.of(
            FACTOR_MARKETS, SCIENCE_AND_TECHNOLOGY, OPENING_UP, BUSINESS_ENVIRONMENT, SOCIAL_AND_SPATIAL);

    private Categories() {
    }
}
