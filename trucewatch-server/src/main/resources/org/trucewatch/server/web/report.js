/* The daily situation report of a day (kept in the URL), as the server writes it. */
'use strict';

(async () => {
  const {params, setParams, api} = TW;
  const form = document.getElementById('day-form');
  let day = params().get('date');
  if (!day) {
    const c = params().get('conflict');
    const s = await api('/api/stats' + (c ? '?conflict=' + encodeURIComponent(c) : '')).catch(() => null);
    day = (s && s.last_day) || new Date().toISOString().slice(0, 10);
  }
  show(day);
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    if (form.elements.date.value) show(form.elements.date.value);
  });

  function show(d) {
    form.elements.date.value = d;
    setParams({date: d});
    // The dashboard's conflict, when it sent one, narrows the report to it.
    const c = params().get('conflict');
    // A time zone in the address (tz=Asia/Baku) is the report's; else the server's (UTC unless configured).
    const tz = params().get('tz');
    const q = '&date=' + encodeURIComponent(d) + (c ? '&conflict=' + encodeURIComponent(c) : '') +
      (tz ? '&tz=' + encodeURIComponent(tz) : '');
    // Every response says X-Frame-Options: DENY, so the report is fetched and shown as the frame's own document
    const token = sessionStorage.getItem('trucewatch-token');
    fetch('/api/reports/daily?format=html' + q, {headers: token ? {Authorization: 'Bearer ' + token} : {}})
      .then(r => r.text())
      .then(html => { document.getElementById('report').srcdoc = html; })
      .catch(e => TW.fail(document.getElementById('report').parentNode, e));
    document.getElementById('md').href = '/api/reports/daily?format=md' + q;
  }
})();
