/* The dashboard: filters kept in the URL, map, timeline, casualty chart, incident log and search. */
'use strict';

(() => {
  const {el, api, params, setParams, colour, conflicts, incidentHref, articleHref, fail} = TW;
  const FILTERS = ['conflict', 'from', 'to', 'party', 'place', 'standing'];
  const form = document.getElementById('filters');
  let profiles = [];

  function apply() {
    const values = {};
    FILTERS.forEach(n => { values[n] = form.elements[n].value.trim(); });
    setParams(values);
    load();
  }

  form.addEventListener('submit', ev => {
    ev.preventDefault();
    apply();
  });

  // Picking a conflict applies at once: it changes the parties one can pick and where the map looks.
  form.elements.conflict.addEventListener('change', () => {
    partyOptions(form.elements.conflict.value);
    mapView(form.elements.conflict.value);
    apply();
  });

  /** The profile of an id, or null for "all conflicts". */
  function profile(id) {
    return profiles.find(p => p.id === id) || null;
  }

  /** The party filter's options: the conflict's sides, or every side of every profile. */
  function partyOptions(id) {
    const select = form.elements.party;
    const keep = select.value;
    const p = profile(id);
    const names = [...new Set((p ? [p] : profiles).flatMap(x => x.sides.map(s => s.name)))];
    if (!p) names.sort();
    select.replaceChildren(el('option', {value: ''}, 'any'), ...names.map(n => el('option', {value: n}, n)));
    select.value = names.includes(keep) ? keep : '';
  }

  /** The map's view: the profile's centre and zoom, or every profile's centre in view. */
  function mapView(id) {
    const p = profile(id);
    if (p && p.map) {
      map.setView([p.map.lat, p.map.lon], p.map.zoom);
    } else {
      const centres = profiles.filter(x => x.map).map(x => [x.map.lat, x.map.lon]);
      if (centres.length) map.fitBounds(centres, {padding: [40, 40], maxZoom: 6});
    }
    // Where the map was pointed, readable by a test without reaching into Leaflet.
    document.getElementById('map').dataset.view = p && p.map ? [p.map.lat, p.map.lon, p.map.zoom].join(',') : 'all';
  }

  /** The conflict selector from the profiles, then the filters from the address. */
  async function setUp() {
    profiles = await conflicts();
    const select = form.elements.conflict;
    select.replaceChildren(el('option', {value: ''}, 'all conflicts'),
      ...profiles.map(p => el('option', {value: p.id}, p.name)));
    const wanted = params().get('conflict') || '';
    select.value = profile(wanted) ? wanted : '';
    partyOptions(select.value);
    for (const name of FILTERS) {
      const v = params().get(name);
      if (v !== null && name !== 'conflict') form.elements[name].value = v;
    }
    mapView(select.value);
  }

  document.getElementById('search-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const q = document.getElementById('q').value.trim();
    setParams({q});
    search(q);
  });

  const map = L.map('map', {zoomSnap: 0.25, attributionControl: true}).setView([30, 40], 3);
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
    stats();
    const tbody = document.querySelector('#incidents tbody');
    try {
      const [page, truces] = await Promise.all([api('/api/incidents?' + query()),
        api('/api/ceasefires' + conflictQuery())]);
      const incidents = page.items;
      document.getElementById('count').textContent = incidents.length + ' incident' +
          (incidents.length === 1 ? '' : 's') + (page.next_offset !== null ? ' (first ' + page.limit + ')' : '');
      drawMarkers(incidents);
      drawLegend(incidents);
      TWCharts.timeline(document.getElementById('timeline'), incidents, truces.items);
      drawTable(tbody, incidents);
      const p = params();
      const day = p.get('to') || (incidents.length ? incidents[incidents.length - 1].date : '');
      const rq = new URLSearchParams();
      if (day) rq.set('date', day);
      if (p.get('conflict')) rq.set('conflict', p.get('conflict'));
      document.getElementById('report-link').href = '/report.html' + (rq.toString() ? '?' + rq : '');
    } catch (e) {
      fail(tbody, e);
    }
    try {
      const cas = await api('/api/casualties' + conflictQuery());
      TWCharts.casualties(document.getElementById('casualties'), cas.items, params().get('from'), params().get('to'));
    } catch (e) {
      fail(document.getElementById('casualties'), e);
    }
  }

  /** {@code ?conflict=ID} for the routes that take it, or nothing for all conflicts. */
  function conflictQuery() {
    const c = params().get('conflict');
    return c ? '?conflict=' + encodeURIComponent(c) : '';
  }

  function drawMarkers(incidents) {
    markers.clearLayers();
    const bounds = [];
    for (const i of incidents) {
      if (!i.location) continue;
      const m = L.circleMarker([i.location.lat, i.location.lon], {
        radius: 6 + Math.min(6, (i.mentions.length - 1) * 2), color: '#fff', weight: 1.5,
        fillColor: colour(i.perpetrator), fillOpacity: 0.9, className: 'incident-marker'});
      // Leaflet reads a string tooltip as HTML: a text node keeps a place name as text
      m.bindTooltip(TW.textLabel(i.date + ' ' + (i.subtype || i.type) + ', ' + i.location.name));
      m.bindPopup(() => el('div', {},
        el('strong', {}, (i.subtype || i.type).replace(/_/g, ' ') + ' at ' + i.location.name), el('br'),
        i.date + ', alleged perpetrator: ' + (i.perpetrator || 'not established'), el('br'),
        'standing: ' + i.standing, el('br'),
        el('a', {href: incidentHref(i.id)}, 'claims, denials and sources')));
      m.addTo(markers);
      bounds.push([i.location.lat, i.location.lon]);
    }
    // A chosen conflict keeps its profile's view; across all conflicts the view follows the incidents.
    if (bounds.length && !params().get('conflict')) map.fitBounds(bounds, {padding: [30, 30], maxZoom: 9});
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

  function stats() {
    api('/api/stats' + conflictQuery()).then(s => {
      document.getElementById('stats').textContent = s.articles + ' articles, ' + s.incidents + ' incidents, ' +
          s.ceasefires + ' truces';
    }).catch(() => {});
  }

  baseMap();
  setUp().then(load);
  if (params().get('q')) {
    document.getElementById('q').value = params().get('q');
    search(params().get('q'));
  }
})();
