// The entity graph (Cytoscape.js): entities linked by shared claims and by events between
// them. Labels are drawn on a canvas, so names never become markup.

import {api} from './api.js';
import {action, clear, el, status} from './dom.js';
import {openEntity} from './claims.js';

const COLOURS = {PERSON: '#2f6db3', ORGANIZATION: '#b3562f', LOCATION: '#3d8a4a',
  NATIONALITY: '#8a6d3d', EQUIPMENT: '#6d3d8a'};

export async function drawGraph() {
  let graph;
  try {
    graph = await api('graph', {limit: 80});
  } catch (e) {
    status(e.message, true);
    return;
  }
  entityList(graph.nodes);
  if (typeof window.cytoscape !== 'function') {
    status('The graph library did not load; the entity list still works.', true);
    return;
  }
  const cy = window.cytoscape({
    container: document.getElementById('graph'),
    elements: [
      ...graph.nodes.map(n => ({data: {id: n.id, label: n.name, colour: COLOURS[n.type] ?? '#555',
        size: 14 + Math.min(40, 4 * Math.sqrt(n.mentions))}})),
      ...graph.edges.map(e => ({data: {id: `${e.source}~${e.target}`, source: e.source,
        target: e.target, width: Math.min(10, 1 + e.claims + e.events),
        colour: e.events > 0 ? '#a33' : '#999'}})),
    ],
    style: [
      {selector: 'node', style: {'label': 'data(label)', 'background-color': 'data(colour)',
        'width': 'data(size)', 'height': 'data(size)', 'font-size': 10,
        'text-valign': 'bottom', 'text-margin-y': 3}},
      {selector: 'edge', style: {'width': 'data(width)', 'line-color': 'data(colour)',
        'curve-style': 'haystack', 'opacity': 0.7}},
      {selector: 'node:selected', style: {'border-width': 3, 'border-color': '#000'}},
    ],
    layout: {name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000},
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', event => openEntity(event.target.id()));
}

function entityList(nodes) {
  const list = clear(document.getElementById('entity-list'));
  for (const n of nodes) {
    const name = action(n.name, () => openEntity(n.id), 'link entity');
    name.dataset.entity = n.id;
    list.append(el('li', {}, name,
      el('span', {class: 'entity-type', text: ` ${n.type.toLowerCase()} · ${n.mentions}`})));
  }
}
