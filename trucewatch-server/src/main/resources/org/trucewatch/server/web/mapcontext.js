/* The map's offline context, drawn under the incidents from the server's own files (/geo/...): country outlines and
 * names, province outlines and names, place labels by population and zoom, the profiles' named areas. Every name is
 * placed clear of the incident symbols and of the names placed before it (TWMapPlace). */
'use strict';

const TWMapContext = (() => {
  const P = TWMapPlace;
  // Natural Earth names two features wrongly (geo/README.md): drawn, never labelled.
  const MISNAMED = new Set(['AZ-LAN', 'AZ-XA']);
  const AREAS_FROM = 5.5, PROVINCES_FROM = 7.5, COUNTRIES_UNTIL = 9;

  /** The centre of a polygon's outer ring (shoelace, in degrees: the areas drawn are small enough). */
  function centroid(ring) {
    let a = 0, x = 0, y = 0;
    for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) {
      const f = ring[j][0] * ring[k][1] - ring[k][0] * ring[j][1];
      a += f;
      x += (ring[j][0] + ring[k][0]) * f;
      y += (ring[j][1] + ring[k][1]) * f;
    }
    return a === 0 ? null : {lat: y / (3 * a), lon: x / (3 * a), area: Math.abs(a / 2)};
  }

  /** Where a feature's name goes: the centre of its largest polygon. */
  function labelPoint(geometry) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return polygons.map(p => centroid(p[0])).filter(Boolean).reduce((a, b) => (b.area > a.area ? b : a), {area: -1});
  }

  /** One name per feature (a name shared by a district and its town once, at the larger), with where it goes. */
  function names(features, nameOf) {
    const byName = new Map();
    for (const f of features) {
      const name = nameOf(f);
      const at = name && labelPoint(f.geometry);
      if (at && at.area > 0 && (!byName.has(name) || byName.get(name).area < at.area)) byName.set(name, {name, ...at});
    }
    return [...byName.values()].sort((a, b) => b.area - a.area);
  }

  /**
   * The context of one map. {@code obstacles()} gives the boxes (container pixels) names must not cover; {@code
   * conflict()} the profile whose named areas are drawn ('' for all). Call draw() after the map moves or the
   * symbols change, drawAreas() when the conflict does.
   */
  function create(map, el, obstacles, conflict) {
    map.createPane('context');
    // Above the country fills (overlay pane, 400), below the incidents (marker pane, 600).
    map.getPane('context').style.zIndex = 450;
    const countryLabels = L.layerGroup().addTo(map);
    const provinceLabels = L.layerGroup().addTo(map);
    const placeLabels = L.layerGroup().addTo(map);
    const areaLayer = L.layerGroup().addTo(map);
    const areaLabels = L.layerGroup().addTo(map);
    const box = map.getContainer();
    let places = [], areaRows = [], countries = [], provinces = [];
    const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], {type: 'region'}) : null;

    async function load() {
      try {
        const [countryShapes, admin1, placeRows, areas] = await Promise.all(['/geo/countries.geojson',
          '/geo/admin1-az-am.geojson', '/geo/places.json', '/geo/areas.json'].map(u => fetch(u).then(r => r.json())));
        L.geoJSON(countryShapes, {style: {color: '#8a96a3', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1},
          interactive: false}).addTo(map);
        L.geoJSON(admin1, {style: {color: '#b8c0c8', weight: 0.7, fill: false}, interactive: false}).addTo(map);
        countries = names(countryShapes.features, f => regionNames ? regionNames.of(f.properties.country)
          : f.properties.country);
        provinces = names(admin1.features.filter(f => !MISNAMED.has(f.properties.iso_3166_2)),
          f => f.properties.name);
        places = placeRows;
        areaRows = areas;
        drawAreas();
        draw();
      } catch (e) {
        console.warn('base map not loaded', e);
      }
    }

    /** Candidate boxes of w by h ever farther around a point, for a name that must find a free spot. */
    function ring(pt, w, h) {
      return [0, 10, 22, 36, 54].flatMap(d => P.beside(P.box(pt.x - d, pt.y - d, 2 * d, 2 * d), w, h, 3));
    }

    /** Inside the map's frame (a name cut by the edge reads as another name). */
    function inFrame(b) {
      const size = map.getSize();
      return b.x0 >= 0 && b.y0 >= 0 && b.x1 <= size.x && b.y1 <= size.y;
    }

    function free(b, taken) {
      return inFrame(b) && !taken.some(t => P.overlaps(b, t));
    }

    /** A name as a non-interactive label whose box (container pixels) is b. */
    function label(layer, latlng, pt, b, className, html) {
      layer.addLayer(L.marker(latlng, {pane: 'context', interactive: false, keyboard: false,
        icon: L.divIcon({className, iconSize: null, iconAnchor: [pt.x - b.x0, pt.y - b.y0], html})}));
    }

    /**
     * Every name, most telling first: countries (zoomed out), the named areas, places, provinces (zoomed in); none
     * over an incident's symbol, a field report or a name placed before it. A name whose spot is taken moves beside
     * it; one with no free spot near is left out (the symbols say more than the names).
     */
    function draw() {
      const taken = obstacles();
      const z = map.getZoom();
      const bounds = map.getBounds();
      drawCountries(taken, z, bounds);
      box.dataset.areaLabelsHidden = String(drawAreaLabels(taken, z));
      drawPlaces(taken, z, bounds.pad(0.1));
      drawProvinces(taken, z, bounds);
    }

    function drawCountries(taken, z, bounds) {
      countryLabels.clearLayers();
      if (z >= COUNTRIES_UNTIL) return;
      const font = P.font(12, '600');
      for (const c of countries) {
        if (!bounds.contains([c.lat, c.lon])) continue;
        const text = c.name.toUpperCase();
        const pt = map.latLngToContainerPoint([c.lat, c.lon]);
        const w = P.textWidth(text, font) + 2, h = 15;
        const b = [P.box(pt.x - w / 2, pt.y - h / 2, w, h), ...ring(pt, w, h)].find(x => free(x, taken));
        if (!b) continue;
        taken.push(b);
        label(countryLabels, [c.lat, c.lon], pt, b, 'country-label', el('span', {}, text));
      }
      box.dataset.countryLabels = String(countryLabels.getLayers().length);
    }

    function drawProvinces(taken, z, bounds) {
      provinceLabels.clearLayers();
      if (z < PROVINCES_FROM) return;
      const font = P.font(10, 'italic');
      for (const p of provinces) {
        if (!bounds.contains([p.lat, p.lon])) continue;
        const pt = map.latLngToContainerPoint([p.lat, p.lon]);
        const w = P.textWidth(p.name, font) + 2, h = 13;
        const b = [P.box(pt.x - w / 2, pt.y - h / 2, w, h), ...ring(pt, w, h).slice(0, 8)].find(x => free(x, taken));
        if (!b) continue;
        taken.push(b);
        label(provinceLabels, [p.lat, p.lon], pt, b, 'province-label', el('span', {}, p.name));
      }
      box.dataset.provinceLabels = String(provinceLabels.getLayers().length);
    }

    /** The labels of the places large enough for the zoom, in view, larger places first. */
    function drawPlaces(taken, z, bounds) {
      placeLabels.clearLayers();
      const small = P.font(11), large = P.font(12, '600');
      const symbols = obstacles();
      let n = 0;
      for (const p of places) {
        if (p.min_zoom > z || !bounds.contains([p.lat, p.lon])) continue;
        const big = p.population >= 300000;
        const pt = map.latLngToContainerPoint([p.lat, p.lon]);
        const w = P.textWidth(p.name, big ? large : small) + 2, h = 14;
        // Beside its own dot, right or left; where an incident's symbol covers the place, beside the symbol, no dot.
        const cover = symbols.find(b => P.contains(b, pt));
        const spots = cover ? P.beside(cover, w, h, 2).map(b => ({b, dot: ''}))
          : [{b: P.box(pt.x - 3, pt.y - h / 2, w + 8, h), dot: 'before'},
            {b: P.box(pt.x + 3 - w - 8, pt.y - h / 2, w + 8, h), dot: 'after'}];
        const spot = spots.find(s => free(s.b, taken));
        if (!spot) continue;
        taken.push(spot.b);
        const dot = el('span', {class: 'dot'});
        const html = spot.dot === 'before' ? el('span', {}, dot, p.name)
          : spot.dot === 'after' ? el('span', {}, p.name, el('span', {class: 'dot after'})) : el('span', {}, p.name);
        label(placeLabels, [p.lat, p.lon], pt, spot.b, 'place-label' + (big ? ' big' : '') +
          (spot.dot ? '' : ' moved'), html);
        if (++n >= 120) break;
      }
      box.dataset.placeLabels = String(n);
    }

    function shownAreas() {
      const c = conflict();
      return areaRows.filter(x => !c || x.conflict === c);
    }

    function isLine(a) {
      return /line of contact|front/i.test(a.name);
    }

    /** Each profile's named areas (a region, a line of contact, a corridor) as a dashed ring. */
    function drawAreas() {
      areaLayer.clearLayers();
      for (const a of shownAreas()) {
        const line = isLine(a);
        areaLayer.addLayer(L.circle([a.lat, a.lon], {pane: 'context', radius: line ? 45000 : 30000,
          interactive: false, color: line ? '#b23b3b' : '#6c5ba7', weight: line ? 2 : 1.2,
          dashArray: line ? '8,5' : '3,4', fill: !line, fillOpacity: 0.05, className: 'named-area'}));
      }
      box.dataset.areas = String(areaLayer.getLayers().length);
    }

    /**
     * The named areas' names, from a zoom where they do not pile up on one another: at their usual spot (a line's
     * below its centre), else the nearest free one around it. Returns how many found no spot.
     */
    function drawAreaLabels(taken, z) {
      areaLabels.clearLayers();
      if (z < AREAS_FROM) return 0;
      let hidden = 0;
      for (const a of shownAreas()) {
        const line = isLine(a);
        const pt = map.latLngToContainerPoint([a.lat, a.lon]);
        const w = P.textWidth(a.name, P.font(11, line ? 'italic 600' : 'italic')) + 2, h = 14;
        const usual = line ? P.box(pt.x, pt.y + 18, w, h) : P.box(pt.x, pt.y, w, h);
        const b = [usual, ...ring(pt, w, h)].find(x => free(x, taken));
        if (!b) {
          hidden++;
          continue;
        }
        taken.push(b);
        // the one kind of name with a tooltip: what the area is and where its point comes from
        areaLabels.addLayer(L.marker([a.lat, a.lon], {pane: 'context', keyboard: false,
          icon: L.divIcon({className: 'area-label' + (line ? ' line' : ''), iconSize: null,
            iconAnchor: [pt.x - b.x0, pt.y - b.y0], html: el('span', {}, a.name)})}).bindTooltip(a.note || a.name));
      }
      return hidden;
    }

    return {load, draw, drawAreas, ring};
  }

  return {create, labelPoint};
})();
