// Reads the wallboard key from the address's fragment (never sent to any server), swaps it for a cookie,
// and opens the wallboard with the chosen scorecards. The key then disappears from the address bar.
(async () => {
  'use strict';
  const status = document.getElementById('connect-status');
  const params = new URLSearchParams(location.hash.slice(1));
  const key = params.get('key');
  history.replaceState(null, '', location.pathname);
  if (!key) {
    status.textContent = 'This link has no key. Ask an admin for a wallboard link (Admin → API keys).';
    return;
  }
  try {
    const response = await fetch('/wallboard/session', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ key }),
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      status.textContent = problem.detail || 'The link was refused.';
      return;
    }
    const next = new URLSearchParams();
    for (const name of ['scorecards', 'seconds']) if (params.get(name)) next.set(name, params.get(name));
    location.replace('/wallboard' + (next.toString() ? '?' + next : ''));
  } catch {
    status.textContent = 'Could not reach the server. Check the network and open the link again.';
  }
})();
