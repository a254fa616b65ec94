// Search: reports that hold every word, with a snippet and the claims whose evidence holds them.

import {api} from './api.js';
import {action, clear, el, pager, status} from './dom.js';
import {claimItem} from './claims.js';
import {showMatches} from './evidence.js';

let query = '';

export function setUpSearch(showTab) {
  document.getElementById('search-form').addEventListener('submit', event => {
    event.preventDefault();
    query = document.getElementById('search-input').value.trim();
    if (query) {
      showTab('search');
      search(0);
    }
  });
}

async function search(offset) {
  const summary = document.getElementById('search-summary');
  const list = clear(document.getElementById('search-results'));
  try {
    const page = await api('search', {q: query, offset});
    summary.textContent = `${page.total} reports hold “${page.query}”.`;
    for (const hit of page.items) list.append(hitItem(hit));
    pager(document.getElementById('search-pager'), page, search);
    status('');
  } catch (e) {
    summary.textContent = '';
    status(e.message, true);
  }
}

function hitItem(hit) {
  const doc = hit.document;
  const snippet = el('p', {class: 'snippet'},
    hit.snippet.map(part => part.hit ? el('mark', {text: part.text}) : part.text));
  return el('li', {class: 'search-hit', dataset: {doc: doc.id}},
    action(doc.title || doc.id, () => showMatches(doc.id, hit.matches), 'link hit-title'),
    el('span', {class: 'from', text: [doc.outlet, doc.published].filter(Boolean).join(' · ')}),
    snippet,
    hit.claims.length > 0 && el('ol', {class: 'claims'}, hit.claims.map(claimItem)));
}
