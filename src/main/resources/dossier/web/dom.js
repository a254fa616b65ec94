// Builds the page's elements from data. Scraped text is hostile: it only ever becomes a text
// node (textContent), never markup, and only http(s) addresses become links.

const ATTRIBUTES = new Set(['id', 'type', 'title', 'datetime', 'role', 'value', 'name',
  'placeholder', 'aria-label', 'aria-pressed', 'tabindex', 'colspan']);

/**
 * An element: props may hold text, class, dataset, on (event handlers) and a few plain
 * attributes; children are nodes or strings (strings become text).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (ATTRIBUTES.has(key)) node.setAttribute(key, String(value));
    else throw new Error('not an allowed attribute: ' + key);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Removes every child of a node. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A link for http(s) addresses; anything else (javascript:, data:, paths) stays plain text. */
export function link(address, text) {
  let url = null;
  try {
    url = new URL(address);
  } catch (e) {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return el('span', {class: 'origin', text: text ?? address});
  }
  const a = el('a', {class: 'origin', text: text ?? address});
  a.href = url.href;
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  return a;
}

/** A button that looks like a link. */
export function action(text, onClick, className = 'link') {
  return el('button', {type: 'button', class: className, text, on: {click: onClick}});
}

/** Previous and next buttons for a page of results: page has total, limit and offset. */
export function pager(container, page, go) {
  clear(container);
  if (page.total === 0) {
    container.append(el('p', {class: 'empty', text: 'Nothing found.'}));
    return;
  }
  const last = Math.min(page.offset + page.items.length, page.total);
  container.append(el('span', {text: `${page.offset + 1}–${last} of ${page.total}`}));
  if (page.offset > 0) {
    container.append(action('Previous', () => go(Math.max(0, page.offset - page.limit)), 'page'));
  }
  if (last < page.total) {
    container.append(action('Next', () => go(page.offset + page.limit), 'page'));
  }
}

/** Says something in the status line; errors are marked as such. */
export function status(message, error = false) {
  const line = document.getElementById('status');
  line.textContent = message;
  line.className = error ? 'error' : '';
}
