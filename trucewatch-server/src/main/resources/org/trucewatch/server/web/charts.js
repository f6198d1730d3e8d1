/* Small SVG charts of the dashboard: incidents per day with truce periods, casualty figures per claimant. */
'use strict';

const TWCharts = (() => {
  const {svg, el, colour, sideName} = TW;
  const TRUCE_FILLS = ['#e6f4ea', '#d8efe0'];
  const DAY_MS = 86400000;

  function dayNumber(iso) {
    return Math.round(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / DAY_MS);
  }

  function isoOf(n) {
    return new Date(n * DAY_MS).toISOString().slice(0, 10);
  }

  /** The truce in force on a day: the latest started on or before it, unless it had ended. */
  function truceOn(truces, day) {
    let found = null;
    for (const t of truces) {
      if (dayNumber(t.start) <= day && (!found || dayNumber(t.start) >= dayNumber(found.start))) found = t;
    }
    if (found && found.end && dayNumber(found.end) < day) return null;
    return found;
  }

  /**
   * Incidents per day, stacked by alleged perpetrator, on a broken axis: only days with incidents are drawn, and a
   * stretch without any becomes one narrow column saying how many days it skips. Days under a truce are shaded.
   */
  function timeline(box, incidents, truces) {
    const byDay = new Map();
    for (const i of incidents) {
      const d = dayNumber(i.date);
      if (!byDay.has(d)) byDay.set(d, new Map());
      const p = i.perpetrator || 'unattributed';
      byDay.get(d).set(p, (byDay.get(d).get(p) || 0) + 1);
    }
    const days = [...byDay.keys()].sort((a, b) => a - b);
    if (days.length === 0) {
      box.replaceChildren(el('p', {class: 'muted'}, 'No incidents in this selection.'));
      return;
    }
    const cols = [];
    days.forEach((d, k) => {
      if (k > 0 && d - days[k - 1] > 1) cols.push({gap: d - days[k - 1] - 1, day: days[k - 1] + 1});
      cols.push({day: d});
    });
    const G = 30, H = 150, TOP = 30, BOTTOM = 40;
    const gaps = cols.filter(c => c.gap).length;
    // Columns widen to fill the panel, up to a width where one bar still reads as one day.
    const W = Math.max(22, Math.min(48, ((box.clientWidth || 400) - 40 - gaps * G) / (cols.length - gaps)));
    const max = Math.max(...days.map(d => [...byDay.get(d).values()].reduce((a, b) => a + b, 0)));
    const width = cols.reduce((w, c) => w + (c.gap ? G : W), 0) + 30;
    const root = svg('svg', {width, height: H + TOP + BOTTOM, class: 'timeline', role: 'img',
      'aria-label': 'incidents per day'});
    // Labels are written in order of importance; a later one that would overlap an earlier one is left out (day
    // numbers) or moved to a second row (truce names) by place() once the chart is in the page and can be measured.
    const labels = [];
    const label = (attrs, text, priority, full) => {
      const node = svg('text', attrs, text);
      if (full) node.appendChild(svg('title', {}, full));
      labels.push({node, priority, full});
      return node;
    };
    const stretches = [];
    let x = 24, lastTruce = null, lastYear = null, lastMonth = null;
    root.appendChild(svg('text', {x: 2, y: TOP + 8, class: 'axis-label'}, String(max)));
    root.appendChild(svg('text', {x: 2, y: TOP + H, class: 'axis-label'}, '0'));
    for (const c of cols) {
      const w = c.gap ? G : W;
      const t = truceOn(truces, c.day);
      if (t) {
        root.appendChild(svg('rect', {x, y: TOP, width: w, height: H, fill: TRUCE_FILLS[truces.indexOf(t) % 2],
          class: 'truce'}, svg('title', {}, 'in force: ' + t.name)));
        if (t !== lastTruce) stretches.push({t, x, w: 0});
        stretches[stretches.length - 1].w += w;
      }
      lastTruce = t;
      if (c.gap) {
        root.appendChild(label({x: x + w / 2, y: TOP + H + 12, 'text-anchor': 'middle', class: 'axis-label gap-label'},
          gapText(c.gap), 1, c.gap + ' day' + (c.gap === 1 ? '' : 's') + ' without incidents, ' + isoOf(c.day) +
          ' to ' + isoOf(c.day + c.gap - 1)));
        root.appendChild(svg('line', {x1: x + w / 2, x2: x + w / 2, y1: TOP, y2: TOP + H, stroke: '#c3c9cf',
          'stroke-dasharray': '2,3'}));
        lastMonth = null;
      } else {
        let y = TOP + H;
        const parties = [...byDay.get(c.day).entries()].sort();
        for (const [p, n] of parties) {
          const h = n / max * (H - 4);
          y -= h;
          root.appendChild(svg('rect', {x: x + 3, y, width: w - 6, height: h, fill: colour(p), class: 'bar',
            'data-day': isoOf(c.day), 'data-party': p}, svg('title', {}, isoOf(c.day) + ': ' + n + ' ' + p)));
        }
        const iso = isoOf(c.day);
        root.appendChild(label({x: x + w / 2, y: TOP + H + 12, 'text-anchor': 'middle', class: 'axis-label'},
          String(Number(iso.slice(8, 10))), 3, iso));
        const month = iso.slice(0, 7);
        if (month !== lastMonth) {
          root.appendChild(label({x: x + 2, y: TOP + H + 24, class: 'axis-label'},
            MONTHS[Number(iso.slice(5, 7)) - 1], 2, month));
        }
        lastMonth = month;
        if (iso.slice(0, 4) !== lastYear) {
          root.appendChild(label({x: x + 2, y: TOP + H + 36, class: 'axis-label'}, iso.slice(0, 4), 0));
        }
        lastYear = iso.slice(0, 4);
      }
      x += w;
    }
    const truceLabels = stretches.map(s => {
      const node = svg('text', {x: s.x + 2, y: TOP - 4, class: 'axis-label truce-label'}, s.t.name,
        svg('title', {}, s.t.name + ' (' + s.t.start + (s.t.end ? ' to ' + s.t.end : '') + ')'));
      root.appendChild(node);
      return node;
    });
    const legend = el('div', {class: 'legend'}, el('span', {}, el('span', {class: 'swatch truce'}),
      'ceasefire in force (register)'), el('span', {}, 'columns: days with incidents; "+3w", "+2mo", "+2.9y" ' +
      'skip that long without any (hover for the dates)'));
    box.replaceChildren(root, legend);
    place(root, labels, truceLabels, width, TOP);
  }

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  /** A stretch of days without incidents, short enough for a narrow column: 9d, 3w, 5mo, 2.9y. */
  function gapText(days) {
    if (days < 14) return '+' + days + 'd';
    if (days < 61) return '+' + Math.round(days / 7) + 'w';
    if (days < 730) return '+' + Math.round(days / 30.44) + 'mo';
    return '+' + (days / 365.25).toFixed(days < 3650 ? 1 : 0) + 'y';
  }

  function boxOf(node) {
    const b = node.getBBox();
    return {x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height};
  }

  function overlaps(a, b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  }

  /**
   * Leaves out axis labels that would overlap one of higher priority (years, then gaps, then months, then days),
   * and sets truce names on two staggered rows, each cut with an ellipsis only where it would run into the next one
   * on its row or off the chart; the full name stays in its title (shown on hover).
   */
  function place(root, labels, truceLabels, width, top) {
    if (!root.isConnected || root.getBBox().width === 0) return;
    const kept = [];
    for (const l of [...labels].sort((a, b) => a.priority - b.priority)) {
      const b = boxOf(l.node);
      if (kept.some(k => overlaps(k, b))) l.node.remove(); else kept.push(b);
    }
    const rowEnds = [-Infinity, -Infinity];
    truceLabels.forEach((node, k) => {
      const x = Number(node.getAttribute('x'));
      let row = rowEnds[0] <= x ? 0 : rowEnds[1] <= x ? 1 : (rowEnds[0] <= rowEnds[1] ? 0 : 1);
      node.setAttribute('y', String(top - 4 - row * 13));
      // Room up to the truce label after next (the next one takes the other row when this one runs past it).
      const after = truceLabels[k + 2];
      const limit = Math.min(width - 2, after ? Number(after.getAttribute('x')) - 8 : Infinity);
      const textNode = node.firstChild;
      const full = textNode.nodeValue;
      let n = full.length;
      while (n > 1 && x + node.getComputedTextLength() > limit) {
        n--;
        textNode.nodeValue = full.slice(0, n) + '\u2026';
      }
      if (x + node.getComputedTextLength() > limit) node.remove();
      rowEnds[row] = x + node.getComputedTextLength() + 4;
    });
  }

  const KINDS = {military: 'military', civilians: 'civilian'};

  /** Who a figure counts: military, civilian, or people unspecified. */
  function kindOf(p) {
    return KINDS[p.victims] || 'unspecified';
  }

  /**
   * Killed figures over time, one series per side and kind of victim (military, civilian, unspecified): a side's
   * ministries and spokesmen are one series (each point names its claimant on hover), and military and civilian
   * figures are never joined by one line. Figures whose claimant has no side are points only: joined, they would
   * read as one source's series. A log scale when figures differ by orders of magnitude; both axes cover every point.
   */
  function casualties(box, series, from, to) {
    const groups = new Map();
    for (const s of series) {
      for (const p of s.points) {
        if (p.killed === null || p.killed === undefined || (from && p.date < from) || (to && p.date > to)) continue;
        const side = s.side ? sideName(s.side) : 'unattributed';
        const key = side + '|' + kindOf(p);
        if (!groups.has(key)) groups.set(key, {side, kind: kindOf(p), pts: []});
        groups.get(key).pts.push({...p, claimant: s.claimant});
      }
    }
    const lines = [...groups.values()].sort((a, b) => (a.side + a.kind).localeCompare(b.side + b.kind));
    lines.forEach(l => l.pts.sort((a, b) => a.date.localeCompare(b.date) || a.killed - b.killed));
    if (lines.length === 0) {
      box.replaceChildren(el('p', {class: 'muted'}, 'No casualty figures in this selection.'));
      return;
    }
    const all = lines.flatMap(l => l.pts);
    let d0 = Math.min(...all.map(p => dayNumber(p.date)));
    let d1 = Math.max(...all.map(p => dayNumber(p.date)));
    if (d0 === d1) { d0 -= 1; d1 += 1; }
    const vmax = Math.max(1, ...all.map(p => p.killed));
    const vmin = Math.max(1, Math.min(...all.map(p => p.killed)));
    const log = vmax / vmin > 50;
    // The top of the axis: the next power of ten (log) or a round number at or above the largest figure.
    const step = Math.pow(10, Math.floor(Math.log10(vmax)));
    const top = log ? Math.pow(10, Math.ceil(Math.log10(vmax + 1))) : Math.ceil(vmax / step) * step;
    const W = Math.max(320, box.clientWidth || 480), H = 180, L = 44, R = 16, T = 10, B = 24, PAD = 8;
    const fx = d => L + PAD + (d - d0) / (d1 - d0) * (W - L - R - 2 * PAD);
    const fy = v => T + (H - T - B) * (1 - (log ? Math.log10(v + 1) / Math.log10(top + 1) : v / top));
    const root = svg('svg', {width: W, height: H, class: 'casualty-chart', role: 'img',
      'aria-label': 'casualty figures by side', 'data-top': top, 'data-from': isoOf(d0), 'data-to': isoOf(d1)});
    root.appendChild(svg('line', {x1: L, x2: W - R, y1: H - B, y2: H - B, stroke: '#c3c9cf'}));
    const ticks = log ? [1, 10, 100, 1000, 10000, 100000].filter(v => v <= top) : [0, top / 2, top];
    for (const v of ticks) {
      root.appendChild(svg('text', {x: 2, y: fy(v) + 3, class: 'y-tick'}, String(v)));
      root.appendChild(svg('line', {x1: L, x2: W - R, y1: fy(v), y2: fy(v), stroke: '#eef0f2'}));
    }
    root.appendChild(svg('text', {x: L, y: H - 6}, isoOf(d0)));
    root.appendChild(svg('text', {x: W - R, y: H - 6, 'text-anchor': 'end'}, isoOf(d1)));
    const legend = el('div', {class: 'legend'}, el('span', {}, 'killed, by side of the claimant' +
      (log ? ' (log scale)' : '') + '; solid: military, dashed: civilian, dotted: unspecified:'));
    const DASH = {military: '', civilian: '6,3', unspecified: '2,3'};
    const SHAPE = {military: 'circle', civilian: 'rect', unspecified: 'diamond'};
    for (const l of lines) {
      const c = colour(l.side);
      const joined = l.side !== 'unattributed';
      // One point a day: the largest figure given that day by the side's claimants; every figure is still marked.
      const byDay = new Map();
      for (const p of l.pts) byDay.set(p.date, Math.max(byDay.get(p.date) || 0, p.killed));
      const path = [...byDay.entries()].map(([d, v], j) => (j ? 'L' : 'M') + fx(dayNumber(d)).toFixed(1) + ',' +
        fy(v).toFixed(1)).join(' ');
      if (joined) {
        root.appendChild(svg('path', {d: path, fill: 'none', stroke: c, 'stroke-width': 2, 'stroke-dasharray':
          DASH[l.kind], class: 'casualty-series', 'data-side': l.side, 'data-kind': l.kind}));
      }
      for (const p of l.pts) {
        const cx = fx(dayNumber(p.date)), cy = fy(p.killed);
        const tip = svg('title', {}, l.side + ', ' + l.kind + ', ' + p.date + ': ' +
          (p.qualifier ? p.qualifier + ' ' : '') + p.killed + ' killed' + (p.victims ? ' (' + p.victims + ')' : '') +
          ', claimed by ' + p.claimant);
        const attrs = {fill: c, class: 'casualty-point', 'data-side': l.side, 'data-kind': l.kind,
          'data-claimant': p.claimant, 'data-date': p.date, 'data-killed': p.killed};
        let mark;
        if (SHAPE[l.kind] === 'circle') mark = svg('circle', {...attrs, cx, cy, r: 3.5}, tip);
        else if (SHAPE[l.kind] === 'rect') mark = svg('rect', {...attrs, x: cx - 3.5, y: cy - 3.5, width: 7, height: 7}, tip);
        else mark = svg('path', {...attrs, d: `M${cx},${cy - 4.5}L${cx + 4.5},${cy}L${cx},${cy + 4.5}L${cx - 4.5},${cy}Z`}, tip);
        root.appendChild(mark);
      }
      const claimants = [...new Set(l.pts.map(p => p.claimant))];
      legend.appendChild(el('span', {title: 'claimants: ' + claimants.join('; ')},
        el('span', {class: 'swatch', style: 'background:' + c}), l.side + ', ' + l.kind + ' (' +
        claimants.length + ' claimant' + (claimants.length === 1 ? '' : 's') + (joined ? '' : ', points not joined: ' +
        'no side, so no series') + ')'));
    }
    box.replaceChildren(root, legend);
  }

  return {timeline, casualties};
})();
