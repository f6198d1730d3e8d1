/* One incident: what is alleged, every claim and denial, and the source sentences marked inside their articles. */
'use strict';

(async () => {
  const {el, api, params, colour, conflicts, markedText, articleHref, fail} = TW;
  await conflicts(); // the sides' colours
  const page = document.getElementById('page');
  const id = params().get('id');
  if (!id) {
    page.replaceChildren(el('p', {class: 'error'}, 'No incident named: add ?id=... to the address.'));
    return;
  }
  try {
    const i = await api('/api/incidents/' + encodeURIComponent(id));
    const what = (i.subtype || i.type).replace(/_/g, ' ');
    const place = i.location ? i.location.name + (i.location.admin1 ? ' (' + i.location.admin1 + ')' : '') : null;
    document.title = what + (place ? ' at ' + place : '') + ', ' + i.date + ' - TruceWatch';
    page.replaceChildren(
      el('h2', {id: 'incident-title'}, 'Alleged ' + what + (place ? ' at ' + place : '') + ', ' + i.date +
        (i.date_end ? ' to ' + i.date_end : '')),
      el('p', {},
        el('span', {class: 'swatch', style: 'background:' + colour(i.perpetrator)}),
        'Alleged perpetrator: ' + (i.perpetrator || 'not established') + '. ',
        'Standing: ', el('span', {class: 'standing ' + i.standing}, i.standing), '. ',
        i.independent_sources + ' independent source' + (i.independent_sources === 1 ? '' : 's') + '. ',
        i.ceasefire ? 'Ceasefire in force: ' + i.ceasefire + '. ' : 'No ceasefire in force. ',
        i.killed !== null ? 'Killed (highest figure given): ' + i.killed + '. ' : '',
        i.wounded !== null ? 'Wounded: ' + i.wounded + '. ' : '',
        el('span', {class: 'muted'}, i.id)),
      el('section', {class: 'panel'}, el('h3', {}, 'Claims and denials'), claimsTable(i)),
      el('section', {class: 'panel sources', style: 'margin-top:12px'},
        el('h3', {}, 'Sources, with the evidence sentences marked'),
        el('p', {class: 'legend'}, el('mark', {class: 'ev event'}, 'event'), el('mark', {class: 'ev claim'},
          'claim'), el('mark', {class: 'ev denial'}, 'denial')),
        ...i.sources.map(s => el('article', {class: 'source', 'data-article': s.id},
          el('h4', {}, el('a', {href: articleHref(s.id)}, s.title || s.id)),
          el('p', {class: 'muted'}, [s.outlet, s.published, s.url].filter(Boolean).join(' | ')),
          markedText(s.body, s.marks)))));
  } catch (e) {
    fail(page, e);
  }

  function claimsTable(i) {
    const rows = [...i.allegations, ...i.acknowledgements, ...i.denials];
    if (rows.length === 0) return el('p', {class: 'muted'}, 'No speaker was named for this incident.');
    return el('table', {class: 'claims'},
      el('thead', {}, el('tr', {}, el('th', {}, 'stance'), el('th', {}, 'who'), el('th', {}, 'side'),
        el('th', {}, 'relayed by'), el('th', {}, 'sentence'))),
      el('tbody', {}, rows.map(c => el('tr', {class: 'claim ' + c.stance},
        el('td', {class: 'stance'}, c.stance), el('td', {}, c.actor), el('td', {}, c.side ? TW.sideName(c.side) : ''),
        el('td', {}, c.via || ''),
        el('td', {}, el('a', {href: articleHref(c.article, c.evidence.start, c.evidence.end)}, c.evidence.sentence))))));
  }
})();
