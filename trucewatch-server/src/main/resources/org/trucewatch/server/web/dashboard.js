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

  // Field reports (observations imported by 'observe'), shown or hidden from the legend.
  const fieldLayer = L.layerGroup().addTo(map);
  const P = TWMapPlace;
  let symbolsDrawn = [];  // the incident symbols and clusters of this zoom: {latlng, size}
  let fieldMarkers = [];  // the field reports with a location: {row, marker}, placed by placeFieldReports

  /** The boxes, in container pixels, of what labels must not cover: incident symbols, clusters, field reports. */
  function symbolBoxes() {
    const boxes = symbolsDrawn.map(s => P.around(map.latLngToContainerPoint(s.latlng), s.size, s.size, 2));
    if (map.hasLayer(fieldLayer)) {
      for (const f of fieldMarkers) {
        const pt = map.latLngToContainerPoint(f.marker.getLatLng());
        boxes.push(P.around({x: pt.x + f.dx, y: pt.y + f.dy}, FIELD, FIELD, 1));
      }
    }
    return boxes;
  }

  // The base map and its names, placed clear of the symbols.
  const context = TWMapContext.create(map, el, symbolBoxes, () => form.elements.conflict.value);
  const drawLabels = () => context.draw();

  // A new zoom regroups the symbols and moves the field reports clear of them; any move redraws the labels.
  map.on('zoomend', () => { cluster(); placeFieldReports(); });
  map.on('moveend', drawLabels);

  const FIELD = 14;

  /** A field report's square, moved by (dx, dy) off its point with a thin line back to it. */
  function fieldIcon(dx, dy) {
    const c = FIELD / 2;
    const leader = dx || dy ? `<line x1="${c}" y1="${c}" x2="${c - dx}" y2="${c - dy}" stroke="#1f6f8b" ` +
      'stroke-width="1.5" pointer-events="none"/>' : '';
    return L.divIcon({className: 'field-report', iconSize: [FIELD, FIELD], iconAnchor: [c - dx, c - dy],
      html: `<svg width="${FIELD}" height="${FIELD}" style="overflow:visible">${leader}<rect x="1" y="1" ` +
        'width="12" height="12" fill="#fff" stroke="#1f6f8b" stroke-width="2"/><path d="M4 7h6M7 4v6" ' +
        'stroke="#1f6f8b" stroke-width="2"/></svg>'});
  }

  /**
   * Each field report on its point, or, where an incident's symbol (or another report) is there, beside it with a
   * line back to the point, so that both can be seen and clicked.
   */
  function placeFieldReports() {
    const taken = symbolsDrawn.map(s => P.around(map.latLngToContainerPoint(s.latlng), s.size, s.size, 2));
    for (const f of fieldMarkers) {
      const pt = map.latLngToContainerPoint(f.marker.getLatLng());
      const spot = [P.around(pt, FIELD, FIELD, 1), ...context.ring(pt, FIELD + 2, FIELD + 2)]
        .find(b => !taken.some(t => P.overlaps(b, t)));
      const b = spot || P.around(pt, FIELD, FIELD, 1);
      taken.push(b);
      f.dx = Math.round((b.x0 + b.x1) / 2 - pt.x);
      f.dy = Math.round((b.y0 + b.y1) / 2 - pt.y);
      f.marker.setIcon(fieldIcon(f.dx, f.dy));
      if (f.marker.getElement()) f.marker.getElement().dataset.offset = f.dx + ',' + f.dy;
    }
  }

  /** The field reports with a location, as squares with the observer's words on click. */
  async function drawFieldReports() {
    fieldLayer.clearLayers();
    fieldMarkers = [];
    try {
      const r = await api('/api/field-reports');
      for (const f of r.items) {
        if (!f.location) continue;
        // below the incidents: a line back to a moved square never covers an incident's symbol
        const m = L.marker([f.location.lat, f.location.lon], {icon: fieldIcon(0, 0), zIndexOffset: -1000});
        m.bindPopup(() => el('div', {}, el('strong', {}, 'Field report: ' + (f.kind || 'observation')),
          el('div', {class: 'muted'}, (f.observer || '') + ', ' + (f.time || '') + ', ' + f.location.name),
          el('p', {}, f.text || '')));
        const entry = {row: f, marker: m, dx: 0, dy: 0};
        m.on('add', () => {
          m.getElement().dataset.offset = entry.dx + ',' + entry.dy;
        });
        fieldMarkers.push(entry);
        fieldLayer.addLayer(m);
      }
    } catch (e) {
      console.warn('field reports not loaded', e);
    }
    placeFieldReports();
    drawLabels();
    document.getElementById('map').dataset.fieldReports = String(fieldMarkers.length);
    return fieldMarkers.length;
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
      context.drawAreas();
      drawLegend(incidents);
      TWCharts.timeline(document.getElementById('timeline'), incidents, truces.items);
      drawTable(tbody, incidents);
      // The field-report layer, then the legend again with its count.
      drawFieldReports().then(() => drawLegend(incidents));
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

  /**
   * How exact a location is, as the map draws it: a place is a solid dot; a district a dot in a dashed ring; a
   * region a hollow diamond; a country a large faint dashed circle marked "?", so that a country's centroid never
   * looks like a place.
   */
  const PRECISION = {
    place: {label: 'place (town, village)', size: 14},
    district: {label: 'district (somewhere in it)', size: 20},
    region: {label: 'region or province (somewhere in it)', size: 22},
    country: {label: 'country only (position unknown)', size: 34},
  };

  function precisionOf(i) {
    const p = i.location && i.location.precision;
    return PRECISION[p] ? p : 'place';
  }

  /** The symbol of one incident: its precision's shape, in its alleged perpetrator's colour, sized by sources. */
  function symbol(precision, fill, sources) {
    const extra = Math.min(8, Math.max(0, (sources || 1) - 1) * 3); // independent sources, not copies
    const size = PRECISION[precision].size + extra;
    const c = size / 2;
    let shape;
    if (precision === 'place') {
      shape = `<circle cx="${c}" cy="${c}" r="${c - 1.5}" fill="${fill}" stroke="#fff" stroke-width="1.5"/>`;
    } else if (precision === 'district') {
      shape = `<circle cx="${c}" cy="${c}" r="${c - 1.5}" fill="${fill}" fill-opacity="0.25" stroke="${fill}" ` +
        `stroke-width="1.5" stroke-dasharray="3,2"/><circle cx="${c}" cy="${c}" r="${Math.max(3, c / 3)}" ` +
        `fill="${fill}" stroke="#fff"/>`;
    } else if (precision === 'region') {
      shape = `<path d="M${c},1.5 L${size - 1.5},${c} L${c},${size - 1.5} L1.5,${c} Z" fill="${fill}" ` +
        `fill-opacity="0.2" stroke="${fill}" stroke-width="2"/>`;
    } else {
      shape = `<circle cx="${c}" cy="${c}" r="${c - 1.5}" fill="${fill}" fill-opacity="0.12" stroke="${fill}" ` +
        `stroke-width="1.5" stroke-dasharray="5,4"/><text x="${c}" y="${c + 5}" text-anchor="middle" ` +
        `font-size="14" font-weight="700" fill="${fill}">?</text>`;
    }
    return {size, html: `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${shape}</svg>`};
  }

  let located = [];  // the incidents with a location, as last loaded

  function drawMarkers(incidents) {
    located = incidents.filter(i => i.location);
    // A chosen conflict keeps its profile's view; across all conflicts the view follows the incidents.
    const bounds = located.map(i => [i.location.lat, i.location.lon]);
    if (bounds.length && !params().get('conflict')) map.fitBounds(bounds, {padding: [30, 30], maxZoom: 9});
    cluster();
    placeFieldReports();
    drawLabels();
  }

  /**
   * Markers drawn where they do not overlap; those that would (closer than RADIUS pixels at this zoom) are one
   * cluster marker showing how many incidents it holds. A click on a cluster zooms in to them, or, where they
   * cannot be told apart (one place), lists them.
   */
  const RADIUS = 28;
  function cluster() {
    markers.clearLayers();
    symbolsDrawn = [];
    const groups = [];
    for (const i of located) {
      const pt = map.latLngToLayerPoint([i.location.lat, i.location.lon]);
      const g = groups.find(x => x.pt.distanceTo(pt) < RADIUS);
      if (g) {
        g.items.push(i);
      } else {
        groups.push({pt, items: [i]});
      }
    }
    for (const g of groups) {
      const s = g.items.length === 1 ? single(g.items[0]) : group(g.items);
      s.marker.addTo(markers);
      symbolsDrawn.push({latlng: s.marker.getLatLng(), size: s.size});
    }
    document.getElementById('map').dataset.markers = String(groups.length);
  }

  function single(i) {
    const precision = precisionOf(i);
    const s = symbol(precision, colour(i.perpetrator), i.independent_sources);
    const m = L.marker([i.location.lat, i.location.lon], {icon: L.divIcon({html: s.html, iconSize: [s.size, s.size],
      className: 'incident-marker precision-' + precision}), keyboard: true,
      title: i.date + ' ' + (i.subtype || i.type) + ', ' + i.location.name});
    m.on('add', () => {
      const e = m.getElement();
      e.dataset.incident = i.id;
      e.dataset.precision = precision;
      e.dataset.sources = String(i.independent_sources);
    });
    // Leaflet reads a string tooltip as HTML: a text node keeps a place name as text
    m.bindTooltip(TW.textLabel(i.date + ' ' + (i.subtype || i.type) + ', ' + i.location.name));
    m.bindPopup(() => el('div', {},
      el('strong', {}, (i.subtype || i.type).replace(/_/g, ' ') + ' at ' + i.location.name), el('br'),
      i.date + ', alleged perpetrator: ' + (i.perpetrator || 'not established'), el('br'),
      'located to: ' + PRECISION[precision].label, el('br'),
      'standing: ' + i.standing + '; ' + i.independent_sources + ' independent source' +
        (i.independent_sources === 1 ? '' : 's'), el('br'),
      el('a', {href: incidentHref(i.id)}, 'claims, denials and sources')));
    return {marker: m, size: s.size};
  }

  function group(items) {
    const lat = items.reduce((a, i) => a + i.location.lat, 0) / items.length;
    const lon = items.reduce((a, i) => a + i.location.lon, 0) / items.length;
    const n = items.length;
    const size = n < 10 ? 30 : n < 100 ? 36 : 42;
    const parties = [...new Set(items.map(i => i.perpetrator || 'unattributed'))];
    const edge = parties.length === 1 ? colour(parties[0]) : '#495057';
    const m = L.marker([lat, lon], {icon: L.divIcon({iconSize: [size, size], className: 'incident-cluster',
      html: `<div style="width:${size}px;height:${size}px;line-height:${size - 6}px;border-color:${edge}">${n}</div>`}),
      title: n + ' incidents here'});
    m.on('add', () => { m.getElement().dataset.count = String(n); });
    m.bindTooltip(TW.textLabel(n + ' incidents: ' + [...new Set(items.map(i => i.location.name))].join(', ')));
    const bounds = L.latLngBounds(items.map(i => [i.location.lat, i.location.lon]));
    const samePlace = bounds.getNorthEast().distanceTo(bounds.getSouthWest()) < 1;
    if (samePlace || map.getZoom() >= map.getMaxZoom()) {
      m.bindPopup(() => el('div', {class: 'cluster-list'}, el('strong', {}, n + ' incidents at ' +
        items[0].location.name), el('ul', {}, items.map(i => el('li', {}, el('a', {href: incidentHref(i.id)},
        i.date + ' ' + (i.subtype || i.type).replace(/_/g, ' ')), ' ' + (i.perpetrator || 'not established'))))));
    } else {
      m.on('click', () => map.fitBounds(bounds, {padding: [40, 40], maxZoom: map.getMaxZoom()}));
    }
    return {marker: m, size: size + 6}; // with its 3 px halo
  }

  function drawLegend(incidents) {
    const parties = [...new Set(incidents.map(i => i.perpetrator || 'unattributed'))].sort();
    const legend = document.getElementById('legend');
    const shapes = Object.keys(PRECISION).map(p => el('span', {class: 'legend-symbol', 'data-precision': p},
      svgIcon(symbol(p, '#5c6670', 1)), PRECISION[p].label));
    legend.replaceChildren(
      el('div', {class: 'legend-row'}, el('span', {}, 'Alleged perpetrator:'),
        ...parties.map(p => el('span', {}, el('span', {class: 'swatch', style: 'background:' + colour(p)}), p))),
      el('div', {class: 'legend-row'}, el('span', {}, 'Located to:'), ...shapes),
      el('div', {class: 'legend-row'}, el('span', {class: 'legend-symbol'},
        svgIcon({size: 22, html: '<svg width="22" height="22"><circle cx="11" cy="11" r="10" fill="#fff" ' +
          'stroke="#495057" stroke-width="2"/><text x="11" y="15" text-anchor="middle" font-size="11">3</text></svg>'}),
        'incidents too close to tell apart at this zoom (click to zoom in)'),
        el('span', {}, 'larger symbol: more independent sources (copies of one story count once)')),
      el('div', {class: 'legend-row'}, el('label', {class: 'legend-toggle'}, fieldToggle(),
        svgIcon({html: '<svg width="14" height="14"><rect x="1" y="1" width="12" height="12" fill="#fff" ' +
          'stroke="#1f6f8b" stroke-width="2"/><path d="M4 7h6M7 4v6" stroke="#1f6f8b" stroke-width="2"/></svg>'}),
        'field reports (' + (document.getElementById('map').dataset.fieldReports || 0) + ')'),
        el('span', {}, el('span', {class: 'area-swatch line'}), 'line of contact'),
        el('span', {}, el('span', {class: 'area-swatch'}), 'named area (approximate)')));
  }

  function fieldToggle() {
    const box = el('input', {type: 'checkbox', id: 'field-reports-toggle'});
    box.checked = map.hasLayer(fieldLayer);
    box.addEventListener('change', () => {
      if (box.checked) fieldLayer.addTo(map); else fieldLayer.remove();
      drawLabels();
    });
    return box;
  }

  /** An SVG string of our own making (no text from the data) as an element. */
  function svgIcon(s) {
    const t = document.createElement('template');
    t.innerHTML = s.html;
    return t.content.firstChild;
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
            snippet(h.snippet),
            h.also_in && h.also_in.length ? el('div', {class: 'also-in'}, 'also in ',
              ...h.also_in.flatMap((a, k) => [k ? ', ' : '', el('a', {href: articleHref(a.article)},
                [a.outlet, a.title || a.article].filter(Boolean).join(': '))])) : null))),
          r.next_offset !== null ? el('p', {class: 'muted'}, 'First ' + r.items.length + ' shown.') : null);
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

  context.load();
  setUp().then(load);
  document.addEventListener('trucewatch:incidents', load); // live.js: incidents arrived or changed
  if (params().get('q')) {
    document.getElementById('q').value = params().get('q');
    search(params().get('q'));
  }
})();
