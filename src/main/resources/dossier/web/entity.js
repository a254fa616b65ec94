// The detail of one entity: names, why its mentions were merged, its claims and events.

import {api, segment} from './api.js';
import {action, clear, el, status} from './dom.js';
import {claimItem, filterClaimsBy} from './claims.js';
import {eventItem} from './timeline.js';

export async function showEntity(id) {
  let entity;
  try {
    entity = await api('entities/' + segment(id), {limit: 50});
  } catch (e) {
    status(e.message, true);
    return;
  }
  const box = clear(document.getElementById('entity-detail'));
  box.dataset.entity = entity.id;
  box.append(
    el('h2', {class: 'entity-name', text: entity.name}),
    el('p', {class: 'entity-meta',
      text: `${entity.type} · ${entity.mentions} mentions in ${entity.documents} reports · ${entity.id}`}),
    entity.aliases.length > 0 && el('p', {class: 'aliases', text: 'Also: ' + entity.aliases.join('; ')}),
    entity.reasons.length > 0 && el('details', {class: 'reasons'},
      el('summary', {text: 'Why these names are one'}),
      el('ul', {}, entity.reasons.map(r => el('li', {text: r})))),
    section('Claims it makes', 'claims-by', entity.claimsBy, claimItem),
    section('Claims about it', 'claims-about', entity.claimsAbout, claimItem),
    section('Events', 'entity-events', entity.events, eventItem),
    action('All its claims in the claims view', () => {
      document.dispatchEvent(new CustomEvent('dossier:tab', {detail: 'claims'}));
      filterClaimsBy(entity.id);
    }));
}

function section(title, className, page, item) {
  const shown = page.items.length < page.total ? ` (first ${page.items.length} of ${page.total})` : ` (${page.total})`;
  return el('section', {class: className},
    el('h3', {text: title + shown}),
    page.total === 0 ? el('p', {class: 'empty', text: 'None.'}) : el('ol', {}, page.items.map(item)));
}
