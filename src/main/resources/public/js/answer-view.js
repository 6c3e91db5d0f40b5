// One assistant message: streamed text while it is written, then the verified answer with its citations,
// notices, answerer label, copy and feedback.
import { h, icon, copyText, announce } from './dom.js';
import { renderAnswer, citationChip, plainText } from './markdown.js';
import { postJson } from './api.js';
import { measureSummary } from './measures.js';

const MODE_LABELS = {
  extractive: { text: '原文摘录', title: '由举措原文的句子组成，未经模型改写' },
  ollama: { text: '本地模型（Ollama）', title: '由本地大模型依据检索到的举措撰写，引用已逐条核验' },
  openai: { text: '大模型（OpenAI 兼容接口）', title: '由大模型依据检索到的举措撰写，引用已逐条核验' },
};

export class AnswerView {
  /** @param anchor runs a DOM change and keeps the conversation scrolled to the bottom if it was there */
  constructor(anchor) {
    this.anchor = anchor;
    this.text = '';
    this.deltas = 0;
    this.retrieved = new Map();
    this.notices = h('div', { class: 'answer-notices' });
    this.status = h('p', { class: 'answer-status' }, [
      h('span', { class: 'typing', 'aria-hidden': 'true' }, [h('span'), h('span'), h('span')]),
      h('span', { class: 'answer-status-text', text: '正在检索相关举措…' }),
    ]);
    this.body = h('div', { class: 'answer-body markdown' });
    this.extras = h('div', { class: 'answer-extras' });
    this.el = h('li', {
      class: 'msg msg-assistant streaming',
      'aria-busy': 'true',
      dataset: { state: 'streaming', deltas: '0' },
    }, [
      h('div', { class: 'avatar', 'aria-hidden': 'true', text: '策' }),
      h('div', { class: 'msg-content' }, [this.notices, this.status, this.body, this.extras]),
    ]);
  }

  /** A stored answer (from GET /api/conversations/{id}), shown finished at once. */
  static restored(anchor, payload, content, context) {
    const view = new AnswerView(anchor);
    view.finish({
      answer: payload?.text ?? content,
      citations: payload?.citations ?? [],
      unverified: payload?.unverified ?? [],
      abstain: payload?.abstain ?? false,
      mode: payload?.mode ?? 'extractive',
      fallbackReason: payload?.fallbackReason,
    }, context);
    return view;
  }

  onMeasures(data) {
    for (const m of data.measures ?? []) this.retrieved.set(m.number, m);
    const count = data.measures?.length ?? 0;
    this.setStatus(data.abstain
      ? '文件中可能没有直接答案，正在整理最接近的举措…'
      : `已找到 ${count} 项相关举措，正在作答…`);
  }

  onDelta(text) {
    this.text += text;
    this.deltas += 1;
    this.renderBody((n) => this.pendingCitation(n));
    this.el.dataset.deltas = String(this.deltas);
  }

  /** The question waits in line for the model; if the wait grows too long the extractive answer comes instead. */
  onQueued(position) {
    this.el.dataset.queued = String(position);
    this.setStatus(`模型正忙，排队等待中（第 ${position} 位）；等待过久将改用原文摘录作答…`);
  }

  /**
   * What was shown is dropped: the model broke off (the extractive answer follows as new deltas), or its answer cited
   * no measure and it is asked once more (the reason then says so).
   */
  onReset(reason) {
    this.text = '';
    const retrying = reason.endsWith('重新作答');
    this.anchor(() => {
      this.body.replaceChildren();
      this.status.hidden = false;
      this.setStatus(retrying ? '正在请模型重新作答…' : '正在改用原文摘录作答…');
      this.addNotice(retrying ? reason : `${reason}，已改用原文摘录重新作答`, reason);
    });
  }

  /**
   * The verified answer replaces whatever was streamed (deltas are written before verification).
   * @param context {conversationId, turn} for feedback
   */
  finish(result, context) {
    this.result = result;
    this.context = context;
    this.text = result.answer ?? '';
    const verified = new Map((result.citations ?? []).map((c) => [c.number, c]));
    const unverified = new Map();
    for (const u of result.unverified ?? []) if (!unverified.has(u.number)) unverified.set(u.number, u);
    this.anchor(() => {
      this.status.remove();
      this.renderBody((n) => this.finalCitation(n, verified, unverified), true);
      this.notices.replaceChildren();
      if (result.fallbackReason) this.addNotice(`${result.fallbackReason}，已改用原文摘录回答`, result.fallbackReason);
      if (result.saved === false) this.addNotice('这条回答未能保存到对话记录中，刷新页面后将看不到它', '');
      this.extras.replaceChildren(...[
        this.unverifiedNote(result.unverified ?? []),
        this.footer(result),
      ].filter(Boolean));
      this.el.classList.remove('streaming');
      this.el.classList.toggle('abstain', Boolean(result.abstain));
      this.el.dataset.state = 'done';
      this.el.removeAttribute('aria-busy');
    });
  }

  setStatus(text) {
    this.status.querySelector('.answer-status-text').textContent = text;
  }

  addNotice(text, detail) {
    this.notices.append(h('p', { class: 'notice', title: detail || null }, [icon('info'), h('span', { text })]));
  }

  /** @param final the verified answer: an empty one says so instead of showing nothing */
  renderBody(citationOf, final = false) {
    this.anchor(() => {
      if (this.text) this.status.hidden = true;
      this.body.replaceChildren(this.text || !final
        ? renderAnswer(this.text, citationOf)
        : h('p', { class: 'answer-empty', text: '没有找到可以引用原文作答的内容，请换个问法试试。' }));
    });
  }

  pendingCitation(n) {
    const m = this.retrieved.get(n) ?? measureSummary(n);
    return { kind: 'pending', name: m?.name, source: m?.source };
  }

  finalCitation(n, verified, unverified) {
    const c = verified.get(n);
    if (c) return { kind: 'verified', name: c.name, source: c.source, quote: c.quote };
    const m = this.retrieved.get(n) ?? measureSummary(n);
    const u = unverified.get(n);
    if (u) return { kind: 'unverified', name: m?.name, source: m?.source, reason: u.reason };
    return { kind: 'pending', name: m?.name, source: m?.source };
  }

  /** The citations verification removed from the text: listed, greyed, with the reason. */
  unverifiedNote(list) {
    if (list.length === 0) return null;
    const items = list.map((u) => {
      const m = this.retrieved.get(u.number) ?? measureSummary(u.number);
      return h('li', {}, [
        citationChip(u.number, { kind: 'unverified', name: m?.name, source: m?.source, reason: u.reason }),
        h('span', { class: 'unverified-reason', text: u.reason }),
        u.sentence ? h('span', { class: 'unverified-sentence', text: `“${u.sentence}”` }) : null,
      ]);
    });
    return h('div', { class: 'unverified-note' }, [
      h('p', { class: 'unverified-title' }, [icon('alert'), h('span', { text: `${list.length} 处引用未通过原文核验，已从回答中移除：` })]),
      h('ul', {}, items),
    ]);
  }

  footer(result) {
    const mode = MODE_LABELS[result.mode] ?? { text: result.mode ?? '未知', title: '' };
    const copy = h('button', { type: 'button', class: 'ghost-btn', title: '复制回答', 'aria-label': '复制回答' },
      [icon('copy'), h('span', { class: 'ghost-btn-text', text: '复制' })]);
    copy.addEventListener('click', () => this.copy(copy));
    const up = h('button', { type: 'button', class: 'ghost-btn', title: '有帮助', 'aria-label': '回答有帮助', 'aria-pressed': 'false', dataset: { rating: 'up' } }, [icon('up')]);
    const down = h('button', { type: 'button', class: 'ghost-btn', title: '没帮助', 'aria-label': '回答没帮助', 'aria-pressed': 'false', dataset: { rating: 'down' } }, [icon('down')]);
    up.addEventListener('click', () => this.sendFeedback('up'));
    down.addEventListener('click', () => this.toggleCommentForm());
    this.rateButtons = [up, down];
    this.feedbackStatus = h('span', { class: 'feedback-status', role: 'status' });
    this.commentForm = this.feedbackForm();
    const canRate = Boolean(this.context?.conversationId);
    up.disabled = !canRate;
    down.disabled = !canRate;
    return h('div', { class: 'answer-footer' }, [
      h('div', { class: 'msg-footer' }, [
        h('span', { class: 'mode-tag', title: mode.title, dataset: { mode: result.mode ?? '' } }, `回答方式：${mode.text}`),
        result.abstain ? h('span', { class: 'abstain-tag', text: '文件未直接涉及' }) : null,
        h('span', { class: 'spacer' }),
        this.feedbackStatus,
        copy, up, down,
      ]),
      this.commentForm,
    ]);
  }

  async copy(button) {
    const ok = await copyText(plainText(this.text));
    const label = button.querySelector('.ghost-btn-text');
    label.textContent = ok ? '已复制' : '复制失败';
    button.classList.toggle('done', ok);
    announce(ok ? '回答已复制' : '复制失败，请手动选择文本');
    setTimeout(() => {
      label.textContent = '复制';
      button.classList.remove('done');
    }, 1800);
  }

  feedbackForm() {
    const id = `fb-${Math.random().toString(36).slice(2, 9)}`;
    const comment = h('textarea', { id, class: 'input feedback-comment', rows: '2', maxlength: '2000', placeholder: '哪里不准确或缺了什么？（可选）' });
    const form = h('form', { class: 'feedback-form', hidden: true }, [
      h('label', { for: id, class: 'feedback-label', text: '补充说明（可选）' }),
      comment,
      h('div', { class: 'feedback-actions' }, [
        h('button', { type: 'button', class: 'btn btn-small', text: '取消', onclick: () => this.toggleCommentForm(false) }),
        h('button', { type: 'submit', class: 'btn btn-small btn-primary', text: '提交反馈' }),
      ]),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.sendFeedback('down', comment.value.trim());
    });
    comment.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault(); // closes this form only, not the measure card as well
      this.toggleCommentForm(false);
    });
    return form;
  }

  toggleCommentForm(show = this.commentForm.hidden) {
    this.commentForm.hidden = !show;
    this.rateButtons[1].setAttribute('aria-expanded', String(show));
    if (show) this.commentForm.querySelector('textarea').focus();
    else this.rateButtons[1].focus();
  }

  async sendFeedback(rating, comment) {
    const { conversationId, turn } = this.context ?? {};
    if (!conversationId) return;
    const body = { conversationId, turn, rating };
    if (comment) body.comment = comment;
    for (const b of this.rateButtons) b.disabled = true;
    try {
      await postJson('/api/feedback', body);
      this.rateButtons.find((b) => b.dataset.rating === rating).setAttribute('aria-pressed', 'true');
      this.commentForm.hidden = true;
      this.feedbackStatus.textContent = '已收到反馈，谢谢！';
      this.feedbackStatus.classList.remove('error');
    } catch (e) {
      for (const b of this.rateButtons) b.disabled = false;
      this.feedbackStatus.textContent = e.kind === 'network' ? '反馈未能提交：无法连接服务器' : '反馈未能提交，请稍后再试';
      this.feedbackStatus.classList.add('error');
    }
  }
}
