// Horizontal bar charts as inline SVG, drawn here (no library). A suppressed value ({"suppressed": true}) is drawn
// as a hatched stub marked "< 5", explained once
// under the charts (reportsNote). Each chart comes with the same numbers as a table for screen readers.
import { h } from './ui.js';
import { t } from './i18n.js';

const NS = 'http://www.w3.org/2000/svg';
let seq = 0;

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  for (const c of children) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

export const isSuppressed = (v) => v && typeof v === 'object' && v.suppressed === true;

/**
 * rows: [{label, value, display?}] with value a number, null or {suppressed:true}. format(value) → text.
 * Returns a <figure> with the SVG, a caption and a table.
 */
export function barChart(title, rows, { format = (v) => String(v), max, color = '#0f766e' } = {}) {
  const id = `chart-${++seq}`;
  const numbers = rows.map((r) => (typeof r.value === 'number' ? r.value : 0));
  const top = max ?? Math.max(1, ...numbers);
  // each label on its own line above its bar, so no label is ever cut short
  const barArea = 330;
  const rowHeight = 44;
  const width = barArea + 90;
  const height = rows.length * rowHeight + 6;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-labelledby': `${id}-t`, class: 'chart', 'data-rows': rows.length },
    s('title', { id: `${id}-t` }, title),
    s('defs', {}, s('pattern', { id: `${id}-hatch`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      s('rect', { width: 6, height: 6, fill: '#eef2f1' }), s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#9aa5a3', 'stroke-width': 2 }))));
  rows.forEach((r, i) => {
    const y = i * rowHeight + 4;
    const g = s('g', { class: isSuppressed(r.value) ? 'bar suppressed' : 'bar' });
    g.append(s('text', { x: 0, y: y + 12, class: 'chart-label' }, String(r.label ?? '')));
    if (isSuppressed(r.value)) {
      g.append(s('rect', { x: 0, y: y + 18, width: 40, height: 18, fill: `url(#${id}-hatch)`, rx: 3 }));
      g.append(s('text', { x: 48, y: y + 31, class: 'chart-value muted' }, '< 5'));
    } else {
      const v = typeof r.value === 'number' ? r.value : 0;
      const w = Math.max(v > 0 ? 2 : 0, (barArea * v) / top);
      g.append(s('rect', { x: 0, y: y + 18, width: w, height: 18, fill: r.color || color, rx: 3 }));
      g.append(s('text', { x: w + 6, y: y + 31, class: 'chart-value' }, r.value === null || r.value === undefined ? '–' : format(v)));
    }
    svg.append(g);
  });
  const table = h('details.chart-table', h('summary', t('reports.table')),
    h('table.data', h('tbody', rows.map((r) => h('tr', h('th', { scope: 'row' }, r.label),
      h('td.num', isSuppressed(r.value) ? t('reports.suppressed') : r.value === null || r.value === undefined ? '–' : format(r.value)))))));
  const empty = rows.every((r) => !isSuppressed(r.value) && !r.value);
  return h('figure.chart-figure', h('figcaption', title, empty ? h('span.muted', ` — ${t('reports.empty')}`) : null), svg, table);
}
