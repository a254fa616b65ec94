// A report's text with a fact's evidence highlighted, and the blocks that cleaning removed
// shown apart, below it.

import {api, segment} from './api.js';
import {clear, el, link, status} from './dom.js';

/** Shows the report of a claim, its whole evidence marked, source, cue and content within. */
export function showClaim(claim) {
  return showReport(claim.doc, claim.span, [
    {span: claim.sourceSpan, kind: 'source'},
    {span: claim.cueSpan, kind: 'cue'},
    {span: claim.contentSpan, kind: 'content'},
  ], `Claim ${claim.id}: ${claim.sourceText ?? 'unnamed source'} ${claim.cue} “${claim.content}”`);
}

/** Shows the report of an event, its sentence marked and its trigger within. */
export function showEvent(event) {
  return showReport(event.doc, event.span, [{span: event.triggerSpan, kind: 'trigger'}],
    `Event ${event.id}: ${event.type} (${event.trigger})`);
}

/** Shows a report with every search match marked. */
export async function showMatches(docId, matches) {
  const doc = await load(docId);
  if (!doc) return;
  const text = el('div', {class: 'report-text'}, marked(doc.text, matches));
  render(doc, `Matches in ${doc.id}`, text);
}

async function showReport(docId, outer, inner, caption) {
  const doc = await load(docId);
  if (!doc) return;
  render(doc, caption, el('div', {class: 'report-text'}, nested(doc.text, outer, inner)));
}

async function load(docId) {
  try {
    return await api('documents/' + segment(docId));
  } catch (e) {
    status(e.message, true);
    return null;
  }
}

function render(doc, caption, text) {
  const box = clear(document.getElementById('evidence'));
  box.append(
    el('h2', {class: 'report-title', text: doc.title || '(no title)'}),
    el('p', {class: 'report-meta'},
      [doc.outlet, doc.author, doc.published].filter(Boolean).join(' · '),
      doc.published ? '' : 'no date', ' · ', link(doc.origin)),
    el('p', {class: 'caption', text: caption}),
    text,
    removed(doc.removed));
  box.querySelector('mark')?.scrollIntoView({block: 'center'});
}

function valid(span, text, within = {start: 0, end: text.length}) {
  return span && Number.isInteger(span.start) && Number.isInteger(span.end)
    && within.start <= span.start && span.start <= span.end && span.end <= within.end;
}

/** The text with one span marked and, inside it, non-overlapping parts set apart by kind. */
function nested(text, outer, inner) {
  if (!valid(outer, text)) return [text];
  const mark = el('mark', {class: 'evidence'});
  let at = outer.start;
  const parts = inner.filter(p => valid(p.span, text, outer))
    .sort((a, b) => a.span.start - b.span.start);
  for (const {span, kind} of parts) {
    if (span.start < at) continue;
    mark.append(text.slice(at, span.start), el('span', {class: 'part-' + kind, text: text.slice(span.start, span.end)}));
    at = span.end;
  }
  mark.append(text.slice(at, outer.end));
  return [text.slice(0, outer.start), mark, text.slice(outer.end)];
}

/** The text with each of several spans marked as a match. */
function marked(text, spans) {
  const out = [];
  let at = 0;
  for (const span of spans.filter(s => valid(s, text)).sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    out.push(text.slice(at, span.start), el('mark', {class: 'match', text: text.slice(span.start, span.end)}));
    at = span.end;
  }
  out.push(text.slice(at));
  return out;
}

function removed(blocks) {
  const section = el('section', {class: 'removed'},
    el('h3', {text: `Removed by cleaning (${blocks.length})`}));
  if (blocks.length === 0) {
    section.append(el('p', {class: 'empty', text: 'Nothing was removed from this report.'}));
  }
  const list = el('ol');
  for (const block of blocks) {
    list.append(el('li', {}, el('span', {class: 'reason', text: block.reason}),
      el('p', {class: 'removed-text', text: block.text})));
  }
  section.append(list);
  return section;
}
