/* One article: its clean text, its events, and (from ?start=&end=) one span marked and scrolled to. */
'use strict';

(async () => {
  const {el, api, params, markedText, incidentHref, fail} = TW;
  const page = document.getElementById('page');
  const id = params().get('id');
  if (!id) {
    page.replaceChildren(el('p', {class: 'error'}, 'No article named: add ?id=... to the address.'));
    return;
  }
  try {
    const a = await api('/api/articles/' + id.split('/').map(encodeURIComponent).join('/'));
    const start = parseInt(params().get('start'), 10);
    const end = parseInt(params().get('end'), 10);
    const marks = Number.isInteger(start) && Number.isInteger(end) && start < end ? [{start, end, kind: 'event'}] : [];
    document.title = (a.title || a.id) + ' - TruceWatch';
    page.replaceChildren(
      el('h2', {}, a.title || a.id),
      el('p', {class: 'muted provenance'}, [a.outlet || 'outlet not named', a.published ? ('published ' + a.published +
        (a.published_inferred ? ' (from another copy of the story)' : '')) : 'publication date unknown', a.byline,
        a.url || 'no URL'].filter(Boolean).join(' | ')),
      markedText(a.body, marks),
      el('section', {class: 'panel', style: 'margin-top:12px'}, el('h3', {}, 'Events read from it'),
        a.events.length === 0 ? el('p', {class: 'muted'}, 'None.') :
          el('ul', {}, a.events.map(e => el('li', {}, (e.date || 'undated') + ': ' + e.type +
            (e.subtype ? ' (' + e.subtype.replace(/_/g, ' ') + ')' : '') +
            (e.location ? ' at ' + e.location.name : '') + (e.perpetrator ? ', alleged perpetrator ' + e.perpetrator : '') +
            ' (date from: ' + (e.date_basis || 'unknown') + ')' +
            ' - "' + e.evidence.sentence + '"')))));
    const m = page.querySelector('mark');
    if (m) m.scrollIntoView({block: 'center'});
  } catch (e) {
    fail(page, e);
  }
})();
