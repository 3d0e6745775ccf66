// The dashboard's page script: draws what the extension sends (charts as SVG strings made by
// src/core/charts.ts), filters the timeline by a clicked bar, opens an entry on click or
// Enter, keeps its filter and scroll position with getState/setState, and redraws when the
// theme changes. No eval, no inline handlers: the page's policy allows this file only.
// @ts-check
/* global acquireVsCodeApi, document, window, MutationObserver, performance, Element, setTimeout, clearTimeout */
(function () {
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));
  const meta = /** @type {HTMLElement} */ (document.getElementById('meta'));
  const filterBar = /** @type {HTMLElement} */ (document.getElementById('filter'));
  const filterText = /** @type {HTMLElement} */ (document.getElementById('filter-text'));
  /** @type {{ filter?: string, scrollY?: number, html?: string, entries?: number, now?: string }} */
  let state = vscode.getState() || {};

  function save(patch) {
    state = Object.assign({}, state, patch);
    vscode.setState(state);
  }

  /** Shows only the timeline rows that match the filter (`status:active`, `company:Acme`, ...). */
  function applyFilter() {
    const f = state.filter;
    const rows = root.querySelectorAll('tr.entry');
    let shown = 0;
    const [key, ...rest] = (f || '').split(':');
    const value = rest.join(':');
    for (const row of rows) {
      const ok = !f || (key === 'rule' ? (row.getAttribute('data-rules') || '').split(' ').includes(value) : row.getAttribute('data-' + key) === value);
      if (ok) shown++;
      row.toggleAttribute('hidden', !ok);
    }
    for (const el of root.querySelectorAll('[data-filter]')) el.setAttribute('aria-pressed', String(el.getAttribute('data-filter') === f));
    filterBar.hidden = !f;
    filterText.textContent = f ? `Timeline: ${key} ${value}, ${shown} of ${rows.length} entries.` : '';
  }

  function draw() {
    if (state.html === undefined) return;
    const t0 = performance.now();
    root.innerHTML = state.html;
    root.setAttribute('aria-busy', 'false');
    meta.textContent = `As of ${(state.now || '').replace('T', ' ')}: ${state.entries} interview${state.entries === 1 ? '' : 's'}. Click a bar to filter the timeline; click an entry to open it.`;
    applyFilter();
    const ms = performance.now() - t0;
    vscode.postMessage({ type: 'rendered', entries: state.entries, charts: root.querySelectorAll('figure.chart').length, ms });
  }

  function activate(el) {
    const path = el.getAttribute('data-path');
    if (path !== null) {
      vscode.postMessage({ type: 'open', path, line: Number(el.getAttribute('data-line') || 0) });
      return;
    }
    const f = el.getAttribute('data-filter');
    if (f !== null) {
      save({ filter: state.filter === f ? undefined : f });
      applyFilter();
    }
  }

  root.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target.closest('[data-path],[data-filter]') : null;
    if (el) activate(el);
  });
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const el = e.target instanceof Element ? e.target.closest('[data-path],[data-filter]') : null;
    if (el) {
      e.preventDefault();
      activate(el);
    }
  });
  document.getElementById('clear')?.addEventListener('click', () => {
    save({ filter: undefined });
    applyFilter();
  });
  let scrollTimer;
  window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => save({ scrollY: window.scrollY }), 200);
  });

  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || m.type !== 'model' || typeof m.html !== 'string') return;
    save({ html: m.html, entries: m.model.entries, now: m.model.now });
    draw();
  });

  // Light, dark, high contrast: the body's class changes; the charts take the new colours.
  new MutationObserver(() => draw()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

  if (state.html !== undefined) {
    draw();
    if (state.scrollY) window.scrollTo(0, state.scrollY);
  }
  vscode.postMessage({ type: 'ready' });
})();
