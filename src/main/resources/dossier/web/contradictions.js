// Contradictions: a denial of what others assert, or different figures for the same thing.

import {api} from './api.js';
import {clear, el, pager, status} from './dom.js';
import {claimItem} from './claims.js';

export async function loadContradictions(offset = 0) {
  try {
    const page = await api('contradictions', {offset});
    const list = clear(document.getElementById('contradictions'));
    for (const x of page.items) {
      list.append(el('li', {class: 'contradiction', dataset: {contradiction: x.id}},
        el('p', {}, el('span', {class: 'badge kind', text: x.kind}), ' ', x.note),
        el('ol', {class: 'claims'}, x.claims.map(claimItem)),
        x.quantities.length > 0 && el('p', {class: 'figures',
          text: 'Figures: ' + x.quantities.map(q => `${q.value} ${q.unit}${q.about ? ' ' + q.about : ''}`).join(' against ')})));
    }
    pager(document.getElementById('contradictions-pager'), page, loadContradictions);
  } catch (e) {
    status(e.message, true);
  }
}
