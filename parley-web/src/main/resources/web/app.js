// Parley's web page: plain DOM, no framework. Every value from the store is put into the page
// with textContent or as an attribute value (never with innerHTML), so article text, titles and
// names always show as text.
'use strict';

const view = document.getElementById('view');
const tip = document.getElementById('tip');
const SVG = 'http://www.w3.org/2000/svg';
const PALETTE = ['#ffd37a', '#a8d8ff', '#c5eba4', '#ffb8c9', '#d8c4ff', '#ffc89e', '#9fe5da',
  '#f3e38b', '#c9d3e6', '#f7b3f0'];
let writeToken = '';

// --- DOM helpers ------------------------------------------------------------------------------

function el(tag, props, ...children) {
  const e = document.createElement(tag);
  setProps(e, props);
  append(e, children);
  return e;
}

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    e.setAttribute(k, String(v));
  }
  append(e, children);
  return e;
}

function setProps(e, props) {
  for (const [k, v] of Object.entries(props || {})) {
    if (v == null) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k === 'href') e.setAttribute('href', safeHref(v));
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'style') Object.assign(e.style, v);
    else e.setAttribute(k, String(v));
  }
}

function append(e, children) {
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Links of the page are in-page routes only. */
function safeHref(h) {
  return String(h).startsWith('#') ? h : '#';
}

function clear(e) {
  while (e.firstChild) e.removeChild(e.firstChild);
}

async function api(path, options) {
  const res = await fetch(path, options);
  let body;
  try {
    body = await res.json();
  } catch (e) {
    throw new Error('the server answered ' + res.status + ' without JSON');
  }
  if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
  return body;
}

function errorBox(e) {
  return el('div', { class: 'error', text: String(e.message || e) });
}

function articleLink(id, label, quote) {
  return el('a', { href: '#/article/' + encodeURIComponent(id) + (quote ? '?quote=' + encodeURIComponent(quote) : ''), text: label || id });
}

function actorLink(key, label) {
  return el('a', { href: '#/actor/' + encodeURIComponent(key), class: 'actor-link', text: label || key });
}

function colourOf(key) {
  let h = 0;
  for (const ch of String(key)) h = (h * 31 + ch.codePointAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

function meta(...parts) {
  return parts.filter(p => p != null && p !== '').join(' · ');
}

// --- routing ----------------------------------------------------------------------------------

function parseHash() {
  const h = location.hash.replace(/^#/, '') || '/';
  const [path, query] = h.split('?');
  const params = new URLSearchParams(query || '');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params };
}

async function route() {
  hideTip();
  const { parts, params } = parseHash();
  clear(view);
  try {
    if (parts[0] === 'search') await searchView(params.get('q') || '');
    else if (parts[0] === 'article') await articleView(parts[1], params.get('quote'));
    else if (parts[0] === 'actor') await actorView(parts.slice(1).join('/'));
    else if (parts[0] === 'actors') await actorsView(params);
    else if (parts[0] === 'analyze') analyzeView();
    else await homeView(params);
  } catch (e) {
    view.appendChild(errorBox(e));
  }
}

window.addEventListener('hashchange', route);
document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  if (q) location.hash = '#/search?q=' + encodeURIComponent(q);
});

async function loadStats() {
  try {
    const s = await api('/api/stats');
    document.getElementById('stats').textContent =
      `${s.articles} articles · ${s.quotes} quotes · ${s.actors} actor mentions · ${s.events} events`;
  } catch (e) {
    document.getElementById('stats').textContent = '';
  }
}

// --- home: recent articles and most quoted actors ----------------------------------------------

async function homeView(params) {
  const offset = Number(params.get('offset') || 0);
  const [articles, actors] = await Promise.all([
    api('/api/articles?limit=25&offset=' + offset), api('/api/actors?limit=15&sort=quotes')]);
  const table = el('table', { class: 'list', id: 'articles' },
    el('tr', {}, el('th', { text: 'Title' }), el('th', { text: 'Outlet' }), el('th', { text: 'Date' }),
      el('th', { text: 'Quotes' }), el('th', { text: 'Events' })),
    articles.items.map(a => el('tr', {},
      el('td', {}, articleLink(a.id, a.title || '(no title)')), el('td', { text: a.outlet || '' }),
      el('td', { class: 'nowrap', text: a.published || '' }), el('td', { text: a.quotes }), el('td', { text: a.events }))));
  view.appendChild(el('div', { class: 'cols' },
    el('aside', { class: 'panel' }, el('h3', { text: 'Most quoted' }),
      el('ul', { class: 'plain' }, actors.items.map(x => el('li', {}, actorLink(x.key, x.name),
        el('span', { class: 'muted', text: ' ' + meta(x.code, plural(x.quotes, 'quote')) }))))),
    el('section', {}, el('h2', { text: 'Articles' }), table,
      pager(articles, o => '#/?offset=' + o))));
}

function pager(page, hrefOf) {
  const prev = page.offset > 0 ? el('a', { href: hrefOf(Math.max(0, page.offset - page.limit)), text: '← newer' }) : null;
  const next = page.offset + page.limit < page.total ? el('a', { href: hrefOf(page.offset + page.limit), text: 'older →' }) : null;
  return el('div', { class: 'pager' }, prev,
    el('span', { class: 'muted', text: `${page.total ? page.offset + 1 : 0}–${Math.min(page.total, page.offset + page.limit)} of ${page.total}` }), next);
}

// --- search with facets ------------------------------------------------------------------------

const FACET_FIELDS = { speaker: 'speaker', outlet: 'outlet', country: 'country', month: 'date' };

function facetClause(name, value) {
  if (name === 'month') return `date:[${value}-01 TO ${value}-31]`;
  return `${FACET_FIELDS[name]}:"${value.replace(/(["\\])/g, '\\$1')}"`;
}

async function searchView(q) {
  document.getElementById('q').value = q;
  const res = await api('/api/search?limit=100&q=' + encodeURIComponent(q));
  const facets = el('aside', { class: 'panel', id: 'facets' });
  for (const [name, values] of Object.entries(res.facets)) {
    if (!values.length) continue;
    facets.appendChild(el('div', { class: 'facet', 'data-facet': name }, el('h3', { text: name }),
      values.map(v => el('button', {
        type: 'button', title: 'Narrow to ' + v.value,
        onclick: () => { location.hash = '#/search?q=' + encodeURIComponent(`(${q}) AND ${facetClause(name, v.value)}`); }
      }, el('span', { text: v.value }), el('span', { class: 'n', text: v.count })))));
  }
  const [mark0, mark1] = res.marks;
  const hits = el('ol', { class: 'hits', id: 'hits' }, res.hits.map(h => el('li', { class: 'hit' },
    el('div', { class: 'head' },
      h.type === 'quote'
        ? el('span', {}, el('b', { text: h.speaker || '(no speaker)' }), h.country ? ` (${h.country})` : '', ` · ${h.kind} quote`)
        : el('span', {}, el('b', { text: 'article' })),
      ' · ', h.title || '(no title)', ' · ', meta(h.outlet, h.date), ' · ',
      articleLink(h.articleId, h.type === 'quote' ? 'open the quote' : 'open the article', h.quoteId)),
    fragment(h.fragment, mark0, mark1))));
  view.appendChild(el('div', { class: 'cols' }, facets,
    el('section', {}, el('h2', { text: `${res.count} hit${res.count === 1 ? '' : 's'}` }),
      el('div', { class: 'muted', text: `for ${res.query} in ${res.ms} ms` }), hits)));
}

/** A search fragment whose matched words sit between two marker characters. */
function fragment(text, m0, m1) {
  const div = el('div', { class: 'frag' });
  let rest = String(text).replace(/\s+/g, ' ');
  while (rest.length) {
    const i = rest.indexOf(m0);
    if (i < 0) { div.appendChild(document.createTextNode(rest)); break; }
    div.appendChild(document.createTextNode(rest.slice(0, i)));
    const j = rest.indexOf(m1, i + 1);
    const end = j < 0 ? rest.length : j;
    div.appendChild(el('mark', { text: rest.slice(i + 1, end) }));
    rest = j < 0 ? '' : rest.slice(j + 1);
  }
  return div;
}

// --- article view ------------------------------------------------------------------------------

async function articleView(id, focusQuote) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  renderAnalysis(a, a.text, view, { focusQuote });
}

/**
 * Renders an Analysis JSON over its text: quotes highlighted in their speaker's colour, cues
 * underlined, speaker mentions in bold; a side panel of quotes, actors and events whose entries
 * scroll to their evidence.
 */
function renderAnalysis(a, text, into, options) {
  const actors = new Map(a.actors.map(x => [x.id, x]));
  const speakerColour = new Map();
  for (const q of a.quotes) {
    if (q.speaker && !speakerColour.has(q.speaker)) {
      speakerColour.set(q.speaker, PALETTE[speakerColour.size % PALETTE.length]);
    }
  }
  const nameOf = id => (actors.get(id) || {}).name || id;
  const marks = [];
  const add = (span, kind, ref) => {
    if (Array.isArray(span) && span[1] > span[0] && span[1] <= text.length) marks.push({ s: span[0], e: span[1], kind, ref });
  };
  for (const q of a.quotes) {
    for (const c of q.content) add(c, 'quote', q);
    add(q.cue, 'cue', q);
    add(q.source, 'src', q);
  }
  for (const x of a.actors) for (const m of x.mentions) add(m, 'mention', x);
  for (const ev of a.events) add(ev.evidence, 'event', ev);

  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.s); cuts.add(m.e); }
  const points = [...cuts].sort((x, y) => x - y);
  const byRef = new Map();
  const body = el('div', { class: 'article-text', id: 'article-text' });
  marks.sort((x, y) => x.s - y.s);
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    const active = [];
    for (let k = 0; k < marks.length && marks[k].s <= s; k++) {
      if (marks[k].e >= e && marks[k].s <= s) active.push(marks[k]);
    }
    const piece = text.slice(s, e);
    if (!active.length) { body.appendChild(document.createTextNode(s === 0 ? piece.replace(/^\s+/, '') : piece)); continue; }
    const span = el('span', { text: piece });
    const quote = (active.find(m => m.kind === 'quote') || {}).ref;
    if (quote) {
      span.classList.add('q');
      if (quote.speaker) span.style.backgroundColor = speakerColour.get(quote.speaker);
      else span.classList.add('noq');
      span.dataset.quote = quote.id;
    }
    const cue = active.find(m => m.kind === 'cue');
    if (cue) { span.classList.add('cue'); if (!quote) span.dataset.quote = cue.ref.id; }
    const src = active.find(m => m.kind === 'src');
    if (src) { span.classList.add('src'); if (!span.dataset.quote) span.dataset.quote = src.ref.id; }
    if (active.some(m => m.kind === 'mention')) span.classList.add('mention');
    for (const m of active) {
      const key = m.kind === 'mention' ? 'actor:' + m.ref.id : m.kind === 'event' ? 'event:' + m.ref.id : 'quote:' + m.ref.id;
      if (!byRef.has(key)) byRef.set(key, []);
      byRef.get(key).push(span);
    }
    body.appendChild(span);
  }
  const quotesById = new Map(a.quotes.map(q => [q.id, q]));
  body.addEventListener('mouseover', ev => {
    const t = ev.target.closest('[data-quote]');
    if (!t) { hideTip(); return; }
    showTip(quotesById.get(t.dataset.quote), nameOf, text, ev);
  });
  body.addEventListener('mousemove', ev => { if (!tip.hidden) placeTip(ev); });
  body.addEventListener('mouseleave', hideTip);

  const focus = key => {
    const spans = byRef.get(key) || [];
    document.querySelectorAll('.flash').forEach(x => x.classList.remove('flash'));
    spans.forEach(x => x.classList.add('flash'));
    if (spans.length) spans[0].scrollIntoView({ block: 'center', behavior: 'instant' });
  };

  const legend = el('div', { class: 'legend' }, 'Quotes in their speaker\'s colour, ',
    el('span', { class: 'cue', text: 'cue underlined' }), ', speaker in bold; hover a quote for its speaker, kind, addressee and relay.');
  const head = el('div', {},
    el('h2', { id: 'article-title', text: a.title || '(no title)' }),
    el('div', { class: 'muted', text: meta(a.outlet, a.published, a.source, 'id ' + a.id) }), legend);
  const side = el('aside', { class: 'panel side', id: 'side' },
    el('h3', { text: `Quotes (${a.quotes.length})` }),
    el('ul', { id: 'side-quotes' }, a.quotes.map(q => el('li', { 'data-ref': 'quote:' + q.id, onclick: () => focus('quote:' + q.id) },
      el('span', { class: 'chip', style: { backgroundColor: q.speaker ? speakerColour.get(q.speaker) : '#e3e5ea' } }),
      el('b', { text: q.speaker ? nameOf(q.speaker) : '(no speaker)' }),
      el('span', { class: 'muted', text: ' ' + q.kind + ': ' }), clip(q.text, 110)))),
    el('h3', { text: `Actors (${a.actors.length})` }),
    el('ul', { id: 'side-actors' }, a.actors.map(x => el('li', { 'data-ref': 'actor:' + x.id, onclick: () => focus('actor:' + x.id) },
      el('span', { class: 'chip', style: { backgroundColor: speakerColour.get(x.id) || '#fff' } }),
      x.key && !(options && options.unstored) ? actorLink(x.key, x.name) : el('b', { text: x.name }), ' ',
      x.code ? el('span', { class: 'code', text: x.code }) : null,
      el('span', { class: 'muted', text: ' ' + meta(x.role, x.mentions.length + ' mention' + (x.mentions.length === 1 ? '' : 's')) })))),
    el('h3', { text: `Events (${a.events.length})` }),
    el('ul', { id: 'side-events' }, a.events.map(ev => el('li', { 'data-ref': 'event:' + ev.id, onclick: () => focus('event:' + ev.id) },
      el('span', { class: 'code', text: (ev.plover ? ev.plover + ' ' : 'CAMEO ') + ev.cameo }), ' ',
      ev.source.map(nameOf).join(', ') || '?', ' → ', ev.target.map(nameOf).join(', ') || '?',
      el('span', { class: 'muted', text: ' ' + meta(ev.date, ev.negated ? 'negated' : '', ev.future ? 'future' : '', ev.hypothetical ? 'hypothetical' : '') })))));
  into.appendChild(el('div', { class: 'cols article' }, el('section', {}, head, body), side));
  if (options && options.focusQuote) focus('quote:' + options.focusQuote);
}

function plural(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}

function clip(s, n) {
  s = String(s || '');
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function showTip(q, nameOf, text, ev) {
  if (!q) return;
  clear(tip);
  const line = (label, value) => el('div', {}, el('b', { text: label + ': ' }), value);
  append(tip, [
    line('Speaker', q.speaker ? nameOf(q.speaker) : (q.sourceText || '(none)')),
    line('Kind', q.kind + (q.anonymous ? ', anonymous source' : '')),
    line('Addressee', q.addressee ? nameOf(q.addressee) : '—'),
    line('Relayed by', q.relayedBy && q.relayedBy.length ? q.relayedBy.map(nameOf).join(', ') : '—'),
    q.cue ? line('Cue', text.slice(q.cue[0], q.cue[1])) : null,
    line('Confidence', q.confidence)]);
  tip.hidden = false;
  placeTip(ev);
}

function placeTip(ev) {
  const w = tip.offsetWidth, h = tip.offsetHeight;
  let x = ev.clientX + 14, y = ev.clientY + 16;
  if (x + w > window.innerWidth - 8) x = Math.max(8, window.innerWidth - w - 8);
  if (y + h > window.innerHeight - 8) y = Math.max(8, ev.clientY - h - 12);
  tip.style.left = x + 'px';
  tip.style.top = y + 'px';
}

function hideTip() {
  tip.hidden = true;
}

// --- actors ------------------------------------------------------------------------------------

async function actorsView(params) {
  const offset = Number(params.get('offset') || 0);
  const q = params.get('q') || '';
  const res = await api('/api/actors?limit=50&offset=' + offset + (q ? '&q=' + encodeURIComponent(q) : ''));
  const input = el('input', { type: 'search', value: q, placeholder: 'name contains…' });
  const form = el('form', { class: 'form-row', onsubmit: ev => { ev.preventDefault(); location.hash = '#/actors?q=' + encodeURIComponent(input.value.trim()); } },
    input, el('button', { type: 'submit', text: 'Filter' }));
  view.appendChild(el('section', {}, el('h2', { text: 'Actors' }), form,
    el('table', { class: 'list', id: 'actors' },
      el('tr', {}, ['Actor', 'Code', 'Kind', 'Articles', 'Quotes', 'Events'].map(t => el('th', { text: t }))),
      res.items.map(x => el('tr', {}, el('td', {}, actorLink(x.key, x.name)), el('td', { text: x.code || '' }),
        el('td', { text: x.kind || '' }), el('td', { text: x.articles }), el('td', { text: x.quotes }), el('td', { text: x.events })))),
    pager(res, o => '#/actors?offset=' + o + (q ? '&q=' + encodeURIComponent(q) : ''))));
}

async function actorView(key) {
  // by query parameter: a key may hold a slash, which a path segment cannot carry safely
  const x = await api('/api/actor?key=' + encodeURIComponent(key));
  const head = el('div', { class: 'panel' },
    el('h2', { id: 'actor-name', text: x.name }),
    el('div', {}, x.code ? el('span', { class: 'code', text: x.code }) : null, ' ',
      el('span', { class: 'muted', text: meta(x.kind, x.country, (x.sectors || []).join('/'), x.articles + ' article' + (x.articles === 1 ? '' : 's'),
        x.statements.length + ' statements', x.events.length + ' events') })),
    (x.roles || []).length ? el('div', { class: 'muted', text: 'Roles: ' + x.roles.join('; ') }) : null,
    (x.names || []).length > 1 ? el('div', { class: 'muted', text: 'Also written: ' + x.names.join('; ') }) : null);
  const charts = el('div', { class: 'charts' },
    el('div', { class: 'panel' }, el('h3', { text: 'Statements and events over time' }), timelineChart(x.timeline)),
    el('div', { class: 'panel' }, el('h3', { text: 'Whom it talks to and about' }), networkChart(x.network)));
  const statements = el('table', { class: 'list', id: 'statements' },
    el('tr', {}, ['Date', 'Kind', 'Statement', 'To', 'Article'].map(t => el('th', { text: t }))),
    x.statements.map(s => el('tr', {}, el('td', { class: 'nowrap', text: s.date || '' }), el('td', { text: s.kind }),
      el('td', { text: clip(s.text, 300) }), el('td', {}, s.addresseeKey ? actorLink(s.addresseeKey, s.addresseeName) : ''),
      el('td', {}, articleLink(s.articleId, clip(s.title || s.articleId, 60), s.id)))));
  const events = el('table', { class: 'list', id: 'events' },
    el('tr', {}, ['Date', 'Event', 'Role', 'Source', 'Target', 'Article'].map(t => el('th', { text: t }))),
    x.events.map(e => el('tr', {}, el('td', { class: 'nowrap', text: e.date || '' }),
      el('td', {}, el('span', { class: 'code', text: (e.plover ? e.plover + ' ' : 'CAMEO ') + e.cameo })),
      el('td', { text: e.role }), el('td', { text: (e.sourceNames || []).join(', ') }), el('td', { text: (e.targetNames || []).join(', ') }),
      el('td', {}, articleLink(e.articleId, clip(e.title || e.articleId, 60))))));
  view.appendChild(el('section', {}, head, charts, el('h3', { text: 'Statements' }), statements,
    el('h3', { text: 'Events' }), events));
}

/** Bars of statements and events per day, week or month, whichever keeps the bars countable. */
function timelineChart(days) {
  const W = 560, H = 230, L = 34, B = 40, T = 12, R = 10;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', id: 'timeline', role: 'img' });
  if (!days.length) {
    chart.appendChild(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'no dated statements or events'));
    return chart;
  }
  const first = new Date(days[0].date + 'T00:00:00Z'), last = new Date(days[days.length - 1].date + 'T00:00:00Z');
  let span = (last - first) / 86400000;
  if (span < 10) {
    // a short history: show it within about two weeks, not as one bar across the chart
    const pad = Math.ceil((14 - span) / 2);
    first.setUTCDate(first.getUTCDate() - pad);
    last.setUTCDate(last.getUTCDate() + pad);
    span = (last - first) / 86400000;
  }
  const unit = span <= 45 ? 'day' : span <= 400 ? 'week' : 'month';
  const bucketOf = d => {
    if (unit === 'day') return d;
    if (unit === 'month') return d.slice(0, 7);
    const t = new Date(d + 'T00:00:00Z');
    t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7));
    return t.toISOString().slice(0, 10);
  };
  const buckets = new Map();
  // every bucket from the first to the last, so that gaps show as gaps
  for (let t = new Date(first); t <= last; t.setUTCDate(t.getUTCDate() + 1)) {
    const b = bucketOf(t.toISOString().slice(0, 10));
    if (!buckets.has(b)) buckets.set(b, { s: 0, e: 0 });
  }
  for (const d of days) {
    const b = buckets.get(bucketOf(d.date));
    b.s += d.statements; b.e += d.events;
  }
  const keys = [...buckets.keys()];
  const max = Math.max(1, ...[...buckets.values()].map(b => Math.max(b.s, b.e)));
  const bw = Math.min(48, (W - L - R) / keys.length);
  const y = v => H - B - (v / max) * (H - B - T);
  chart.appendChild(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }));
  chart.appendChild(svg('line', { class: 'axis', x1: L, y1: T, x2: L, y2: H - B }));
  for (const v of [0, Math.ceil(max / 2), max]) {
    chart.appendChild(svg('text', { x: L - 5, y: y(v) + 4, 'text-anchor': 'end' }, String(v)));
  }
  const step = Math.max(1, Math.ceil(keys.length / 6));
  const oneYear = keys[0].slice(0, 4) === keys[keys.length - 1].slice(0, 4);
  const label = k => (oneYear && unit !== 'month' ? k.slice(5) : k);
  keys.forEach((k, i) => {
    const b = buckets.get(k);
    const x0 = L + i * bw;
    const w = Math.max(1, bw / 2 - 1);
    const bar = (v, dx, colour, label) => {
      if (!v) return;
      chart.appendChild(svg('rect', { x: x0 + dx, y: y(v), width: w, height: H - B - y(v), fill: colour, class: 'bar' },
        svg('title', {}, `${k}: ${v} ${label}`)));
    };
    bar(b.s, 0.5, '#2f6fd0', 'statements');
    bar(b.e, bw / 2, '#f08c2e', 'events');
    if (i % step === 0) {
      chart.appendChild(svg('text', { x: x0 + bw / 2, y: H - B + 14, 'text-anchor': 'middle' }, label(k)));
    }
  });
  chart.appendChild(svg('rect', { x: L + 8, y: H - 16, width: 10, height: 10, fill: '#2f6fd0' }));
  chart.appendChild(svg('text', { x: L + 22, y: H - 7 }, 'statements'));
  chart.appendChild(svg('rect', { x: L + 100, y: H - 16, width: 10, height: 10, fill: '#f08c2e' }));
  chart.appendChild(svg('text', { x: L + 114, y: H - 7 }, 'events'));
  chart.appendChild(svg('text', { x: W - R, y: H - 7, 'text-anchor': 'end' }, (oneYear ? keys[0].slice(0, 4) + ', ' : '') + 'per ' + unit));
  return chart;
}

const COOPERATIVE = new Set(['agree', 'consult', 'support', 'concede', 'cooperate', 'aid', 'retreat']);
const CONFLICTUAL = new Set(['accuse', 'reject', 'threaten', 'protest', 'sanction', 'mobilize', 'coerce', 'assault']);

/** The legend class of an edge: what it was said or done. */
function edgeClass(kind) {
  if (kind === 'addresses' || kind === 'names') return kind;
  if (COOPERATIVE.has(kind)) return 'cooperative event';
  if (CONFLICTUAL.has(kind)) return 'conflictual event';
  return 'other event';
}

const EDGE_COLOURS = { addresses: '#2f6fd0', names: '#8a93a6', 'cooperative event': '#2e9e5b',
  'conflictual event': '#d2402f', 'other event': '#b07ad8' };

/** The actor in the middle, its partners on an ellipse, arrows from speaker or source to target. */
function networkChart(net) {
  const W = 640, H = 440, cx = W / 2, cy = H / 2 - 8, rx = W / 2 - 165, ry = H / 2 - 50;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', id: 'network', role: 'img' });
  const defs = svg('defs', {});
  chart.appendChild(defs);
  const markerFor = colour => {
    const id = 'arrow-' + colour.slice(1);
    if (!defs.querySelector('#' + id)) {
      defs.appendChild(svg('marker', { id, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
        markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: colour })));
    }
    return `url(#${id})`;
  };
  if (net.nodes.length <= 1) {
    chart.appendChild(svg('text', { x: cx, y: cy, 'text-anchor': 'middle' }, 'no partners found'));
    return chart;
  }
  const pos = new Map();
  const partners = net.nodes.slice(1);
  pos.set(net.nodes[0].key, { x: cx, y: cy, t: null });
  partners.forEach((n, i) => {
    const t = -Math.PI / 2 + (2 * Math.PI * (i + 0.5)) / partners.length;
    pos.set(n.key, { x: cx + rx * Math.cos(t), y: cy + ry * Math.sin(t), t });
  });
  const radius = n => (n === net.nodes[0] ? 14 : 5 + Math.min(7, Math.sqrt(n.weight || 1) * 1.5));
  const radiusOf = new Map(net.nodes.map(n => [n.key, radius(n)]));
  const classes = new Set();
  for (const e of net.edges) {
    const a = pos.get(e.from), b = pos.get(e.to);
    if (!a || !b) continue;
    const cls = edgeClass(e.kind);
    const colour = EDGE_COLOURS[cls];
    classes.add(cls);
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
    const ra = radiusOf.get(e.from) + 2, rb = radiusOf.get(e.to) + 3;
    chart.appendChild(svg('line', {
      x1: a.x + dx / len * ra, y1: a.y + dy / len * ra, x2: b.x - dx / len * rb, y2: b.y - dy / len * rb,
      stroke: colour, 'stroke-width': 1 + Math.min(4, Math.log2(1 + e.count)), 'stroke-opacity': 0.7,
      'marker-end': markerFor(colour), class: 'edge', 'data-kind': e.kind
    }, svg('title', {}, `${e.kind} ×${e.count}`)));
  }
  net.nodes.forEach((n, i) => {
    const p = pos.get(n.key);
    const rr = radiusOf.get(n.key);
    const g = svg('g', { class: 'node', 'data-key': n.key });
    g.appendChild(svg('circle', { cx: p.x, cy: p.y, r: rr, fill: i === 0 ? '#1d2330' : colourOf(n.key), stroke: '#3e4a61' }));
    let label;
    if (p.t === null) {
      label = svg('text', { x: p.x, y: p.y + rr + 14, 'text-anchor': 'middle', 'font-weight': 600 }, clip(n.name, 30));
    } else {
      const c = Math.cos(p.t), sn = Math.sin(p.t);
      const anchor = Math.abs(c) < 0.2 ? 'middle' : c > 0 ? 'start' : 'end';
      label = svg('text', { x: p.x + c * (rr + 4), y: p.y + sn * (rr + 4) + (Math.abs(c) < 0.2 ? (sn > 0 ? 10 : -2) : 4), 'text-anchor': anchor }, clip(n.name, 22));
    }
    g.appendChild(label);
    g.appendChild(svg('title', {}, n.name));
    if (i > 0) g.addEventListener('click', () => { location.hash = '#/actor/' + encodeURIComponent(n.key); });
    chart.appendChild(g);
  });
  let lx = 8;
  for (const k of ['addresses', 'names', 'cooperative event', 'conflictual event', 'other event']) {
    if (!classes.has(k)) continue;
    chart.appendChild(svg('line', { x1: lx, y1: H - 10, x2: lx + 18, y2: H - 10, stroke: EDGE_COLOURS[k], 'stroke-width': 3 }));
    chart.appendChild(svg('text', { x: lx + 22, y: H - 6 }, k));
    lx += 34 + k.length * 6;
  }
  return chart;
}

// --- paste an article --------------------------------------------------------------------------

function analyzeView() {
  const area = el('textarea', { id: 'paste', placeholder: 'Paste the text of a news article (or a web page, with the format set to HTML).' });
  const token = el('input', { id: 'token', type: 'password', placeholder: 'write token', value: writeToken, autocomplete: 'off' });
  const format = el('select', { id: 'format' }, el('option', { value: 'txt', text: 'plain text' }), el('option', { value: 'html', text: 'HTML' }));
  const published = el('input', { id: 'published', type: 'date', title: 'publication date (optional)' });
  const out = el('div', { id: 'analysis' });
  const status = el('span', { class: 'muted', id: 'analyze-status' });
  const run = async store => {
    writeToken = token.value.trim();
    clear(out);
    if (!writeToken) { out.appendChild(errorBox('Enter the write token printed by "parley serve".')); return; }
    if (!area.value.trim()) { out.appendChild(errorBox('Paste an article first.')); return; }
    status.textContent = 'Analyzing… (the first request loads the language models, about 20 s)';
    const params = new URLSearchParams({ format: format.value });
    if (published.value) params.set('published', published.value);
    try {
      const res = await api((store ? '/api/ingest?' : '/api/analyze?') + params, {
        method: 'POST', body: area.value,
        headers: { 'Authorization': 'Bearer ' + writeToken, 'Content-Type': format.value === 'html' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' }
      });
      status.textContent = '';
      if (store) {
        out.appendChild(el('div', { class: 'panel' }, res.added ? 'Stored as ' : 'Already stored as ', articleLink(res.id, res.title || res.id),
          ` (${res.quotes} quotes, ${res.actors} actors, ${res.events} events).`));
        loadStats();
      } else {
        renderAnalysis(res, res.text != null ? res.text : area.value, out, { unstored: true });
      }
    } catch (e) {
      status.textContent = '';
      out.appendChild(errorBox(e));
    }
  };
  view.appendChild(el('section', {}, el('h2', { text: 'Analyze an article' }), area,
    el('div', { class: 'form-row' }, token, format, published,
      el('button', { type: 'button', id: 'analyze-button', text: 'Analyze', onclick: () => run(false) }),
      el('button', { type: 'button', class: 'secondary', id: 'ingest-button', text: 'Analyze and store', onclick: () => run(true) }), status),
    out));
}

loadStats();
route();
