// 举措问答: one page, routed on location.pathname.
//   /             the conversation
//   /measures     the measures browser (filters in the query string)
//   /measures/17  measure 17's card beside whichever of the two was showing (the browser when opened directly)
import { initChat, restoreConversation, newConversation, openConversation, currentConversationId, focusComposer } from './js/chat.js';
import { initSidebar, refreshConversations, setDrawer, drawerIsOpen } from './js/sidebar.js';
import { showBrowser, openPanel, closePanel, panelIsOpen, initPanel, filtersFromQuery, browserPath, loadMeasures } from './js/measures.js';

const TITLES = { chat: '举措问答', browser: '举措一览 · 举措问答' };
let view = null;
let panelTrigger = null;

/** view: "chat" | "browser" | null (a measure's card: keep the view it was opened from); measure: its number. */
function parseRoute(pathname) {
  if (pathname === '/measures' || pathname === '/measures/') return { view: 'browser', measure: null };
  const m = pathname.match(/^\/measures\/(\d{1,4})\/?$/);
  if (m) return { view: null, measure: Number(m[1]) };
  if (pathname.startsWith('/measures/')) return { view: 'browser', measure: null };
  return { view: 'chat', measure: null };
}

function applyRoute(state) {
  const route = parseRoute(location.pathname);
  showView(route.view ?? state?.view ?? 'browser');
  if (route.measure != null) return openPanel(route.measure, state?.quote ?? null);
  if (panelIsOpen()) closePanel();
  document.title = TITLES[view];
  return Promise.resolve();
}

function showView(next) {
  if (location.pathname.startsWith('/measures') && parseRoute(location.pathname).view === 'browser') filtersFromQuery(location.search);
  if (next === 'browser') showBrowser();
  if (next === view) return;
  view = next;
  document.getElementById('chat-view').hidden = next !== 'chat';
  document.getElementById('browser-view').hidden = next !== 'browser';
  document.body.dataset.view = next;
  for (const link of document.querySelectorAll('[data-view-link]')) {
    if (link.dataset.viewLink === next) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** In-page navigation with a real history entry, so that links can be shared and the back button works. */
function navigate(path, { quote = null } = {}) {
  const url = new URL(path, location.origin);
  const route = parseRoute(url.pathname);
  const state = { view: route.view ?? view, quote, fromBase: route.measure != null && !panelIsOpen() };
  history.pushState(state, '', url.pathname + url.search);
  return applyRoute(state);
}

function basePath() {
  return view === 'browser' ? browserPath() : '/';
}

function closeMeasure() {
  // a card opened from the page goes back to where it was opened; one opened from a shared link goes to its list
  if (history.state?.fromBase) history.back();
  else navigate(basePath());
  if (panelTrigger?.isConnected) panelTrigger.focus({ preventScroll: true });
  panelTrigger = null;
}

function onLinkClick(e) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target.closest('a[href]');
  if (!a || a.target || a.hasAttribute('download') || a.origin !== location.origin) return;
  if (a.pathname !== '/' && !a.pathname.startsWith('/measures')) return;
  e.preventDefault();
  if (drawerIsOpen()) setDrawer(false);
  const path = a.pathname === '/measures' && !a.search ? browserPath() : a.pathname + a.search;
  if (path === location.pathname + location.search && !a.dataset.quote) return;
  const opensCard = parseRoute(a.pathname).measure != null;
  if (opensCard) panelTrigger = a;
  navigate(path, { quote: a.dataset.quote ?? null }).then(() => {
    if (opensCard) document.getElementById('panel-title')?.focus({ preventScroll: true });
    else if (a.pathname === '/') focusComposer();
  });
}

function onKey(e) {
  if (e.key !== 'Escape' || e.defaultPrevented) return;
  if (drawerIsOpen()) setDrawer(false);
  else if (panelIsOpen()) closeMeasure();
}

function goToChat() {
  setDrawer(false);
  if (view !== 'chat' || panelIsOpen()) navigate('/');
}

async function init() {
  initChat({ conversationChanged: (id) => refreshConversations(id) });
  initSidebar({
    open: (id) => {
      goToChat();
      if (id !== currentConversationId() || !document.querySelector('#messages .msg-user')) openConversation(id);
    },
  });
  initPanel(closeMeasure);
  document.getElementById('new-chat').addEventListener('click', () => {
    goToChat();
    newConversation();
  });
  document.addEventListener('click', onLinkClick);
  document.addEventListener('keydown', onKey);
  window.addEventListener('popstate', (e) => applyRoute(e.state));

  // after a reload the entry keeps its state: a card opened from the conversation comes back beside it
  const route = parseRoute(location.pathname);
  const kept = history.state?.view ? history.state : null;
  history.replaceState({ view: kept?.view ?? route.view ?? 'browser', quote: kept?.quote ?? null, fromBase: kept?.fromBase ?? false },
    '', location.pathname + location.search);
  applyRoute(history.state);
  loadMeasures().catch(() => {}); // names for citation chips' titles; the browser reports its own failure
  refreshConversations(currentConversationId());
  await restoreConversation();
  // scripts ran under the page's Content-Security-Policy (the browser tests wait for this)
  document.documentElement.dataset.ready = 'true';
}

init();
