// The admin's taxonomy editor: rejection reasons, strength and weakness tags with their English and Norwegian labels.
// Add, relabel, retire or revive; nothing is deleted and a code never changes meaning (docs/reports.md, "Taxonomy").
import { api } from './api.js';
import { t } from './i18n.js';
import { h, clear, toast, problemMessage, banner, field, onSubmit } from './ui.js';
import { pageHeader } from './application-log.js';

const KINDS = ['reasons', 'strengths', 'weaknesses'];

/** PUT /api/taxonomy with one item in one list: the others stay as they are. */
function save(kind, item) {
  return api('/api/taxonomy', { method: 'PUT', body: { [kind]: [item] } });
}

export async function taxonomyEditor(main) {
  let tax;
  try {
    tax = await api('/api/taxonomy');
  } catch (error) {
    if (error.status === 401) return;
    clear(main, pageHeader(t('tax.title'), t('tax.intro')), banner(problemMessage(error, t('what.feedback')), 'warn'));
    return;
  }
  const reload = () => taxonomyEditor(main);
  clear(main, pageHeader(t('tax.title'), t('tax.intro')), KINDS.map((kind) => section(kind, tax[kind] || [], reload)));
}

function section(kind, items, reload) {
  const rows = items.map((item) => {
    const en = h('input', { type: 'text', value: item.labels?.en || '', 'aria-label': t('tax.labelEnFor', { code: item.code }), name: 'en' });
    const nb = h('input', { type: 'text', value: item.labels?.nb || '', 'aria-label': t('tax.labelNbFor', { code: item.code }), name: 'nb' });
    const run = async (button, change, message) => {
      button.disabled = true;
      try {
        await save(kind, { code: item.code, ...change });
        toast(message);
        reload();
      } catch (error) {
        button.disabled = false;
        if (error.status !== 401) toast(problemMessage(error, t('what.feedback')), 'error');
      }
    };
    const relabel = h('button.secondary.small', { type: 'button', onclick: () => run(relabel, { labels: { en: en.value.trim(), nb: nb.value.trim() } }, t('tax.relabelled')) }, t('save'));
    const retire = h('button.ghost.small', { type: 'button', onclick: () => run(retire, { retired: !item.retired },
      t(item.retired ? 'tax.revived' : 'tax.retiredDone')) }, t(item.retired ? 'tax.revive' : 'tax.retire'));
    return h('tr', { class: item.retired ? 'retired' : '', dataset: { code: item.code } },
      h('td', h('code', item.code), item.retired ? h('span.chip.small', t('tax.retired')) : null),
      h('td', en), h('td', nb), h('td.actions', relabel, ' ', retire));
  });
  const add = onSubmit(h('form.grid.tax-add', { novalidate: true },
    field('code', t('tax.code'), { required: true, hint: t('tax.code.hint') }),
    field('en', t('tax.labelEn'), { required: true }),
    field('nb', t('tax.labelNb'), { required: true }),
    h('div.form-actions', h('button.primary', { type: 'submit' }, t('add')))), async (v) => {
    try {
      await save(kind, { code: v.code, labels: { en: v.en, nb: v.nb }, retired: false });
    } catch (error) {
      // the service names the field inside its list ("reasons[0].code"); put it on this form's input
      for (const fe of error.fieldErrors) fe.field = String(fe.field || '').replace(/^\w+\[\d+\]\.(labels\.)?/, '');
      throw error;
    }
    toast(t('tax.added'));
    reload();
  }, t('what.feedback'));
  return h('section.card.tax', { dataset: { kind }, 'aria-labelledby': `tax-${kind}` }, h('h2', { id: `tax-${kind}` }, t(`tax.${kind}`)),
    h('div.table-wrap', h('table.data',
      h('thead', h('tr', [t('tax.code'), t('tax.labelEn'), t('tax.labelNb')].map((c) => h('th', { scope: 'col' }, c)),
        h('th', { scope: 'col' }, h('span.sr-only', t('tax.actions'))))),
      h('tbody', rows))),
    h('details.panel', h('summary', t('tax.add')), add));
}
