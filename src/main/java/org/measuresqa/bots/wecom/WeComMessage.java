package org.measuresqa.bots.wecom;

import java.util.Map;

/**
 * A decrypted callback message: {@code ToUserName} (the CorpID), {@code FromUserName} (the member's UserID),
 * {@code CreateTime}, {@code MsgType} ({@code text}, {@code image}, {@code event}, …), {@code Content} (text only),
 * {@code MsgId} (absent for events) and {@code AgentID}.
 */
public record WeComMessage(String toUserName, String fromUserName, String createTime, String msgType, String content, String msgId,
                           String agentId) {

    static WeComMessage of(Map<String, String> f) {
        return new WeComMessage(trim(f.get("ToUserName")), trim(f.get("FromUserName")), trim(f.get("CreateTime")), trim(f.get("MsgType")),
                f.get("Content"), trim(f.get("MsgId")), trim(f.get("AgentID")));
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    public boolean isText() {
        return "text".equals(msgType) && fromUserName != null && !fromUserName.isEmpty();
    }

    /** What makes a delivery the same one: the MsgId, or for events sender + time (WeCom's own advice). */
    public String deliveryKey() {
        return msgId != null && !msgId.isEmpty() ? "wecom-msg:" + msgId : "wecom-event:" + fromUserName + ":" + createTime;
    }

    /** A short id for logs. */
    public String logId() {
        return msgId != null ? msgId : msgType + "@" + createTime;
    }
}
