/* Where the map's labels and field-report squares go so that none covers an incident symbol: boxes in container
 * pixels, candidate positions around a point, the first candidate that collides with nothing. No Leaflet here. */
'use strict';

const TWMapPlace = (() => {
  let canvas = null;

  /** The width in pixels of a text in a CSS font (e.g. "italic 600 11px sans-serif"), as the browser draws it. */
  function textWidth(text, font) {
    canvas = canvas || document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    ctx.font = font;
    return Math.ceil(ctx.measureText(text).width);
  }

  /** The CSS font of the page's text at a size and style, for textWidth. */
  function font(size, style) {
    const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
    return (style ? style + ' ' : '') + size + 'px ' + family;
  }

  function box(x0, y0, w, h) {
    return {x0, y0, x1: x0 + w, y1: y0 + h};
  }

  /** A box of w by h centred on a point, grown by a margin. */
  function around(pt, w, h, margin) {
    const m = margin || 0;
    return box(pt.x - w / 2 - m, pt.y - h / 2 - m, w + 2 * m, h + 2 * m);
  }

  function overlaps(a, b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  }

  function contains(b, pt) {
    return pt.x >= b.x0 && pt.x <= b.x1 && pt.y >= b.y0 && pt.y <= b.y1;
  }

  /**
   * Boxes of w by h beside a core box (a symbol, or the point itself as an empty box), a gap away: right, left,
   * below, above, then the four corners; in that order, so that a label keeps its usual side when it can.
   */
  function beside(core, w, h, gap) {
    const g = gap || 0;
    const cy = (core.y0 + core.y1) / 2, cx = (core.x0 + core.x1) / 2;
    return [
      box(core.x1 + g, cy - h / 2, w, h),
      box(core.x0 - g - w, cy - h / 2, w, h),
      box(cx - w / 2, core.y1 + g, w, h),
      box(cx - w / 2, core.y0 - g - h, w, h),
      box(core.x1 + g, core.y1 + g, w, h),
      box(core.x0 - g - w, core.y1 + g, w, h),
      box(core.x1 + g, core.y0 - g - h, w, h),
      box(core.x0 - g - w, core.y0 - g - h, w, h),
    ];
  }

  /** The first candidate that overlaps none of the obstacles, or null when every one does. */
  function firstFree(candidates, obstacles) {
    return candidates.find(c => !obstacles.some(o => overlaps(c, o))) || null;
  }

  return {textWidth, font, box, around, overlaps, contains, beside, firstFree};
})();
