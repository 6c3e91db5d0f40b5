package org.measuresqa.question;

/** Kinds of figure, by unit: a question asking "多少钱" is answered only by a figure in 元. */
public enum UnitClass {
    /** Things counted: 单, 件, 家, 项, 个, 人次, 艘… */
    COUNT,
    /** 元, 万元, 亿元, 美元 */
    MONEY,
    /** %, 成, 几分之几 */
    SHARE,
    /** how many times: 倍 */
    MULTIPLE,
    /** 天, 小时, 分钟, 工作日, 个月 */
    DURATION,
    /** a point in time: 年, 月, 季度 */
    DATE,
    /** 平方米, 亩 */
    AREA,
    /** 吨, 标箱 */
    WEIGHT,
    /** the question names no unit and no attribute that implies one */
    ANY
}
