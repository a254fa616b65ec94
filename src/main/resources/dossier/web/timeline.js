// The timeline: events in time order, each opening its evidence.

import {api} from './api.js';
import {action, clear, el, pager, status} from './dom.js';
import {openEntity} from './claims.js';
import {showEvent} from './evidence.js';

function party(id, text) {
  if (!text) return el('span', {class: 'party unknown', text: '?'});
  return id ? action(text, () => openEntity(id), 'link party') : el('span', {class: 'party', text});
}

/** One event: when, what, who to whom, and its report. */
export function eventItem(event) {
  return el('li', {class: 'event', dataset: {event: event.id}},
    el('time', {text: event.time ?? 'undated'}),
    event.timePrecision && el('span', {class: 'precision', text: event.timePrecision}),
    el('span', {class: 'type', text: event.type + (event.mode ? ` (${event.mode})` : '')}),
    el('span', {class: 'who'}, party(event.actor, event.actorText), ' → ',
      party(event.target, event.targetText),
      event.locationText ? ` in ${event.locationText}` : ''),
    el('span', {class: 'trigger', text: `“${event.trigger}”`}),
    el('span', {class: 'from', text: [event.document.outlet, event.document.title].filter(Boolean).join(' · ')}),
    action('Show evidence', () => showEvent(event), 'open'));
}

export async function loadTimeline(offset = 0) {
  try {
    const page = await api('events', {offset, limit: 100});
    const list = clear(document.getElementById('timeline'));
    for (const event of page.items) list.append(eventItem(event));
    pager(document.getElementById('timeline-pager'), page, loadTimeline);
  } catch (e) {
    status(e.message, true);
  }
}
