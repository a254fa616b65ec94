// The page: tabs for the graph, the timeline, claims, contradictions and search results, and a
// detail pane for an entity and for a report's evidence.

import {setUpClaims, loadClaims} from './claims.js';
import {loadContradictions} from './contradictions.js';
import {showEntity} from './entity.js';
import {drawGraph} from './graph.js';
import {setUpSearch} from './search.js';
import {loadTimeline} from './timeline.js';

const loaded = new Set();
const loaders = {
  timeline: () => loadTimeline(0),
  claims: () => loadClaims(0),
  contradictions: () => loadContradictions(0),
};

function showTab(name) {
  for (const button of document.querySelectorAll('.tabs button')) {
    button.setAttribute('aria-pressed', String(button.dataset.tab === name));
  }
  for (const view of document.querySelectorAll('.view')) {
    view.hidden = view.id !== 'view-' + name;
  }
  if (loaders[name] && !loaded.has(name)) {
    loaded.add(name);
    loaders[name]();
  }
}

function start() {
  for (const button of document.querySelectorAll('.tabs button')) {
    button.addEventListener('click', () => showTab(button.dataset.tab));
  }
  document.addEventListener('dossier:entity', event => showEntity(event.detail));
  document.addEventListener('dossier:tab', event => {
    loaded.add(event.detail);
    showTab(event.detail);
  });
  setUpClaims();
  setUpSearch(showTab);
  drawGraph();
  document.body.dataset.ready = 'true';
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
