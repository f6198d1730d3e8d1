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
    const place = i.location ? i.location.name + (i.location.admin1 && i.location.admin1 !== i.location.name ?
      ' (' + i.location.admin1 + ')' : '') : null;
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
      el('section', {class: 'panel', style: 'margin-top:12px'}, el('h3', {}, 'Mentions, where each was read'),
        mentionsTable(i)),
      el('section', {class: 'panel sources', style: 'margin-top:12px'},
        el('h3', {}, 'Sources, with the evidence sentences marked'),
        el('p', {class: 'legend'}, el('mark', {class: 'ev event'}, 'event'), el('mark', {class: 'ev claim'},
          'claim'), el('mark', {class: 'ev denial'}, 'denial')),
        ...i.sources.map(s => el('article', {class: 'source', 'data-article': s.id},
          el('h4', {}, el('a', {href: articleHref(s.id)}, s.title || s.id)),
          el('p', {class: 'muted provenance'}, where(s)),
          markedText(s.body, s.marks)))));
  } catch (e) {
    fail(page, e);
  }

  /** Outlet, publication date and URL of an article (or a claim's or mention's copy of those fields). */
  function where(a) {
    return [a.outlet || 'outlet not named',
      a.published ? 'published ' + a.published + (a.published_inferred ? ' (from another copy)' : '')
        : 'publication date unknown',
      a.url && /^https?:\/\//i.test(a.url) ? el('a', {href: a.url, rel: 'noopener noreferrer', class: 'url'}, a.url) : (a.url || 'no URL')]
      .flatMap((x, k) => k ? [' | ', x] : [x]);
  }

  function claimsTable(i) {
    const rows = [...i.allegations, ...i.acknowledgements, ...i.denials];
    if (rows.length === 0) return el('p', {class: 'muted'}, 'No speaker was named for this incident.');
    return el('div', {class: 'table-wrap'}, el('table', {class: 'claims reflow'},
      el('thead', {}, el('tr', {}, el('th', {}, 'stance'), el('th', {}, 'who'), el('th', {}, 'side'),
        el('th', {}, 'relayed by'), el('th', {}, 'sentence'), el('th', {}, 'source'))),
      el('tbody', {}, rows.map(c => el('tr', {class: 'claim ' + c.stance},
        el('td', {class: 'stance', 'data-label': 'stance'}, c.stance), el('td', {'data-label': 'who'}, c.actor),
        el('td', {'data-label': c.side ? 'side' : null}, c.side ? TW.sideName(c.side) : ''),
        el('td', {'data-label': c.via ? 'relayed by' : null}, c.via || ''),
        el('td', {class: 'sentence'}, el('a', {href: articleHref(c.article, c.evidence.start, c.evidence.end)},
          c.evidence.sentence)),
        el('td', {class: 'provenance', 'data-label': 'source'}, ...where(c),
          ' | date: ' + (c.date || 'undated') + ' (' + (c.date_basis || 'basis unknown') + ')',
          (c.also_in || []).length ? el('div', {class: 'also-in'}, 'also in ',
            ...c.also_in.flatMap((a, k) => [k ? ', ' : '', el('a', {href: articleHref(a.article)},
              [a.outlet, a.title || a.article].filter(Boolean).join(': '))])) : null))))));
  }

  /** Every mention: the event's date and how it was found, and the article it was read in. */
  function mentionsTable(i) {
    return el('div', {class: 'table-wrap'}, el('table', {class: 'mentions reflow'},
      el('thead', {}, el('tr', {}, el('th', {}, 'date'), el('th', {}, 'date from'), el('th', {}, 'article'),
        el('th', {}, 'outlet, publication, URL'))),
      el('tbody', {}, i.events.map(e => el('tr', {class: 'mention', 'data-event': e.id},
        el('td', {'data-label': 'date'}, e.date || 'undated'),
        el('td', {class: 'date-basis', 'data-label': 'date from'}, e.date_basis || 'unknown'),
        el('td', {'data-label': 'article'}, el('a', {href: articleHref(e.article, e.evidence.start, e.evidence.end)},
          e.article)),
        el('td', {class: 'provenance', 'data-label': 'source'}, ...where(e)))))));
  }
})();
