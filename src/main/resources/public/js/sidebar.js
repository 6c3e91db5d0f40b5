// Recent conversations at the side (a drawer on narrow screens).
import { h, relativeTime } from './dom.js';
import { getJson } from './api.js';

let conversations = [];
let currentId = null;
let onOpen = () => {};

export function initSidebar({ open }) {
  onOpen = open;
  const toggle = document.getElementById('sidebar-toggle');
  toggle.addEventListener('click', () => setDrawer(!document.body.classList.contains('drawer-open')));
  document.getElementById('scrim').addEventListener('click', () => {
    setDrawer(false);
  });
}

export function setDrawer(open) {
  document.body.classList.toggle('drawer-open', open);
  document.getElementById('scrim').hidden = !open;
  const toggle = document.getElementById('sidebar-toggle');
  toggle.setAttribute('aria-expanded', String(open));
  toggle.setAttribute('aria-label', open ? '关闭对话列表' : '打开对话列表');
  if (open) document.getElementById('new-chat').focus();
}

export function drawerIsOpen() {
  return document.body.classList.contains('drawer-open');
}

/** Marks the current conversation and reloads the list (its order and titles change with every answer). */
export async function refreshConversations(current = currentId) {
  currentId = current;
  try {
    conversations = await getJson('/api/conversations');
  } catch {
    // the list is a convenience: keep the last one shown when the server cannot be reached
  }
  render();
}

function render() {
  const list = document.getElementById('conversation-list');
  list.replaceChildren(...conversations.map(item));
  document.getElementById('conversation-empty').hidden = conversations.length > 0;
}

function item(c) {
  const current = c.id === currentId;
  const button = h('button', { type: 'button', class: 'conv-item', 'aria-current': current ? 'true' : null, dataset: { id: c.id } }, [
    h('span', { class: 'conv-title', text: c.title }),
    h('span', { class: 'conv-meta', text: `${c.turns} 轮问答 · ${relativeTime(c.updatedAt)}` }),
  ]);
  button.title = c.title;
  button.addEventListener('click', () => onOpen(c.id));
  return h('li', {}, [button]);
}
