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
    const G = 26, H = 150, TOP = 18, BOTTOM = 40;
    const gaps = cols.filter(c => c.gap).length;
    // Columns widen to fill the panel, up to a width where one bar still reads as one day.
    const W = Math.max(22, Math.min(48, ((box.clientWidth || 400) - 40 - gaps * G) / (cols.length - gaps)));
    const max = Math.max(...days.map(d => [...byDay.get(d).values()].reduce((a, b) => a + b, 0)));
    const width = cols.reduce((w, c) => w + (c.gap ? G : W), 0) + 30;
    const root = svg('svg', {width, height: H + TOP + BOTTOM, class: 'timeline', role: 'img',
      'aria-label': 'incidents per day'});
    // A truce's name is written over its shaded stretch when the stretch is wide enough to hold some of it.
    const stretches = [];
    let x = 24, lastTruce = null, lastYear = null;
    root.appendChild(svg('text', {x: 2, y: TOP + 8}, String(max)));
    root.appendChild(svg('text', {x: 2, y: TOP + H}, '0'));
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
        root.appendChild(svg('text', {x: x + 3, y: TOP + H + 12}, '+' + c.gap + 'd'));
        root.appendChild(svg('line', {x1: x + w / 2, x2: x + w / 2, y1: TOP, y2: TOP + H, stroke: '#c3c9cf',
          'stroke-dasharray': '2,3'}));
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
        root.appendChild(svg('text', {x: x + 2, y: TOP + H + 12}, iso.slice(8, 10)));
        root.appendChild(svg('text', {x: x + 2, y: TOP + H + 23}, iso.slice(5, 7)));
        if (iso.slice(0, 4) !== lastYear) root.appendChild(svg('text', {x: x + 2, y: TOP + H + 35}, iso.slice(0, 4)));
        lastYear = iso.slice(0, 4);
      }
      x += w;
    }
    for (const s of stretches) {
      const chars = Math.floor((s.w - 4) / 5.5);
      if (chars >= 4) {
        const name = s.t.name.length <= chars ? s.t.name : s.t.name.slice(0, chars - 1) + '\u2026';
        root.appendChild(svg('text', {x: s.x + 2, y: TOP - 5, class: 'truce-label'}, name, svg('title', {}, s.t.name)));
      }
    }
    const legend = el('div', {class: 'legend'}, el('span', {}, el('span', {class: 'swatch truce'}),
      'ceasefire in force (register)'), el('span', {}, 'columns: days with incidents; "+Nd" skips days without'));
    box.replaceChildren(root, legend);
  }

  /** Killed figures per claimant over time; a log scale when figures differ by orders of magnitude. */
  function casualties(box, series, from, to) {
    const lines = [];
    for (const s of series) {
      const pts = s.points.filter(p => p.killed !== null && (!from || p.date >= from) && (!to || p.date <= to));
      if (pts.length) lines.push({claimant: s.claimant, side: s.side, pts});
    }
    if (lines.length === 0) {
      box.replaceChildren(el('p', {class: 'muted'}, 'No casualty figures in this selection.'));
      return;
    }
    const all = lines.flatMap(l => l.pts);
    let d0 = Math.min(...all.map(p => dayNumber(p.date)));
    let d1 = Math.max(...all.map(p => dayNumber(p.date)));
    if (d0 === d1) { d0 -= 1; d1 += 1; }
    const vmax = Math.max(...all.map(p => p.killed));
    const vmin = Math.max(1, Math.min(...all.map(p => p.killed)));
    const log = vmax / vmin > 50;
    const W = Math.max(360, box.clientWidth || 480), H = 170, L = 44, R = 12, T = 10, B = 22;
    const fx = d => L + (d - d0) / (d1 - d0) * (W - L - R);
    const fy = v => T + (H - T - B) * (1 - (log ? Math.log10(v + 1) / Math.log10(vmax + 1) : v / vmax));
    const root = svg('svg', {width: W, height: H, class: 'casualty-chart', role: 'img',
      'aria-label': 'casualty figures by claimant'});
    root.appendChild(svg('line', {x1: L, x2: W - R, y1: H - B, y2: H - B, stroke: '#c3c9cf'}));
    for (const v of (log ? [1, 10, 100, 1000, 10000].filter(v => v <= vmax * 1.01) : [0, Math.round(vmax / 2), vmax])) {
      root.appendChild(svg('text', {x: 2, y: fy(v) + 3}, String(v)));
      root.appendChild(svg('line', {x1: L, x2: W - R, y1: fy(v), y2: fy(v), stroke: '#eef0f2'}));
    }
    root.appendChild(svg('text', {x: L, y: H - 6}, isoOf(d0)));
    root.appendChild(svg('text', {x: W - R - 60, y: H - 6}, isoOf(d1)));
    const legend = el('div', {class: 'legend'}, el('span', {}, 'killed, as each claimant gave it' +
      (log ? ' (log scale)' : '') + ':'));
    lines.forEach((l, k) => {
      const c = colour(l.side ? sideName(l.side) : 'unattributed');
      const dash = ['', '5,3', '2,2', '8,3,2,3'][k % 4];
      const path = l.pts.map((p, j) => (j ? 'L' : 'M') + fx(dayNumber(p.date)).toFixed(1) + ',' +
        fy(p.killed).toFixed(1)).join(' ');
      root.appendChild(svg('path', {d: path, fill: 'none', stroke: c, 'stroke-width': 2, 'stroke-dasharray': dash}));
      for (const p of l.pts) {
        root.appendChild(svg('circle', {cx: fx(dayNumber(p.date)), cy: fy(p.killed), r: 3.5, fill: c,
          class: 'casualty-point'}, svg('title', {}, l.claimant + ', ' + p.date + ': ' +
          (p.qualifier ? p.qualifier + ' ' : '') + p.killed + ' killed' + (p.victims ? ' (' + p.victims + ')' : ''))));
      }
      legend.appendChild(el('span', {}, el('span', {class: 'swatch', style: 'background:' + c}), l.claimant));
    });
    box.replaceChildren(root, legend);
  }

  return {timeline, casualties};
})();
