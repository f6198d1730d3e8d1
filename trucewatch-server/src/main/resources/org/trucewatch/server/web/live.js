/* Live updates: subscribes to /api/stream (Server-Sent Events). Each incident that appears or changes is listed in
   "Just in" (newest first, with a link to its page) and the page is told to reload its lists: a
   'trucewatch:incidents' event on document, at most once every two seconds however many arrive. The browser's
   EventSource reconnects by itself after a break, and the page opens a new one when it comes back from the
   back/forward cache; the badge says whether the stream is up. */
'use strict';

(() => {
  if (!window.EventSource) return;
  const {el, incidentHref} = TW;
  const KEEP = 10;
  const badge = el('span', {id: 'live', class: 'live-badge muted', title: 'new and changed incidents arrive by themselves'},
      'live: connecting');
  document.querySelector('header.top').appendChild(badge);
  const list = el('ul', {class: 'live-list'});
  const panel = el('section', {id: 'live-panel', class: 'panel live-panel', hidden: true},
      el('h2', {}, 'Just in'), list);
  const grid = document.querySelector('main .grid');
  if (grid) grid.before(panel);

  let timer = null;
  function refreshSoon() {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      document.dispatchEvent(new CustomEvent('trucewatch:incidents'));
    }, 2000);
  }

  function show(change, i) {
    const place = i.location ? i.location.name : 'place unknown';
    const what = (i.subtype || i.type || 'incident').replace(/_/g, ' ');
    const item = el('li', {'data-incident': i.id},
        el('span', {class: 'live-change'}, change), ' ',
        el('a', {href: incidentHref(i.id)}, what + ' at ' + place + (i.date ? ' on ' + i.date : '')),
        ' ', el('span', {class: 'muted'}, i.standing + (i.perpetrator ? ', alleged: ' + i.perpetrator : '')));
    const old = list.querySelector('li[data-incident="' + CSS.escape(i.id) + '"]');
    if (old) old.remove();
    list.prepend(item);
    while (list.children.length > KEEP) list.lastChild.remove();
    panel.hidden = false;
  }

  function handlers(source) {
    source.onopen = () => { badge.textContent = 'live'; badge.classList.remove('live-down'); };
    source.onerror = () => { badge.textContent = 'live: reconnecting'; badge.classList.add('live-down'); };
    source.addEventListener('incident', ev => {
      try {
        const data = JSON.parse(ev.data);
        show(data.change, data.incident);
        refreshSoon();
      } catch (e) {
        console.warn('live: unreadable event', e);
      }
    });
    source.addEventListener('removed', ev => {
      try {
        const id = JSON.parse(ev.data).id;
        const li = list.querySelector('li[data-incident="' + CSS.escape(id) + '"]');
        if (li) li.remove();
      } catch (e) {
        console.warn('live: unreadable event', e);
      }
      refreshSoon();
    });
    return source;
  }

  let source = handlers(new EventSource('/api/stream'));
  // a page left for another (and kept in the back/forward cache) gives its connection back: Chromium allows six
  // per host, and streams held by earlier pages stall the next page's requests
  window.addEventListener('pagehide', () => source.close());
  // back from that cache, the page opens a stream again and reloads its lists for what it missed while away
  window.addEventListener('pageshow', ev => {
    if (!ev.persisted) return;
    badge.textContent = 'live: connecting';
    source = handlers(new EventSource('/api/stream'));
    refreshSoon();
  });
})();
