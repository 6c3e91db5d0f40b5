// Answer markdown → safe DOM, with every [n] turned into a citation chip that links to /measures/n.
import { h } from './dom.js';

const CITATION = /\[(\d{1,3})\]/g;
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

let configured = false;

function configureMarked() {
  if (configured) return;
  configured = true;
  window.marked.use({
    gfm: true,
    breaks: false,
    renderer: {
      // raw HTML in an answer is shown as the text it is, not dropped or run
      html: (token) => escapeHtml(token.text ?? token.raw ?? ''),
      // answers have no images of their own; show the alt text rather than fetch anything
      image: (token) => escapeHtml(token.text ?? ''),
    },
  });
}

const PURIFY = {
  RETURN_DOM_FRAGMENT: true,
  FORBID_TAGS: ['style', 'img', 'svg', 'math', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'video', 'audio'],
  FORBID_ATTR: ['style', 'class', 'id'],
};

/**
 * @param markdown the answer text
 * @param citationOf n → {kind: "verified"|"unverified"|"pending", name?, source?, quote?, reason?}
 */
export function renderAnswer(markdown, citationOf) {
  configureMarked();
  const html = window.marked.parse(markdown ?? '', { async: false });
  const fragment = window.DOMPurify.sanitize(html, PURIFY);
  for (const a of fragment.querySelectorAll('a')) {
    a.setAttribute('rel', 'noopener noreferrer nofollow');
  }
  linkCitations(fragment, citationOf);
  return fragment;
}

function linkCitations(root, citationOf) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('a, code, pre') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const textNodes = [];
  while (walker.nextNode()) {
    CITATION.lastIndex = 0;
    if (CITATION.test(walker.currentNode.data)) textNodes.push(walker.currentNode);
  }
  for (const node of textNodes) node.replaceWith(withChips(node.data, citationOf));
}

function withChips(text, citationOf) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    fragment.append(text.slice(last, match.index));
    const n = Number(match[1]);
    fragment.append(citationChip(n, citationOf(n)));
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

/** A link to the measure's card, styled as a chip; unverified ones look different and say why. */
export function citationChip(n, info = { kind: 'pending' }) {
  const label = info.name ? `第${n}项 ${info.name}${info.source ? `（${info.source}）` : ''}` : `第${n}项举措`;
  const chip = h('a', {
    class: `cite cite-${info.kind}`,
    href: `/measures/${n}`,
    dataset: { measure: String(n) },
    text: String(n),
  });
  if (info.kind === 'unverified') {
    chip.title = `未通过核验：${info.reason ?? '原文不支持这句话'}`;
    chip.setAttribute('aria-label', `未核验的引用 ${label}：${info.reason ?? ''}`);
  } else {
    chip.title = label;
    chip.setAttribute('aria-label', `引用 ${label}`);
  }
  if (info.quote) chip.dataset.quote = info.quote;
  return chip;
}

/** The answer as plain text for copying: markdown emphasis and heading marks dropped, [n] kept. */
export function plainText(markdown) {
  return (markdown ?? '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .trim();
}
