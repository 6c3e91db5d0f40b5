// The 32 measures: the browser (/measures: filters and search) and the card panel (/measures/17).
import { h, textWithMark, copyText, toast } from './dom.js';
import { getJson } from './api.js';

let catalogue = null;
let loading = null;

/** All measures, fetched once. */
export function loadMeasures() {
  loading ??= getJson('/api/measures').then((list) => {
    catalogue = new Map(list.map((m) => [m.number, m]));
    return list;
  }).catch((e) => {
    loading = null; // let the next call try again
    throw e;
  });
  return loading;
}

/** A measure's name and city when the catalogue is already here (for chip titles); null otherwise. */
export function measureSummary(n) {
  return catalogue?.get(n) ?? null;
}

// ---- the browser ----------------------------------------------------------------------------------------------

const filters = { source: '', category: '', scope: '', q: '' };
let browserReady = false;

/** Reads the filters from the query string (?source=深圳&q=...), so that a filtered list can be shared. */
export function filtersFromQuery(search) {
  const params = new URLSearchParams(search);
  for (const key of Object.keys(filters)) filters[key] = params.get(key) ?? '';
}

/** /measures with the current filters, so that coming back to the list keeps them. */
export function browserPath() {
  return `/measures${filtersToQuery()}`;
}

function filtersToQuery() {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export async function showBrowser() {
  const grid = document.getElementById('measure-grid');
  if (!catalogue) grid.replaceChildren(h('li', { class: 'grid-loading', text: '正在载入举措…' }));
  let list;
  try {
    list = await loadMeasures();
  } catch {
    grid.replaceChildren(h('li', { class: 'grid-error', role: 'alert', text: '无法载入举措列表：服务器没有响应，请稍后刷新重试。' }));
    return;
  }
  if (!browserReady) buildFilters(list);
  syncFilterControls();
  renderGrid(list);
}

function buildFilters(list) {
  browserReady = true;
  const seg = document.getElementById('filter-source');
  const sources = distinct(list, 'source');
  seg.replaceChildren(...[['', '全部', list.length], ...sources.map((s) => [s, s, count(list, 'source', s)])]
    .map(([value, label, n]) => {
      const b = h('button', { type: 'button', class: 'seg-btn', 'aria-pressed': 'false', dataset: { source: value } },
        [h('span', { text: label }), h('span', { class: 'seg-count', text: String(n) })]);
      b.addEventListener('click', () => setFilter('source', value));
      return b;
    }));
  fillSelect('filter-category', '全部类别', distinct(list, 'category'), list, 'category');
  fillSelect('filter-scope', '全部范围', distinct(list, 'scope'), list, 'scope');
  document.getElementById('filter-category').addEventListener('change', (e) => setFilter('category', e.target.value));
  document.getElementById('filter-scope').addEventListener('change', (e) => setFilter('scope', e.target.value));
  document.getElementById('filter-q').addEventListener('input', (e) => setFilter('q', e.target.value));
  document.getElementById('filter-reset').addEventListener('click', () => {
    Object.keys(filters).forEach((k) => { filters[k] = ''; });
    syncFilterControls();
    applyFilters();
    document.getElementById('filter-q').focus();
  });
}

function fillSelect(id, allLabel, values, list, key) {
  const select = document.getElementById(id);
  select.replaceChildren(h('option', { value: '', text: allLabel }),
    ...values.map((v) => h('option', { value: v, text: `${v}（${count(list, key, v)}）` })));
}

function distinct(list, key) {
  return [...new Set(list.map((m) => m[key]))];
}

function count(list, key, value) {
  return list.filter((m) => m[key] === value).length;
}

function setFilter(key, value) {
  filters[key] = value;
  syncFilterControls();
  applyFilters();
}

function applyFilters() {
  if (location.pathname === '/measures') history.replaceState(history.state, '', `/measures${filtersToQuery()}`);
  loadMeasures().then(renderGrid);
}

function syncFilterControls() {
  for (const b of document.querySelectorAll('#filter-source .seg-btn')) {
    b.setAttribute('aria-pressed', String(b.dataset.source === filters.source));
  }
  document.getElementById('filter-category').value = filters.category;
  document.getElementById('filter-scope').value = filters.scope;
  const q = document.getElementById('filter-q');
  if (q.value !== filters.q) q.value = filters.q;
}

function matches(m) {
  if (filters.source && m.source !== filters.source) return false;
  if (filters.category && m.category !== filters.category) return false;
  if (filters.scope && m.scope !== filters.scope) return false;
  const q = filters.q.trim().toLowerCase();
  return !q || searchableText(m).toLowerCase().includes(q);
}

function searchableText(m) {
  return [m.name, m.source, m.category, m.scope, ...m.practices, m.results].join('\n');
}

function renderGrid(list) {
  const shown = list.filter(matches);
  const grid = document.getElementById('measure-grid');
  grid.replaceChildren(...shown.map(measureCard));
  document.getElementById('browser-empty').hidden = shown.length > 0;
  const filtered = shown.length !== list.length;
  document.getElementById('browser-count').textContent = filtered ? `筛选出 ${shown.length} 项，共 ${list.length} 项` : `共 ${list.length} 项`;
  markOpenCard();
}

function measureCard(m) {
  const q = filters.q.trim();
  return h('li', {}, [
    h('a', { class: 'measure-card', href: `/measures/${m.number}`, dataset: { number: String(m.number) } }, [
      h('div', { class: 'card-top' }, [
        h('span', { class: 'num-badge', text: `第${m.number}项` }),
        h('span', { class: `city-tag city-${cityClass(m.source)}`, text: m.source }),
      ]),
      h('h2', { class: 'card-title' }, [textWithMark(m.name, q && m.name.includes(q) ? q : '')]),
      h('p', { class: 'card-snippet' }, [snippet(m, q)]),
      h('p', { class: 'card-meta' }, [h('span', { text: m.category }), h('span', { text: `推广范围：${m.scope}` })]),
    ]),
  ]);
}

/** The first practice, or, when searching, the passage around the first match with the match marked. */
function snippet(m, q) {
  const texts = [...m.practices, m.results];
  const hit = q ? texts.find((t) => t.includes(q)) : null;
  if (!hit) return document.createTextNode(m.practices[0] ?? m.results);
  const at = hit.indexOf(q);
  const start = Math.max(0, at - 24);
  const text = (start > 0 ? '…' : '') + hit.slice(start);
  return textWithMark(text, q);
}

function cityClass(source) {
  return { 厦门: 'xm', 深圳: 'sz', 浦东新区: 'pd' }[source] ?? 'other';
}

// ---- the card panel -------------------------------------------------------------------------------------------

let openNumber = null;

/** Shows measure n in the side panel (an overlay on phones), with `quote` highlighted when given. */
export async function openPanel(n, quote) {
  const panel = document.getElementById('measure-panel');
  const body = document.getElementById('panel-body');
  const wasOpen = !panel.hidden;
  openNumber = n;
  panel.hidden = false;
  document.body.classList.add('panel-open');
  panel.dataset.measure = String(n);
  markOpenCard();
  if (!catalogue) body.replaceChildren(h('p', { class: 'panel-loading', text: '正在载入…' }));
  let m;
  try {
    await loadMeasures();
    m = catalogue.get(n);
  } catch {
    body.replaceChildren(h('p', { class: 'panel-error', role: 'alert', text: '无法载入这项举措：服务器没有响应，请稍后重试。' }));
    return;
  }
  if (openNumber !== n) return; // another card was opened meanwhile
  body.replaceChildren(m ? measureDetail(m, quote) : missing(n));
  document.title = m ? `第${n}项 ${m.name} · 举措问答` : '举措问答';
  body.scrollTop = 0;
  const mark = body.querySelector('mark');
  if (mark) mark.scrollIntoView({ block: 'center', behavior: wasOpen ? 'smooth' : 'auto' });
}

export function closePanel() {
  const panel = document.getElementById('measure-panel');
  openNumber = null;
  panel.hidden = true;
  delete panel.dataset.measure;
  document.body.classList.remove('panel-open');
  markOpenCard();
}

export function panelIsOpen() {
  return openNumber != null;
}

/** Marks the open measure's card in the browser and its citation chips in the conversation. */
function markOpenCard() {
  for (const card of document.querySelectorAll('.measure-card')) {
    if (Number(card.dataset.number) === openNumber) card.setAttribute('aria-current', 'true');
    else card.removeAttribute('aria-current');
  }
  for (const chip of document.querySelectorAll('.cite')) {
    chip.classList.toggle('is-open', Number(chip.dataset.measure) === openNumber);
  }
}

function measureDetail(m, quote) {
  const found = quote && [...m.practices, m.results].some((t) => t.includes(quote));
  return h('article', { class: 'measure-detail' }, [
    h('p', { class: 'detail-kicker' }, [
      h('span', { class: 'num-badge', text: `第${m.number}项` }),
      h('span', { class: `city-tag city-${cityClass(m.source)}`, text: m.source }),
    ]),
    h('h2', { class: 'detail-title', id: 'panel-title', tabindex: '-1', text: m.name }),
    h('dl', { class: 'facts' }, [
      fact('城市', m.source),
      fact('类别', m.category),
      fact('推广范围', m.scope),
    ]),
    found ? h('p', { class: 'quote-hint' }, [h('mark', { class: 'legend', text: '高亮' }), h('span', { text: '为回答所引用的原文' })]) : null,
    h('section', { class: 'detail-section', 'aria-labelledby': 'practices-title' }, [
      h('h3', { id: 'practices-title', text: '主要做法' }),
      h('ol', { class: 'practices' }, m.practices.map((p) => h('li', {}, [textWithMark(p, found ? quote : '')]))),
    ]),
    h('section', { class: 'detail-section', 'aria-labelledby': 'results-title' }, [
      h('h3', { id: 'results-title', text: '实施效果' }),
      h('p', { class: 'results' }, [textWithMark(m.results, found ? quote : '')]),
    ]),
  ]);
}

function fact(label, value) {
  return h('div', { class: 'fact' }, [h('dt', { text: label }), h('dd', { text: value })]);
}

function missing(n) {
  return h('div', { class: 'panel-missing', role: 'alert' }, [
    h('h2', { id: 'panel-title', tabindex: '-1', text: `没有第${n}项举措` }),
    h('p', { text: '文件中的举措编号为 1 到 32。' }),
    h('a', { href: '/measures', text: '浏览全部举措' }),
  ]);
}

export function initPanel(close) {
  document.getElementById('panel-close').addEventListener('click', close);
  document.getElementById('panel-copy-link').addEventListener('click', async () => {
    if (openNumber == null) return;
    const ok = await copyText(`${location.origin}/measures/${openNumber}`);
    toast(ok ? '已复制链接' : '复制失败，请从地址栏复制');
  });
}
