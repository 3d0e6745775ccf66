/**
 * The statistics as one self-contained HTML file a coach can send: inline SVG and CSS, no
 * script, no remote resource (not even a font), light and dark by the reader's preference.
 */
import { chartsHtml, CHART_CSS, esc } from './charts';
import type { StatsModel } from './stats';

const PAGE_CSS = `
:root{--ij-bg:#ffffff;--ij-fg:#1f2328;--ij-muted:#656d76;--ij-border:#d0d7de;--ij-blue:#0969da;--ij-green:#1a7f37;--ij-red:#cf222e;--ij-yellow:#bf8700;--ij-orange:#bc4c00;--ij-purple:#8250df;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--ij-bg:#0d1117;--ij-fg:#e6edf3;--ij-muted:#8d96a0;--ij-border:#30363d;--ij-blue:#4493f8;--ij-green:#3fb950;--ij-red:#f85149;--ij-yellow:#d29922;--ij-orange:#db6d28;--ij-purple:#ab7df8}}
body{margin:24px;background:var(--ij-bg);color:var(--ij-fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}.meta{color:var(--ij-muted);margin:0 0 16px}
`;

/** The report page. `title` names the journal (e.g. the candidate). */
export function reportHtml(model: StatsModel, title = 'Interview Journal: how the search is going'): string {
  const meta = `As of ${model.now.replace('T', ' ')}${model.since ? `, entries since ${model.since}` : ''}: ${model.entries} interviews.`;
  return (
    '<!DOCTYPE html>\n' +
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>${esc(title)}</title><style>${PAGE_CSS}${CHART_CSS}</style></head>` +
    `<body><h1>${esc(title)}</h1><p class="meta">${esc(meta)}</p>${chartsHtml(model, { interactive: false, maxTimelines: Infinity })}</body></html>\n`
  );
}
