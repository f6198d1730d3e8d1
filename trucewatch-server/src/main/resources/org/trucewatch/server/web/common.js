/* TruceWatch dashboard: helpers shared by every page. No framework, no network beyond this server. */
'use strict';

const TW = (() => {
  // Sides come from the conflict profiles (/api/conflicts); a side without a colour gets one of these by hash.
  const PALETTE = ['#2b8a3e', '#5f3dc4', '#e67700', '#0b7285', '#862e9c', '#495057', '#c2255c', '#5c940d'];
  const UNATTRIBUTED = '#7a7a7a';
  const sideColours = new Map();  // side name or id -> colour
  const sideNames = new Map();    // side id -> name

  /** Remembers the sides of the profiles: their colours by name and id, their names by id. */
  function registerSides(profiles) {
    for (const p of profiles) {
      for (const s of p.sides) {
        if (!sideNames.has(s.id)) sideNames.set(s.id, s.name);
        if (s.colour && !sideColours.has(s.name)) sideColours.set(s.name, s.colour);
        if (s.colour && !sideColours.has(s.id)) sideColours.set(s.id, s.colour);
      }
    }
  }

  /** The conflict profiles, fetched once per page; their sides' colours are registered on the way. */
  let profilesPromise = null;
  function conflicts() {
    if (!profilesPromise) {
      profilesPromise = api('/api/conflicts').then(r => { registerSides(r.items); return r.items; })
        .catch(e => { console.warn('conflict profiles not loaded', e); return []; });
    }
    return profilesPromise;
  }

  /** The colour of an alleged perpetrator: its profile's, else a stable palette colour. */
  function colour(party) {
    if (!party || party === 'unattributed') return UNATTRIBUTED;
    if (sideColours.has(party)) return sideColours.get(party);
    let h = 0;
    for (const ch of party) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return PALETTE[h % PALETTE.length];
  }

  /** A side's name from its id ("AZ"), or the id itself when no profile has it. */
  function sideName(id) {
    return sideNames.get(id) || id;
  }

  /** Builds an element: el('a', {href: '/x', class: 'y'}, 'text', child...). Text is never parsed as HTML. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return e;
  }

  function svg(tag, attrs, ...children) {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) e.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  /** GET a JSON API route; a 401/403 asks for the API token (kept for this browser tab only). */
  async function api(path) {
    const headers = {};
    const token = sessionStorage.getItem('trucewatch-token');
    if (token) headers['Authorization'] = 'Bearer ' + token;
    const r = await fetch(path, {headers});
    if (r.status === 401 || r.status === 403) {
      const t = window.prompt('This server needs an API token to read. Token:');
      if (t) {
        sessionStorage.setItem('trucewatch-token', t);
        return api(path);
      }
    }
    const body = await r.json();
    if (!r.ok) throw new Error(body.detail || ('HTTP ' + r.status));
    return body;
  }

  function params() {
    return new URLSearchParams(window.location.search);
  }

  /** The page's query string with these values set (empty ones removed), kept in the address bar to share. */
  function setParams(values) {
    const p = params();
    for (const [k, v] of Object.entries(values)) {
      if (v === null || v === undefined || v === '') p.delete(k);
      else p.set(k, v);
    }
    const qs = p.toString();
    history.replaceState(null, '', window.location.pathname + (qs ? '?' + qs : ''));
    return p;
  }

  /**
   * An article's text with spans marked: body is plain text, marks [{start, end, kind}] non-overlapping and sorted;
   * each span becomes a <mark> (classes by kind), the rest text nodes, paragraphs kept.
   */
  function markedText(body, marks) {
    const out = el('div', {class: 'article-text'});
    let pos = 0;
    const pieces = [];
    for (const m of marks) {
      if (m.start < pos || m.end > body.length) continue;
      if (m.start > pos) pieces.push(document.createTextNode(body.slice(pos, m.start)));
      pieces.push(el('mark', {class: 'ev ' + (m.kind || ''), 'data-start': m.start, 'data-end': m.end,
        title: m.kind || ''}, body.slice(m.start, m.end)));
      pos = m.end;
    }
    if (pos < body.length) pieces.push(document.createTextNode(body.slice(pos)));
    pieces.forEach(p => out.appendChild(p));
    return out;
  }

  function articleHref(id, start, end) {
    let h = '/article.html?id=' + encodeURIComponent(id);
    if (start !== undefined && start !== null) h += '&start=' + start + '&end=' + end;
    return h;
  }

  function incidentHref(id) {
    return '/incident.html?id=' + encodeURIComponent(id);
  }

  function fail(where, err) {
    where.replaceChildren(el('p', {class: 'error'}, 'Could not load: ' + err.message));
  }

  /** A label for Leaflet's tooltips and popups, which read a string as HTML: a span holding a text node. */
  function textLabel(text) {
    return el('span', {class: 'label'}, String(text));
  }

  return {colour, conflicts, sideName, el, svg, api, params, setParams, markedText, articleHref, incidentHref, fail,
    textLabel};
})();
