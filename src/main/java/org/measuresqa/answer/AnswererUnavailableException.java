package org.measuresqa.answer;

import java.util.Objects;

/**
 * The answerer could not produce an answer (model down, missing, slow or broken). The message says which and why, for
 * the log; {@link #reason()} is what a user is told, in plain words, with no address or upstream message in it.
 */
public class AnswererUnavailableException extends RuntimeException {

    /** Why the model did not answer, as users are told. */
    public enum Reason {
        NOT_RUNNING("模型服务未启动或无法连接"),
        MODEL_MISSING("模型尚未下载"),
        REJECTED("模型服务拒绝了访问密钥"),
        LOADING("模型加载中"),
        BUSY("模型繁忙"),
        TIMEOUT("模型响应超时"),
        BROKEN("模型回答出错"),
        EMPTY("模型没有给出回答"),
        UNCITED("模型回答没有引用举措"),
        UNSUPPORTED("模型回答未通过核实"),
        /** Not a failure: a count or an exact set, which the document's own list answers completely. */
        BYPASSED("没有调用模型");

        private final String wording;

        Reason(String wording) {
            this.wording = wording;
        }

        public String wording() {
            return wording;
        }

        /** A short code for logs and metric tags ({@code not_running}, {@code timeout}, …). */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;

    public AnswererUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public AnswererUnavailableException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
