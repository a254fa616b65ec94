// Claims: one claim as a list item, and the claims view with its filters.

import {api} from './api.js';
import {action, clear, el, pager, status} from './dom.js';
import {showClaim} from './evidence.js';

/** Asks the page to show an entity (app.js listens), so lists need not know the detail pane. */
export function openEntity(id) {
  document.dispatchEvent(new CustomEvent('dossier:entity', {detail: id}));
}

/** One claim: who says it, how, what, where it was published; opens its evidence. */
export function claimItem(claim) {
  const source = claim.source
    ? action(claim.sourceText ?? claim.source, () => openEntity(claim.source), 'link source')
    : el('span', {class: 'source', text: claim.sourceText ?? 'unnamed source'});
  const badges = el('span', {class: 'badges'},
    el('span', {class: 'stance ' + claim.stance, text: claim.stance}),
    claim.hedged && el('span', {class: 'badge', text: 'hedged'}),
    claim.quoted && el('span', {class: 'badge', text: 'quoted'}),
    claim.anonymous && el('span', {class: 'badge', text: 'anonymous'}));
  const via = claim.viaText.length ? ` via ${claim.viaText.join(' ← ')}` : '';
  const from = claim.document;
  return el('li', {class: 'claim', dataset: {claim: claim.id}},
    el('p', {class: 'said'}, source, ' ', el('span', {class: 'cue', text: claim.cue + via}),
      claim.time && el('span', {class: 'time', text: ` (${claim.time})`}), ' ', badges),
    el('blockquote', {class: 'content', text: claim.content}),
    el('p', {class: 'from', text: [from.outlet, from.published, from.title].filter(Boolean).join(' · ')}),
    action('Show evidence', () => showClaim(claim), 'open'));
}

/** A list of claims into a container. */
export function fillClaims(list, claims) {
  clear(list);
  for (const claim of claims) list.append(claimItem(claim));
}

/** The claims view: its filters are read from the form on each search. */
export function setUpClaims() {
  const form = document.getElementById('claim-filters');
  form.addEventListener('submit', event => {
    event.preventDefault();
    loadClaims(0);
  });
}

/** Shows claims of an entity in the claims view. */
export function filterClaimsBy(entity) {
  const form = document.getElementById('claim-filters');
  form.elements.entity.value = entity;
  return loadClaims(0);
}

export async function loadClaims(offset) {
  const form = document.getElementById('claim-filters');
  const params = Object.fromEntries(new FormData(form));
  params.offset = offset;
  try {
    const page = await api('claims', params);
    fillClaims(document.getElementById('claims'), page.items);
    pager(document.getElementById('claims-pager'), page, loadClaims);
    status('');
  } catch (e) {
    status(e.message, true);
  }
}
