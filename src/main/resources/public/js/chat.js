// The conversation: the thread, the composer, sending a turn over the stream, and restoring a stored conversation.
import { h, icon, announce, nextFrame } from './dom.js';
import { getJson, openChatStream, sseEvents, ApiError } from './api.js';
import { AnswerView } from './answer-view.js';

const STORAGE_KEY = 'measuresqa.conversationId';
const MAX_LENGTH = 2000; // the server's limit, in UTF-16 units like String.length
const EXAMPLES = [
  '哪些举措缩短了通关时间？',
  '深圳在对外开放方面做了什么？',
  '知识产权证券化发行了多少单？',
  '全国推广的一共几项？',
];

const state = { conversationId: null, busy: false, answers: 0, loadToken: 0 };
let els;
let onConversationChanged = () => {};

export function initChat({ conversationChanged }) {
  onConversationChanged = conversationChanged;
  els = {
    scroller: document.getElementById('scroller'),
    messages: document.getElementById('messages'),
    welcome: document.getElementById('welcome'),
    form: document.getElementById('composer'),
    input: document.getElementById('composer-input'),
    send: document.getElementById('send'),
    count: document.getElementById('composer-count'),
  };
  renderExamples();
  els.form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  els.input.addEventListener('keydown', onComposerKey);
  els.input.addEventListener('input', () => {
    autosize();
    updateCount();
  });
  state.conversationId = readStoredId();
}

export function currentConversationId() {
  return state.conversationId;
}

export function focusComposer() {
  els.input.focus();
}

/** After a reload: the conversation kept in localStorage, or the welcome screen. */
export async function restoreConversation() {
  if (state.conversationId) await openConversation(state.conversationId, { quietWhenGone: true });
  else updateWelcome();
}

export function newConversation() {
  if (state.busy) return;
  state.loadToken += 1;
  setConversation(null);
  els.messages.replaceChildren();
  state.answers = 0;
  updateWelcome();
  els.input.focus();
}

export async function openConversation(id, { quietWhenGone = false } = {}) {
  if (state.busy) return;
  const token = ++state.loadToken;
  setConversation(id);
  state.answers = 0;
  els.welcome.hidden = true;
  els.messages.replaceChildren(h('li', { class: 'msg msg-loading', text: '正在载入对话…' }));
  let messages;
  try {
    messages = await getJson(`/api/conversations/${encodeURIComponent(id)}`);
  } catch (e) {
    if (token !== state.loadToken) return;
    els.messages.replaceChildren();
    if (e.kind === 'http' && e.status === 404) {
      setConversation(null);
      if (!quietWhenGone) appendError({ title: '这个对话已不存在', detail: '可能服务器的数据已重置，可以开始一个新对话。' });
    } else {
      appendError(describeError(e, 'load'), { label: '重试', run: () => openConversation(id) });
    }
    updateWelcome();
    return;
  }
  if (token !== state.loadToken) return;
  els.messages.replaceChildren(...messages.map(storedMessage).filter(Boolean));
  updateWelcome();
  scrollToBottom();
}

function storedMessage(message) {
  if (message.role === 'user') return userMessage(message.content);
  if (message.role !== 'assistant') return null;
  const context = { conversationId: state.conversationId, turn: state.answers++ };
  return AnswerView.restored(anchored, parsePayload(message.payload), message.content, context).el;
}

function parsePayload(payload) {
  if (!payload) return null;
  try {
    return typeof payload === 'string' ? JSON.parse(payload) : payload;
  } catch {
    return null;
  }
}

// ---- sending --------------------------------------------------------------------------------------------------

function onComposerKey(e) {
  // Enter confirms an IME candidate while composing Chinese: only a plain Enter outside composition sends
  if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
  e.preventDefault();
  submit();
}

/** Sends the composer's text (or an example question). */
export function submit(text = els.input.value) {
  const question = text.trim();
  if (state.busy) {
    flashHint('请等当前回答完成后再提问');
    return;
  }
  if (!question) {
    flashHint('请先输入问题');
    els.input.focus();
    return;
  }
  if (question.length > MAX_LENGTH) {
    flashHint(`问题最长 ${MAX_LENGTH} 字，当前 ${question.length} 字`);
    return;
  }
  if (els.input.value !== text) els.input.value = text; // an example: show it where a typed question would be
  ask(question);
}

async function ask(question) {
  setBusy(true);
  removeErrors();
  els.welcome.hidden = true;
  const userEl = userMessage(question);
  const answer = new AnswerView(anchored);
  els.messages.append(userEl, answer.el);
  scrollToBottom();
  let done = null;
  try {
    const response = await openChatStream(question, state.conversationId);
    // accepted: the question now lives in the conversation, not in the composer
    els.input.value = '';
    autosize();
    updateCount();
    done = await readAnswer(response, answer);
  } catch (e) {
    userEl.remove();
    answer.el.remove();
    if (e.kind === 'http' && e.status === 404 && state.conversationId) {
      setConversation(null);
      appendError({ title: '原对话已不存在', detail: '可能服务器的数据已重置。问题已保留在输入框中，再次发送将开始新对话。' },
        { label: '作为新对话发送', run: () => submit() });
    } else {
      appendError(describeError(e, 'send'), { label: '重新发送', run: () => submit() });
    }
    if (!els.input.value.trim()) els.input.value = question;
    autosize();
    updateCount();
    updateWelcome();
  } finally {
    setBusy(false);
  }
  if (done) {
    if (done.conversationId !== state.conversationId) setConversation(done.conversationId);
    else onConversationChanged(state.conversationId);
    const cited = done.citations?.length ?? 0;
    announce(cited ? `回答完成，引用了 ${cited} 项举措` : '回答完成');
  }
  if (!els.input.matches(':focus') && !document.body.classList.contains('panel-open')) els.input.focus();
}

/** Plays the stream into the answer view; resolves with the `done` event's data. */
async function readAnswer(response, answer) {
  for await (const { event, data } of sseEvents(response)) {
    if (event === 'measures') answer.onMeasures(data);
    else if (event === 'delta') {
      answer.onDelta(data.text ?? '');
      // one piece per frame: the answer is seen being written even when the pieces arrive together
      // (not in a hidden tab, where frames stop and timers are slowed to one a second)
      if (document.visibilityState === 'visible') await nextFrame();
    } else if (event === 'reset') answer.onReset(data.reason);
    else if (event === 'queued') answer.onQueued(data.position);
    else if (event === 'error') throw new ApiError('stream', data.error);
    else if (event === 'done') {
      const context = { conversationId: data.conversationId, turn: state.answers };
      answer.finish(data, context);
      state.answers += 1;
      return data;
    }
  }
  throw new ApiError('stream', 'the stream ended without an answer');
}

/** A Chinese title and explanation for a failed request; task: "send" (a question) or "load" (a stored conversation). */
function describeError(e, task) {
  const sending = task === 'send';
  const keep = sending ? '问题已保留在输入框中，可以直接重新发送。' : '';
  const failed = sending ? '回答未能完成' : '无法载入对话';
  if (!(e instanceof ApiError)) return { title: failed, detail: `页面出现意外错误。${keep}` };
  if (e.kind === 'network') return { title: '无法连接到服务器', detail: `请确认服务已启动、网络正常后重试。${keep}` };
  if (e.kind === 'stream') return { title: failed, detail: `服务器在作答时出错。${keep}` };
  // the server explains 4xx mistakes in English: shown as a detail under a Chinese title
  if (e.status === 400 || e.status === 413) return { title: '问题未被接受', detail: `服务器提示：${e.message}。${keep}` };
  if (e.status === 429) return { title: '提问太频繁了', detail: `${e.message || '请稍后再试'}。${keep}` };
  if (e.status === 401) return { title: '需要访问令牌', detail: `请刷新页面并输入管理员提供的令牌。${keep}` };
  if (e.status >= 500) return { title: sending ? '服务器暂时无法回答' : failed, detail: `请稍后再试（错误 ${e.status}）。${keep}` };
  return { title: failed, detail: `服务器返回错误 ${e.status}${e.message ? `：${e.message}` : ''}。${keep}` };
}

// ---- the thread -----------------------------------------------------------------------------------------------

function userMessage(text) {
  // textContent: a question is shown exactly as typed, never parsed as HTML
  return h('li', { class: 'msg msg-user' }, [h('div', { class: 'bubble', text })]);
}

function appendError({ title, detail }, action = null) {
  const retry = action ? h('button', { type: 'button', class: 'btn btn-small' }, [icon('retry'), h('span', { text: action.label })]) : null;
  retry?.addEventListener('click', action.run);
  const el = h('li', { class: 'msg msg-error', role: 'alert' }, [
    icon('alert'),
    h('div', { class: 'error-text' }, [
      h('p', { class: 'error-title', text: title }),
      h('p', { class: 'error-detail', text: detail }),
    ]),
    retry,
  ]);
  els.messages.append(el);
  scrollToBottom();
}

function removeErrors() {
  for (const el of els.messages.querySelectorAll('.msg-error')) el.remove();
}

function updateWelcome() {
  els.welcome.hidden = els.messages.querySelector('.msg-user, .msg-assistant, .msg-loading') != null;
}

function renderExamples() {
  const list = document.getElementById('examples');
  list.replaceChildren(...EXAMPLES.map((q) => h('li', {}, [
    h('button', { type: 'button', class: 'example', onclick: () => submit(q) }, [
      icon('message'), h('span', { text: q }),
    ]),
  ])));
}

let anchoring = false;

/** Runs a change to the thread; keeps it scrolled to the bottom only if the reader was already there. */
function anchored(change) {
  if (anchoring) return change();
  anchoring = true;
  const stick = isAtBottom();
  try {
    return change();
  } finally {
    anchoring = false;
    if (stick) scrollToBottom();
  }
}

function isAtBottom() {
  const s = els.scroller;
  return s.scrollHeight - s.scrollTop - s.clientHeight < 48;
}

function scrollToBottom() {
  els.scroller.scrollTop = els.scroller.scrollHeight;
}

// ---- the composer ---------------------------------------------------------------------------------------------

function setBusy(busy) {
  state.busy = busy;
  els.send.disabled = busy;
  els.send.classList.toggle('busy', busy);
  els.send.setAttribute('aria-label', busy ? '正在回答' : '发送');
  els.form.setAttribute('aria-busy', String(busy));
}

function autosize() {
  const input = els.input;
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight, 200)}px`;
}

function updateCount() {
  const n = els.input.value.trim().length;
  els.count.textContent = n > MAX_LENGTH - 200 ? `${n} / ${MAX_LENGTH}` : '';
  els.count.classList.toggle('over', n > MAX_LENGTH);
}

let hintTimer = 0;

function flashHint(message) {
  els.count.textContent = message;
  els.count.classList.add('over');
  clearTimeout(hintTimer);
  hintTimer = setTimeout(updateCount, 2500);
}

// ---- the current conversation ---------------------------------------------------------------------------------

function setConversation(id) {
  state.conversationId = id;
  try {
    if (id) localStorage.setItem(STORAGE_KEY, id);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage disabled (private mode): the conversation still works, it just is not restored after a reload
  }
  onConversationChanged(id);
}

function readStoredId() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
