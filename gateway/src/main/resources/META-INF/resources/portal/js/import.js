// Import CSV: the file is read locally, the tracker previews how it maps (columns, words, date order), the seeker fixes
// what is unmapped, then imports all or nothing (docs/csv-format.md).
import { api } from './api.js';
import { t } from './i18n.js';
import { h, clear, toast, problemMessage, banner, disclosure } from './ui.js';
import { DATE_ORDERS } from './enums.js';

export function importPanel() {
  const input = h('input#csv-file', { type: 'file', name: 'file', accept: '.csv,text/csv', required: true });
  const status = h('div.import-status', { 'aria-live': 'polite' });
  const previewBox = h('div.import-preview');
  // the seeker's choices for this file; sent with the preview and the import, remembered per layout by the service
  let csv = null;
  let choices = { columns: {}, values: {}, dateOrder: null };

  const showErrors = (error) => {
    if (error.status === 401) return;
    const errors = error.fieldErrors || [];
    clear(status, h('div.form-error', { role: 'alert' },
      h('p', errors.length ? t('csv.bad') : problemMessage(error)), badRows(errors)));
  };
  const body = () => ({ csv, columns: choices.columns, values: choices.values, dateOrder: choices.dateOrder });

  const preview = async () => {
    clear(status, h('span', t('csv.checking')));
    try {
      const p = await api('/api/applications/import/preview', { method: 'POST', body: body() });
      clear(status);
      clear(previewBox, previewView(p));
    } catch (error) {
      showErrors(error);
    }
  };

  const importNow = async () => {
    clear(status, h('span', t('csv.uploading', { pct: 100 })));
    try {
      const result = await api('/api/applications/import', { method: 'POST', body: body() });
      clear(previewBox);
      clear(status, banner(t('csv.done', { n: result.imported }), 'ok'),
        result.ignoredColumns?.length ? h('p.muted', t('csv.ignored', { cols: result.ignoredColumns.join(', ') })) : null);
      toast(t('csv.done', { n: result.imported }));
      for (const w of result.warnings || []) toast(w.message, 'warn');
      setTimeout(() => window.dispatchEvent(new HashChangeEvent('hashchange')), 1200);
    } catch (error) {
      showErrors(error);
    }
  };

  const select = (value, targets, onChange, labelText) => h('select', {
    'aria-label': labelText,
    onchange: (e) => { onChange(e.target.value); preview(); },
  }, targets.map((v) => h('option', { value: v, selected: v === value }, v)));

  const previewView = (p) => {
    const columnRows = p.columns.map((c) => h('tr',
      h('th', { scope: 'row' }, c.header),
      h('td', select(c.target, p.targets.columns, (v) => { choices.columns[c.header] = v; }, t('csv.mapColumn', { col: c.header }))),
      h('td.muted', (c.samples || []).join(', ')),
      h('td', c.by === 'none' ? h('strong', t('csv.unmapped')) : t(`csv.by.${c.by}`))));
    const words = p.values.filter((v) => p.targets.values[v.column]);
    const valueRows = words.map((v) => h('tr',
      h('th', { scope: 'row' }, v.header), h('td', v.value), h('td', String(v.count)),
      h('td', select(v.target || '', ['', ...p.targets.values[v.column]], (x) => {
        const column = (choices.values[v.column] ||= {});
        if (x) column[v.value] = x; else delete column[v.value];
      }, t('csv.mapValue', { value: v.value }))),
      h('td', v.target ? t(`csv.by.${v.by}`) : h('strong', t('csv.unmapped')))));
    const dates = p.dates.needed || p.dates.conflict || choices.dateOrder
      ? h('div.field', h('label', { for: 'csv-date-order' }, t('csv.dateOrder', { examples: (p.dates.examples || []).join(', ') })),
        h('select#csv-date-order', { onchange: (e) => { choices.dateOrder = e.target.value || null; preview(); } },
          ['', ...DATE_ORDERS].map((o) => h('option', { value: o, selected: o === (choices.dateOrder || '') }, o ? t(`csv.order.${o}`) : '—'))))
      : null;
    return h('section', { 'aria-label': t('csv.preview') },
      h('h3', t('csv.preview')),
      h('p.muted', t('csv.previewSummary', { rows: p.rows, layout: p.layout })),
      p.remembered ? h('p.muted', t('csv.remembered')) : null,
      h('table.mapping', h('thead', h('tr', h('th', t('csv.column')), h('th', t('csv.field')), h('th', t('csv.sample')), h('th', ''))),
        h('tbody', columnRows)),
      valueRows.length ? h('table.mapping', h('thead', h('tr', h('th', t('csv.column')), h('th', t('csv.word')), h('th', '#'),
        h('th', t('csv.field')), h('th', ''))), h('tbody', valueRows)) : null,
      dates,
      p.errors.length ? h('div.form-error', { role: 'alert' }, h('p', t('csv.bad')), badRows(p.errors)) : null,
      h('div.form-actions', h('button.primary', { type: 'button', disabled: p.errors.length > 0, onclick: importNow },
        t('csv.importN', { n: p.applications }))));
  };

  const form = h('form.import', { onsubmit: async (e) => {
    e.preventDefault();
    const file = input.files[0];
    if (!file) return;
    csv = await file.text();
    choices = { columns: {}, values: {}, dateOrder: null };
    await preview();
  } },
  h('p.muted', t('csv.help')),
  h('div.field', h('label', { for: 'csv-file' }, t('csv.choose')), input),
  h('div.form-actions', h('button.primary', { type: 'submit' }, t('csv.check'))),
  status, previewBox);
  return disclosure(t('apps.import'), form);
}

function badRows(errors) {
  return errors.length ? h('ul.bad-rows', errors.map((fe) => h('li',
    fe.row ? h('strong', t('csv.row', { row: fe.row }), ': ') : null,
    fe.field && fe.field !== 'file' ? h('code', fe.field) : null, fe.field && fe.field !== 'file' ? ' — ' : null,
    fe.message))) : null;
}
