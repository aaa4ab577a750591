// Live dashboard pages. A page that opts in with [data-live] is re-rendered in place (Blazor's enhanced
// navigation patches the DOM, so scroll position and focus survive) when the server announces new data
// over server-sent events. The freshness line's age keeps moving, and a failing sync shows up within a
// heartbeat even though it changes no data.
(() => {
  'use strict';
  const RELATIVE_EVERY_MS = 15000;
  let refreshing = false;

  const freshness = () => document.getElementById('freshness');
  const shownVersion = () => {
    const f = freshness();
    return f ? Number(f.dataset.version) : null;
  };
  const isLive = () => document.querySelector('[data-live]') !== null;
  // The grid's own data version. A page rendered while the reports for new data were still computing shows the
  // previous numbers (the server waits only FreshWait for them) under a freshness line that already names the new
  // version: such a page asks again when it hears of that version, until its numbers catch up.
  const numbersBehind = version => {
    const grid = document.querySelector('[data-live] #scorecard[data-version]');
    return grid !== null && Number(grid.dataset.version) < version;
  };

  async function refresh() {
    if (!isLive() || refreshing) return;
    refreshing = true;
    try {
      // Navigating to the page's own address with enhanced navigation fetches it again and patches the DOM in place.
      if (window.Blazor && typeof window.Blazor.navigateTo === 'function') {
        window.Blazor.navigateTo(location.href, { replaceHistoryEntry: true });
      } else {
        location.reload();
      }
    } finally {
      refreshing = false;
    }
  }

  function relative(ms) {
    const s = ms / 1000;
    if (s < 45) return 'just now';
    if (s < 90) return '1 min ago';
    if (s < 3600) return `${Math.round(s / 60)} min ago`;
    if (s < 5400) return '1 hour ago';
    if (s < 86400) return `${Math.round(s / 3600)} hours ago`;
    return `${Math.round(s / 86400)} days ago`;
  }

  // The server renders the age with its own clock; from then on the browser moves it along.
  const renderedAt = new WeakMap();
  function updateRelative() {
    for (const t of document.querySelectorAll('time[data-relative][datetime]')) {
      const at = Date.parse(t.getAttribute('datetime'));
      if (Number.isNaN(at)) continue;
      if (!renderedAt.has(t)) renderedAt.set(t, { text: t.textContent, shown: Date.now() });
      const first = renderedAt.get(t);
      // Until a minute has passed on this page, keep the server's words (its clock may differ from ours).
      if (Date.now() - first.shown < 60000) continue;
      const serverAge = Date.now() - first.shown;
      t.textContent = 'synced ' + relative(Math.max(0, serverAge + ageAtRender(first.text)));
    }
  }

  // Reads back "synced 12 min ago" as milliseconds, so the count continues from the server's figure.
  function ageAtRender(text) {
    const m = /(\d+) (min|hour|hours|day|days) ago/.exec(text);
    if (!m) return text.includes('1 min ago') ? 60000 : 0;
    const n = Number(m[1]);
    return m[2].startsWith('min') ? n * 60000 : m[2].startsWith('hour') ? n * 3600000 : n * 86400000;
  }

  async function checkFreshness() {
    const f = freshness();
    if (!f || !isLive()) return;
    try {
      const response = await fetch('/dashboard/freshness', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const now = await response.json();
      const shownFailing = f.classList.contains('failing');
      const shownSynced = f.querySelector('time')?.getAttribute('datetime') || null;
      if (now.failing !== shownFailing || (now.synced_utc || null) !== shownSynced || now.data_version !== shownVersion()
          || numbersBehind(now.data_version)) {
        await refresh();
      }
    } catch {
      // The server is unreachable: the event stream's error handler marks the page stale.
    }
  }

  function connect() {
    if (!freshness()) return;
    const source = new EventSource('/api/v1/events');
    source.addEventListener('hello', e => {
      freshness()?.classList.remove('stale');
      document.documentElement.dataset.live = 'connected';
      const v = JSON.parse(e.data).version;
      if (shownVersion() !== null && (v !== shownVersion() || numbersBehind(v))) refresh();
    });
    source.addEventListener('data-changed', e => {
      const v = JSON.parse(e.data).version;
      if (v !== shownVersion() || numbersBehind(v)) refresh();
    });
    source.addEventListener('heartbeat', checkFreshness);
    source.addEventListener('error', () => freshness()?.classList.add('stale'));
  }

  // A picker submits itself when changed (no inline handlers: the content security policy forbids them).
  document.addEventListener('change', e => {
    const el = e.target;
    if (el instanceof HTMLSelectElement && el.hasAttribute('data-autosubmit') && el.form) el.form.requestSubmit();
  });

  setInterval(updateRelative, RELATIVE_EVERY_MS);
  window.Blazor?.addEventListener?.('enhancedload', () => {
    updateRelative();
    document.dispatchEvent(new CustomEvent('scorecard:refreshed'));
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', connect); else connect();
})();
