/* The dashboard: filters kept in the URL, map, timeline, casualty chart, incident log and search. */
'use strict';

(() => {
  const {el, api, params, setParams, colour, incidentHref, articleHref, fail} = TW;
  const FILTERS = ['from', 'to', 'party', 'place', 'standing'];
  const form = document.getElementById('filters');

  for (const name of FILTERS) {
    const v = params().get(name);
    if (v !== null) form.elements[name].value = v;
  }

  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const values = {};
    FILTERS.forEach(n => { values[n] = form.elements[n].value.trim(); });
    setParams(values);
    load();
  });

  document.getElementById('search-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const q = document.getElementById('q').value.trim();
    setParams({q});
    search(q);
  });

  const map = L.map('map', {zoomSnap: 0.25, attributionControl: true}).setView([40.2, 46.8], 7);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth; places: GeoNames');
  const markers = L.layerGroup().addTo(map);

  async function baseMap() {
    try {
      const [countries, admin1] = await Promise.all([fetch('/geo/countries.geojson').then(r => r.json()),
        fetch('/geo/admin1-az-am.geojson').then(r => r.json())]);
      L.geoJSON(countries, {style: {color: '#8a96a3', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1},
        interactive: false}).addTo(map);
      L.geoJSON(admin1, {style: {color: '#b8c0c8', weight: 0.7, fill: false}, interactive: false}).addTo(map);
      markers.eachLayer(m => m.bringToFront());
    } catch (e) {
      console.warn('base map not loaded', e);
    }
  }

  function query() {
    const p = new URLSearchParams();
    for (const n of FILTERS) {
      const v = params().get(n);
      if (v) p.set(n, v);
    }
    p.set('type', 'attack');
    p.set('limit', '5000');
    return p.toString();
  }

  async function load() {
    const tbody = document.querySelector('#incidents tbody');
    try {
      const [page, truces] = await Promise.all([api('/api/incidents?' + query()), api('/api/ceasefires')]);
      const incidents = page.items;
      document.getElementById('count').textContent = incidents.length + ' incident' +
          (incidents.length === 1 ? '' : 's') + (page.next_offset !== null ? ' (first ' + page.limit + ')' : '');
      drawMarkers(incidents);
      drawLegend(incidents);
      TWCharts.timeline(document.getElementById('timeline'), incidents, truces.items);
      drawTable(tbody, incidents);
      const p = params();
      const day = p.get('to') || (incidents.length ? incidents[incidents.length - 1].date : '');
      document.getElementById('report-link').href = '/report.html' + (day ? '?date=' + day : '');
    } catch (e) {
      fail(tbody, e);
    }
    try {
      const cas = await api('/api/casualties');
      TWCharts.casualties(document.getElementById('casualties'), cas.items, params().get('from'), params().get('to'));
    } catch (e) {
      fail(document.getElementById('casualties'), e);
    }
  }

  function drawMarkers(incidents) {
    markers.clearLayers();
    const bounds = [];
    for (const i of incidents) {
      if (!i.location) continue;
      const m = L.circleMarker([i.location.lat, i.location.lon], {
        radius: 6 + Math.min(6, (i.mentions.length - 1) * 2), color: '#fff', weight: 1.5,
        fillColor: colour(i.perpetrator), fillOpacity: 0.9, className: 'incident-marker'});
      m.bindTooltip(i.date + ' ' + (i.subtype || i.type) + ', ' + i.location.name);
      m.bindPopup(() => el('div', {},
        el('strong', {}, (i.subtype || i.type).replace(/_/g, ' ') + ' at ' + i.location.name), el('br'),
        i.date + ', alleged perpetrator: ' + (i.perpetrator || 'not established'), el('br'),
        'standing: ' + i.standing, el('br'),
        el('a', {href: incidentHref(i.id)}, 'claims, denials and sources')));
      m.addTo(markers);
      bounds.push([i.location.lat, i.location.lon]);
    }
    if (bounds.length) map.fitBounds(bounds, {padding: [30, 30], maxZoom: 9});
  }

  function drawLegend(incidents) {
    const parties = [...new Set(incidents.map(i => i.perpetrator || 'unattributed'))].sort();
    const legend = document.getElementById('legend');
    legend.replaceChildren(el('span', {}, 'Alleged perpetrator:'),
      ...parties.map(p => el('span', {}, el('span', {class: 'swatch', style: 'background:' + colour(p)}), p)));
  }

  function drawTable(tbody, incidents) {
    tbody.replaceChildren(...incidents.slice().reverse().map(i => el('tr', {},
      el('td', {}, i.date + (i.date_end ? ' to ' + i.date_end : '')),
      el('td', {}, el('a', {href: incidentHref(i.id)}, (i.subtype || i.type).replace(/_/g, ' '))),
      el('td', {}, i.location ? i.location.name + (i.location.admin1 ? ' (' + i.location.admin1 + ')' : '') : '-'),
      el('td', {}, el('span', {class: 'swatch', style: 'background:' + colour(i.perpetrator)}),
        i.perpetrator || 'not established'),
      el('td', {}, el('span', {class: 'standing ' + i.standing}, i.standing)),
      el('td', {}, i.ceasefire || '-'),
      el('td', {}, String(i.independent_sources)),
      el('td', {}, i.killed === null ? '' : String(i.killed)))));
  }

  async function search(q) {
    const box = document.getElementById('search-results');
    if (!q) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    try {
      const r = await api('/api/search?limit=20&q=' + encodeURIComponent(q));
      box.replaceChildren(el('h2', {}, 'Search: ' + q + ' (' + r.items.length + ')'),
        r.items.length === 0 ? el('p', {class: 'muted'}, 'Nothing found.') :
          el('ul', {class: 'hits'}, r.items.map(h => el('li', {},
            el('a', {href: articleHref(h.article)}, h.title || h.article), el('br'),
            snippet(h.snippet)))));
    } catch (e) {
      fail(box, e);
    }
  }

  /** A search snippet with the matched words ([...] from the store) shown as marks. */
  function snippet(s) {
    const span = el('span', {class: 'muted'});
    const parts = (s || '').split(/(\[[^\]]*\])/);
    for (const p of parts) {
      if (p.startsWith('[') && p.endsWith(']')) span.appendChild(el('mark', {}, p.slice(1, -1)));
      else span.appendChild(document.createTextNode(p));
    }
    return span;
  }

  api('/api/stats').then(s => {
    document.getElementById('stats').textContent = s.articles + ' articles, ' + s.incidents + ' incidents, ' +
        s.ceasefires + ' truces';
  }).catch(() => {});
  baseMap();
  load();
  if (params().get('q')) {
    document.getElementById('q').value = params().get('q');
    search(params().get('q'));
  }
})();
