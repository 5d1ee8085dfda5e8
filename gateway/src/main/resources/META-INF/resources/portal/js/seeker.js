import { api, ApiError } from './api.js';
import { t, label, fmtDate, fmtDateTime, locale } from './i18n.js';
import {
  h, clear, stageChip, toast, problemMessage, banner, field, onSubmit, disclosure, options,
  isoDatePlus, localToIso, nowLocal,
} from './ui.js';

export const STAGES = ['WISHLIST', 'APPLIED', 'INTERVIEW', 'REFERENCE_CHECK', 'OFFER', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'NO_RESPONSE', 'ON_HOLD'];
const SECTORS = ['PUBLIC', 'PRIVATE', 'NON_PROFIT'];
const CONTACT_ROLES = ['INTERVIEWER', 'HR', 'RECRUITER', 'HIRING_MANAGER', 'OTHER'];
const FORMATS = ['PHONE', 'VIDEO', 'ONSITE'];
const CHANNELS = ['EMAIL', 'PHONE', 'MESSAGE', 'IN_PERSON', 'VIDEO'];
const DIRECTIONS = ['OUTBOUND', 'INBOUND'];
const PURPOSES = ['THANK_YOU', 'QUESTION', 'STATUS_CHECK', 'FEEDBACK_REQUEST', 'CLOSING', 'OTHER'];
const OUTCOMES = ['NO_ANSWER', 'ANSWERED', 'DECISION_PENDING', 'NEW_DATE_GIVEN', 'DECIDED'];
const FB_OUTCOMES = ['REJECTED', 'OFFER_DECLINED', 'ACCEPTED', 'WITHDRAWN', 'NO_RESPONSE', 'ON_HOLD', 'OTHER'];
const FB_STAGES = ['APPLIED', 'INTERVIEW', 'REFERENCE_CHECK', 'OFFER', 'ACCEPTED'];

async function allApplications(query = '') {
  const page = await api(`/api/applications?limit=500${query}`);
  return page.items || [];
}

function pageHeader(title, intro, ...actions) {
  return h('div.page-head', h('div', h('h1', title), intro ? h('p.intro', intro) : null),
    actions.length ? h('div.actions', actions) : null);
}

/* ---------------------------------------------------------------- Today */

export async function today(main) {
  const [due, upcoming, apps] = await Promise.allSettled([
    api('/api/reminders?status=DUE&limit=200'),
    api(`/api/reminders?status=SCHEDULED&from=${isoDatePlus(0)}&to=${isoDatePlus(14)}&limit=50`),
    allApplications(),
  ]);
  const byId = new Map((apps.status === 'fulfilled' ? apps.value : []).map((a) => [a.id, a]));
  const list = h('section.reminders', { 'aria-labelledby': 'due-h' }, h('h2#due-h.sr-only', t('today.followups')));
  clear(main, pageHeader(t('today.title'), t('today.intro')), list);
  if (due.status === 'rejected') {
    if (due.reason.status === 401) return;
    list.append(banner(problemMessage(due.reason, t('what.reminder')), 'warn'));
  } else {
    const items = [...(due.value.items || [])].sort((a, b) => (b.overdue - a.overdue) || String(a.dueOn).localeCompare(String(b.dueOn)));
    if (!items.length) list.append(h('div.empty', h('p', t('today.empty'))));
    for (const r of items) list.append(reminderCard(r, byId.get(r.applicationId), () => today(main)));
  }
  if (upcoming.status === 'fulfilled') {
    const items = upcoming.value.items || [];
    main.append(h('section.upcoming', h('h2', t('today.upcoming')),
      items.length ? h('ul.plain', items.map((r) => {
        const a = byId.get(r.applicationId);
        return h('li', h('time', { datetime: r.dueOn }, fmtDate(r.dueOn)), ' · ', label('rule', r.rule),
          a ? [' · ', h('a', { href: `#/applications/${a.id}` }, `${a.employer} — ${a.position}`)] : null);
      })) : h('p.muted', t('today.upcoming.empty'))));
  }
}

export function reminderCard(r, app, refresh, readOnly = false) {
  const draft = r.draft || {};
  const draftText = draft.subject ? `${draft.subject}\n\n${draft.body || ''}` : (draft.body || '');
  const headingId = `rem-${r.id}`;
  const snoozeDate = h('input', { type: 'date', value: isoDatePlus(2), min: isoDatePlus(1), 'aria-label': t('reminder.snoozeUntil') });
  const act = async (path, body, message) => {
    try {
      await api(`/api/reminders/${r.id}/${path}`, { method: 'POST', body });
      toast(message);
      refresh();
    } catch (error) {
      if (error.status !== 401) toast(problemMessage(error, t('what.reminder')), 'error');
    }
  };
  return h('article.card.reminder', { class: r.overdue ? 'overdue' : '', 'aria-labelledby': headingId },
    h('header',
      h('h3', { id: headingId }, label('rule', r.rule),
        app ? h('span.app', ' · ', h('a', { href: `#/applications/${app.id}` }, `${app.employer} — ${app.position}`)) : null),
      h('div.meta', r.overdue ? h('span.badge.badge-danger', t('reminder.overdue')) : null,
        h('time', { datetime: r.dueOn }, t('reminder.due', { date: fmtDate(r.dueOn) })))),
    r.reason ? h('p.reason', h('strong', t('reminder.why'), ': '), r.reason) : null,
    draft.subject || draft.body ? h('div.draft',
      draft.subject ? h('p.subject', h('span.label', t('reminder.subject'), ': '), ...fillIns(draft, 'subject')) : null,
      h('pre.body', { tabindex: 0, 'aria-label': t('reminder.draft') }, ...fillIns(draft, 'body')),
      (draft.placeholders || []).length ? h('p.hint', t('reminder.fillIn')) : null,
      h('button.secondary', { type: 'button', onclick: async () => {
        try {
          await navigator.clipboard.writeText(draftText);
        } catch {
          const area = h('textarea.copy-buffer', draftText);
          document.body.append(area);
          area.select();
          document.execCommand('copy');
          area.remove();
        }
        toast(t('reminder.copied'));
      } }, t('reminder.copy'))) : null,
    readOnly ? null : h('footer.actions',
      h('button.primary', { type: 'button', onclick: () => act('done', undefined, t('reminder.marked.done')) }, t('reminder.done')),
      h('span.snooze', snoozeDate, h('button.secondary', { type: 'button', onclick: () => act('snooze', { until: snoozeDate.value }, t('reminder.marked.snoozed', { date: fmtDate(snoozeDate.value) })) }, t('reminder.snooze'))),
      h('button.ghost', { type: 'button', onclick: () => act('dismiss', undefined, t('reminder.marked.dismissed')) }, t('reminder.dismiss'))));
}

/* ---------------------------------------------------------------- Applications */

export function applicationTable(items, hrefOf) {
  return h('div.table-wrap', h('table.data',
    h('thead', h('tr', [t('app.employer'), t('app.position'), t('app.stage'), t('app.stageSince'), t('app.appliedOn'), t('app.location'), t('app.priority')]
      .map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', items.map((a) => h('tr', { dataset: { id: a.id, stage: a.stage } },
      h('td', h('a', { href: hrefOf(a) }, a.employer)),
      h('td', a.position),
      h('td', stageChip(a.stage)),
      h('td', fmtDate(a.stageSince)),
      h('td', fmtDate(a.appliedOn)),
      h('td', a.location || ''),
      h('td.num', a.priority ?? ''))))));
}

export async function applications(main, ctx) {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const filters = { stage: params.get('stage') || '', active: params.get('active') === 'true', q: params.get('q') || '' };
  const [items, limits] = await Promise.all([allApplications(), openLimits()]);
  const tableBox = h('div');
  const count = h('p.muted', { 'aria-live': 'polite' });
  const draw = () => {
    const q = filters.q.toLowerCase();
    const activeStages = ['APPLIED', 'INTERVIEW', 'REFERENCE_CHECK', 'OFFER', 'ON_HOLD'];
    const shown = items.filter((a) => (!filters.stage || a.stage === filters.stage)
      && (!filters.active || activeStages.includes(a.stage))
      && (!q || `${a.employer} ${a.position} ${a.location || ''}`.toLowerCase().includes(q)));
    count.textContent = t('apps.count', { n: shown.length });
    clear(tableBox, shown.length ? applicationTable(shown, (a) => `#/applications/${a.id}`) : h('div.empty', h('p', t('apps.empty'))));
  };
  const filterBar = h('form.filters', { role: 'search', onsubmit: (e) => e.preventDefault() },
    field('stage', t('apps.filter.stage'), { type: 'select', value: filters.stage, options: options('stage', STAGES, t('apps.filter.all')) }),
    field('q', t('apps.filter.search'), { type: 'search', value: filters.q }),
    field('active', t('apps.filter.active'), { type: 'checkbox', value: filters.active }));
  filterBar.addEventListener('input', () => {
    filters.stage = filterBar.elements.stage.value;
    filters.q = filterBar.elements.q.value;
    filters.active = filterBar.elements.active.checked;
    draw();
  });

  const addForm = applicationForm({}, async (values) => {
    const created = await api('/api/applications', { method: 'POST', body: values });
    toast(t('app.created'));
    warnToasts(created.warnings);
    location.hash = `#/applications/${created.application.id}`;
  });
  clear(main,
    pageHeader(t('apps.title'), t('apps.intro'),
      h('a.button.secondary', { href: '/api/applications/export.csv', download: 'application-log.csv' }, t('apps.export'))),
    limitBanner(limits),
    disclosure(t('apps.add'), addForm, items.length === 0),
    importPanel(ctx),
    filterBar, count, tableBox);
  draw();
}

/** The soft limit on open applications (GET /api/applications/limits); null when the tracker cannot say. */
async function openLimits() {
  try {
    return await api('/api/applications/limits');
  } catch (error) {
    return null;
  }
}

const OVER_LIMIT = 'open-applications-over-limit';

/** Shown on the list for as long as the warning holds, not only as a passing toast. */
function limitBanner(limits) {
  if (!limits?.warnings?.some((w) => w.code === OVER_LIMIT)) return null;
  return h('div.limit-banner', { dataset: { warning: OVER_LIMIT } }, banner(
    t('limit.over', { n: limits.openApplications, limit: limits.softLimitOpenApplications }), 'warn'));
}

function warnToasts(warnings) {
  for (const w of warnings || []) toast(w.code === OVER_LIMIT ? t('limit.toast') : w.message, 'warn');
}

/** An ISO instant as the value of a datetime-local input, in the browser's zone. */
function isoToLocal(iso) {
  const d = new Date(iso);
  if (isNaN(d)) return '';
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

function applicationForm(a, save, submitText = t('add')) {
  const form = h('form.grid', { novalidate: true },
    field('employer', t('app.employer'), { value: a.employer, required: true }),
    field('position', t('app.position'), { value: a.position, required: true }),
    field('location', t('app.location'), { value: a.location }),
    field('sector', t('app.sector'), { type: 'select', value: a.sector, options: options('sector', SECTORS, '—') }),
    field('adUrl', t('app.adUrl'), { type: 'url', value: a.adUrl, placeholder: 'https://' }),
    field('source', t('app.source'), { value: a.source }),
    field('priority', t('app.priority'), { type: 'number', value: a.priority, min: 1, max: 999 }),
    a.id ? null : field('stage', t('app.stage'), { type: 'select', value: a.stage || 'APPLIED', options: options('stage', ['WISHLIST', 'APPLIED']) }),
    field('appliedOn', t('app.appliedOn'), { type: 'date', value: a.appliedOn || (a.id ? '' : isoDatePlus(0)) }),
    a.id ? field('nextContactOn', t('app.nextContactOn'), { type: 'date', value: a.nextPlannedContactOn }) : null,
    field('notes', t('app.notes'), { type: 'textarea', value: a.notes }),
    h('div.form-actions', h('button.primary', { type: 'submit' }, submitText)));
  return onSubmit(form, save);
}

function importPanel() {
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
          ['', 'DMY', 'MDY', 'YMD'].map((o) => h('option', { value: o, selected: o === (choices.dateOrder || '') }, o ? t(`csv.order.${o}`) : '—'))))
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

/* ---------------------------------------------------------------- One application */

export async function application(main, ctx) {
  const [id] = ctx.params;
  const a = await api(`/api/applications/${id}`);
  const own = ctx.me.roles.includes('seeker') && a.seekerId === ctx.me.id;
  const reload = () => application(main, ctx);
  const contactName = new Map((a.contacts || []).map((c) => [c.id, c.name]));

  const back = own ? h('a.back', { href: '#/applications' }, '← ', t('nav.applications'))
    : h('a.back', { href: `#/clients/${a.seekerId}` }, '← ', t('client.title'));
  const head = h('div.page-head', h('div', back, h('h1', a.employer, ' — ', a.position),
    h('p.intro', stageChip(a.stage), ' ', t('app.stageSince'), ' ', fmtDate(a.stageSince),
      a.location ? ` · ${a.location}` : '', a.sector ? ` · ${label('sector', a.sector)}` : '')));

  const facts = h('dl.facts',
    fact(t('app.appliedOn'), fmtDate(a.appliedOn)),
    fact(t('app.lastContactAt'), fmtDateTime(a.lastContactAt)),
    fact(t('app.nextContactOn'), fmtDate(a.nextPlannedContactOn)),
    fact(t('app.decisionExpectedBy'), fmtDate(a.decisionExpectedBy)),
    fact(t('app.priority'), a.priority ?? ''),
    fact(t('app.source'), a.source || ''),
    a.adUrl ? fact(t('app.adUrl'), h('a', { href: a.adUrl, rel: 'noopener noreferrer', target: '_blank' }, a.adUrl)) : null,
    a.notes ? fact(t('app.notes'), a.notes) : null);

  const sections = [head];
  if (!own) sections.push(banner(t('readonly'), 'info'));
  sections.push(h('section.card', h('h2', t('app.details')), facts,
    own ? disclosure(t('edit'), applicationForm(a, async (values) => {
      delete values.stage;
      await api(`/api/applications/${a.id}`, { method: 'PATCH', body: values });
      toast(t('saved'));
      reload();
    }, t('save'))) : null));

  if (own) sections.push(moveSection(a, reload));

  sections.push(h('section.card', h('h2', t('history.title')),
    h('ul.timeline', (a.stageHistory || []).slice().reverse().map((s) => h('li',
      h('time', { datetime: s.at }, fmtDateTime(s.at)), ' ',
      s.from ? [stageChip(s.from), ' → '] : null, stageChip(s.to),
      s.note ? h('span.note', ' — ', s.note) : null)))));

  // contacts
  sections.push(h('section.card', h('h2', t('contacts.title')),
    a.contacts?.length ? h('ul.people', a.contacts.map((c) => h('li',
      h('strong', c.name), ' · ', label('role', c.role),
      c.email ? [' · ', h('a', { href: `mailto:${c.email}` }, c.email)] : null,
      c.phone ? ` · ${c.phone}` : '', c.preferredContactTime ? h('span.muted', ` (${c.preferredContactTime})`) : null)))
      : h('p.muted', t('none')),
    own ? disclosure(t('contact.add'), onSubmit(h('form.grid', { novalidate: true },
      field('name', t('contact.name'), { required: true }),
      field('role', t('contact.role'), { type: 'select', options: options('role', CONTACT_ROLES), value: 'INTERVIEWER' }),
      field('email', t('contact.email'), { type: 'email' }),
      field('phone', t('contact.phone'), { type: 'tel' }),
      field('preferredContactTime', t('contact.preferred')),
      h('div.form-actions', h('button.primary', { type: 'submit' }, t('add')))), async (v) => {
      await api(`/api/applications/${a.id}/contacts`, { method: 'POST', body: v });
      toast(t('contact.added'));
      reload();
    })) : null));

  // interviews
  sections.push(h('section.card', h('h2', t('interviews.title')),
    a.interviews?.length ? h('ul.plain', a.interviews.map((i) => h('li.interview',
      h('strong', `${t('interview.round')} ${i.round}`), ' · ', fmtDateTime(i.scheduledAt), ' · ', label('format', i.format),
      i.panel?.length ? ` · ${t('interview.panel')}: ${i.panel.map((p) => contactName.get(p) || '?').join(', ')}` : '',
      i.completedAt ? h('span.muted', ' · ', t('interview.completed', { date: fmtDate(i.completedAt) }),
        i.decisionExpectedBy ? ` · ${t('interview.decisionExpectedBy')} ${fmtDate(i.decisionExpectedBy)}` : '')
        : own ? disclosure(t('interview.complete'), onSubmit(h('form.grid', { novalidate: true },
          field('heldAt', t('interview.heldAt'), { type: 'datetime-local', required: true, value: isoToLocal(Math.min(Date.parse(i.scheduledAt), Date.now())),
            max: nowLocal(), hint: t('interview.heldAt.hint') }),
          field('decisionExpectedBy', t('interview.decisionExpectedBy'), { type: 'date' }),
          field('notes', t('interview.notes'), { type: 'textarea' }),
          h('div.form-actions', h('button.primary', { type: 'submit' }, t('interview.complete')))), async (v) => {
          await api(`/api/applications/${a.id}/interviews/${i.id}/complete`, { method: 'POST', body: { ...v, heldAt: localToIso(v.heldAt) } });
          toast(t('interview.saved'));
          reload();
        })) : null,
      i.notes ? h('p.note', i.notes) : null)))
      : h('p.muted', t('none')),
    own ? disclosure(t('interview.schedule'), onSubmit(h('form.grid', { novalidate: true },
      field('scheduledAt', t('interview.scheduledAt'), { type: 'datetime-local', required: true }),
      field('format', t('interview.format'), { type: 'select', options: options('format', FORMATS), value: 'VIDEO' }),
      field('round', t('interview.round'), { type: 'number', min: 1, max: 20, value: (a.interviews?.length || 0) + 1 }),
      a.contacts?.length ? field('panel', t('interview.panel'), { type: 'select', multiple: true, options: a.contacts.map((c) => [c.id, c.name]) }) : null,
      h('div.form-actions', h('button.primary', { type: 'submit' }, t('interview.schedule')))), async (v) => {
      await api(`/api/applications/${a.id}/interviews`, { method: 'POST', body: { ...v, scheduledAt: localToIso(v.scheduledAt), panel: v.panel || [] } });
      toast(t('interview.scheduled'));
      reload();
    })) : null));

  // interactions
  sections.push(h('section.card', h('h2', t('interactions.title')),
    a.interactions?.length ? h('ul.plain', a.interactions.slice().reverse().map((i) => h('li',
      h('time', { datetime: i.at }, fmtDateTime(i.at)), ' · ', label('channel', i.channel), ' · ', label('direction', i.direction),
      i.contactId ? ` · ${contactName.get(i.contactId) || ''}` : '', ' · ', label('purpose', i.purpose),
      i.outcome ? h('span.chip.small', label('outcome', i.outcome)) : null,
      i.summary ? h('p.note', i.summary) : null)))
      : h('p.muted', t('none')),
    own ? disclosure(t('interaction.log'), onSubmit(h('form.grid', { novalidate: true },
      field('at', t('interaction.at'), { type: 'datetime-local', value: nowLocal(), required: true }),
      field('channel', t('interaction.channel'), { type: 'select', options: options('channel', CHANNELS), value: 'EMAIL' }),
      field('direction', t('interaction.direction'), { type: 'select', options: options('direction', DIRECTIONS) }),
      field('contactId', t('interaction.contact'), { type: 'select', options: [['', '—'], ...(a.contacts || []).map((c) => [c.id, c.name])] }),
      field('purpose', t('interaction.purpose'), { type: 'select', options: options('purpose', PURPOSES), value: 'STATUS_CHECK' }),
      field('outcome', t('interaction.outcome'), { type: 'select', options: options('outcome', OUTCOMES, '—') }),
      field('summary', t('interaction.summary'), { type: 'textarea' }),
      h('div.form-actions', h('button.primary', { type: 'submit' }, t('interaction.log')))), async (v) => {
      await api(`/api/applications/${a.id}/interactions`, { method: 'POST', body: { ...v, at: localToIso(v.at) } });
      toast(t('interaction.logged'));
      reload();
    })) : null));

  // follow-ups of this application
  const reminders = h('section.card', h('h2', t('app.reminders')), h('p.loading', t('loading')));
  sections.push(reminders);
  if (own) sections.push(h('section.card', h('h2', t('fb.record')), feedbackForm([a], a.id, () => toast(t('fb.saved')))));
  clear(main, ...sections);

  const path = own ? `/api/reminders?applicationId=${a.id}&limit=100` : `/api/clients/${a.seekerId}/reminders?limit=500`;
  try {
    const page = await api(path);
    const items = (page.items || []).filter((r) => r.applicationId === a.id && ['DUE', 'SCHEDULED', 'SNOOZED'].includes(r.status));
    clear(reminders, h('h2', t('app.reminders')), items.length
      ? items.map((r) => reminderCard(r, null, reload, !own)) : h('p.muted', t('none')));
  } catch (error) {
    if (error.status !== 401) clear(reminders, h('h2', t('app.reminders')), banner(problemMessage(error, t('what.reminder')), 'warn'));
  }
}

function fact(term, value) {
  return [h('dt', term), h('dd', value === '' || value === null || value === undefined ? '—' : value)];
}

// The usual next steps, listed first (the tracker's StageMachine decides; a refused move shows what it allows).
const USUAL_NEXT = {
  WISHLIST: ['APPLIED', 'WITHDRAWN'], APPLIED: ['INTERVIEW', 'REJECTED', 'ON_HOLD', 'NO_RESPONSE', 'WITHDRAWN'],
  INTERVIEW: ['INTERVIEW', 'REFERENCE_CHECK', 'OFFER', 'REJECTED', 'ON_HOLD', 'NO_RESPONSE', 'WITHDRAWN'],
  REFERENCE_CHECK: ['OFFER', 'REJECTED', 'ON_HOLD', 'WITHDRAWN'], OFFER: ['ACCEPTED', 'REJECTED', 'ON_HOLD', 'WITHDRAWN'],
  ON_HOLD: ['APPLIED', 'INTERVIEW', 'REFERENCE_CHECK', 'OFFER', 'REJECTED', 'NO_RESPONSE', 'WITHDRAWN'],
};

function moveSection(a, reload) {
  const hint = h('div.move-hint', { 'aria-live': 'polite' });
  const today = nowLocal().slice(0, 10);
  const usual = (USUAL_NEXT[a.stage] || []).filter((s) => s !== a.stage || s === 'INTERVIEW');
  const rest = STAGES.filter((s) => s !== a.stage && !usual.includes(s));
  const stageSelect = field('stage', t('move.to'), { type: 'select', options: [] });
  const select = stageSelect.querySelector('select');
  const group = (name, list) => list.length ? h('optgroup', { label: name }, list.map((s) => h('option', { value: s }, label('stage', s)))) : null;
  select.append(...[group(t('move.usual'), usual), group(t('move.other'), rest)].filter(Boolean));
  const form = h('form.grid.move', { novalidate: true },
    stageSelect,
    field('at', t('move.at'), { type: 'date', value: today, max: today, hint: t('move.at.hint') }),
    field('note', t('move.note')),
    ['ACCEPTED', 'REJECTED', 'WITHDRAWN', 'NO_RESPONSE'].includes(a.stage) ? field('reopen', t('move.reopen'), { type: 'checkbox' }) : null,
    h('div.form-actions', h('button.primary', { type: 'submit' }, t('move.submit'))),
    hint);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const stage = form.elements.stage.value;
    clear(hint);
    try {
      const moved = await api(`/api/applications/${a.id}/stage`, { method: 'POST', body: {
        // Left at today: no date, the tracker takes now (the browser's today may not be the seeker's zone's).
        stage, at: form.elements.at.value && form.elements.at.value !== today ? form.elements.at.value : null, note: form.elements.note.value || null, reopen: !!form.elements.reopen?.checked } });
      toast(t('move.done', { stage: label('stage', stage) }));
      warnToasts(moved?.warnings);
      reload();
    } catch (error) {
      if (error.status === 401) return;
      if (error.status === 409) {
        const p = error.problem;
        const choice = (list) => h('span.choices', (list || []).map((s) => h('button.chip-button', { type: 'button', onclick: () => {
          form.elements.stage.value = s;
          if (form.elements.reopen) form.elements.reopen.checked = (p.allowedWithReopen || []).includes(s) && !(p.allowedMoves || []).includes(s);
          form.elements.stage.focus();
        } }, stageChip(s))));
        clear(hint, h('div.form-error', { role: 'alert' }, h('p', h('strong', t('move.refused')), ' ', p.detail || ''),
          p.allowedMoves?.length ? h('p', t('move.allowed'), ' ', choice(p.allowedMoves)) : null,
          p.allowedWithReopen?.length ? h('p', t('move.allowedReopen'), ' ', choice(p.allowedWithReopen)) : null));
      } else {
        clear(hint, h('div.form-error', { role: 'alert' }, problemMessage(error)));
      }
    }
  });
  return h('section.card', h('h2', t('move.title')), form);
}

/* ---------------------------------------------------------------- Feedback */

let taxonomyCache;
async function taxonomy() {
  taxonomyCache ??= api('/api/taxonomy').catch((e) => {
    taxonomyCache = undefined;
    throw e;
  });
  return taxonomyCache;
}

function taxLabel(item) {
  return item.labels?.[locale()] || item.labels?.en || item.code;
}

export function feedbackForm(apps, applicationId, done) {
  const box = h('div', h('p.loading', t('loading')));
  taxonomy().then((tax) => {
    const live = (list) => (list || []).filter((i) => !i.retired);
    const form = h('form.grid', { novalidate: true },
      applicationId ? h('input', { type: 'hidden', name: 'applicationId', value: applicationId })
        : field('applicationId', t('fb.application'), { type: 'select', required: true,
          options: [['', '—'], ...apps.map((a) => [a.id, `${a.employer} — ${a.position}`])] }),
      field('outcome', t('fb.outcome'), { type: 'select', options: options('fbo', FB_OUTCOMES), value: 'REJECTED' }),
      field('stageReached', t('fb.stageReached'), { type: 'select', options: options('stage', FB_STAGES), value: 'INTERVIEW' }),
      field('rejectionReason', t('fb.reason'), { type: 'select', options: [['', '—'], ...live(tax.reasons).map((i) => [i.code, taxLabel(i)])] }),
      tagBoxes('strengths', t('fb.strengths'), live(tax.strengths)),
      tagBoxes('weaknesses', t('fb.weaknesses'), live(tax.weaknesses)),
      field('requested', t('fb.requested'), { type: 'checkbox' }),
      field('received', t('fb.received'), { type: 'checkbox' }),
      field('betterCandidateHint', t('fb.better'), { type: 'textarea' }),
      field('reflection', t('fb.reflection'), { type: 'textarea' }),
      field('notes', t('fb.notes'), { type: 'textarea' }),
      h('div.form-actions', h('button.primary', { type: 'submit' }, t('fb.record'))));
    onSubmit(form, async (v) => {
      const body = { ...v, strengths: checked(form, 'strengths'), weaknesses: checked(form, 'weaknesses') };
      delete body['strengths-tag'];
      delete body['weaknesses-tag'];
      await api('/api/feedback', { method: 'POST', body });
      form.reset();
      done();
    }, t('what.feedback'));
    clear(box, form);
  }).catch((error) => {
    if (error.status !== 401) clear(box, banner(problemMessage(error, t('what.feedback')), 'warn'));
  });
  return box;
}

function tagBoxes(name, legend, items) {
  return h('fieldset.tags', h('legend', legend), items.length ? items.map((i) => {
    const id = `${name}-${i.code}`;
    return h('span.tag-check', h('input', { type: 'checkbox', id, name: `${name}-tag`, value: i.code }), h('label', { for: id }, taxLabel(i)));
  }) : h('span.muted', '—'));
}

function checked(form, name) {
  return [...form.querySelectorAll(`input[name="${name}-tag"]:checked`)].map((i) => i.value);
}

export function feedbackList(entries, apps) {
  const byId = new Map((apps || []).map((a) => [a.id, a]));
  if (!entries.length) return h('p.muted', t('fb.empty'));
  return h('ul.feedback-list', entries.map((f) => {
    const a = byId.get(f.applicationId);
    return h('li.card',
      h('h3', a ? `${a.employer} — ${a.position}` : label('fbo', f.outcome)),
      h('p', h('span.chip', label('fbo', f.outcome)), ' ', stageChip(f.stageReached), ' ',
        f.rejectionReason ? h('span.muted', f.rejectionReason.replace(/_/g, ' ').toLowerCase()) : null,
        f.debrief ? h('span.badge', t('fb.debrief')) : null, ' ', h('time.muted', { datetime: f.createdAt }, fmtDate(f.createdAt))),
      f.strengths?.length ? h('p', h('strong', t('fb.strengths'), ': '), f.strengths.join(', ')) : null,
      f.weaknesses?.length ? h('p', h('strong', t('fb.weaknesses'), ': '), f.weaknesses.join(', ')) : null,
      f.betterCandidateHint ? h('p', h('strong', t('fb.better'), ': '), f.betterCandidateHint) : null,
      f.reflection ? h('p', h('strong', t('fb.reflection'), ': '), f.reflection) : null);
  }));
}

/** The draft's text with the parts the seeker must write (API: placeholders with positions) highlighted. */
function fillIns(draft, part) {
  const text = draft[part] || '';
  const marks = (draft.placeholders || []).filter((p) => p.part === part).sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const p of marks) {
    out.push(text.slice(at, p.start), h('mark.fill-in', { title: t('reminder.fillIn') }, text.slice(p.start, p.end)));
    at = p.end;
  }
  out.push(text.slice(at));
  return out;
}

/* ---------------------------------------------------------------- Settings */

export async function settings(main) {
  const current = await api('/api/settings');
  const choices = ['DIGEST', 'EACH', 'NONE'].map((value) => h('label.choice',
    h('input', { type: 'radio', name: 'delivery', value, checked: current.delivery === value }), ' ',
    t(`settings.delivery.${value}`)));
  const form = h('form.panel', h('fieldset', h('legend', t('settings.delivery')), ...choices),
    h('button.primary', { type: 'submit' }, t('save')));
  onSubmit(form, async () => {
    const delivery = form.querySelector('input[name=delivery]:checked')?.value; // formValues reads radios as the last one
    await api('/api/settings', { method: 'PUT', body: { delivery } });
    toast(t('saved'));
  }, t('nav.settings'));
  clear(main, pageHeader(t('settings.title'), t('settings.intro')), form);
}

export async function feedback(main) {
  const apps = await allApplications().catch(() => []);
  const listBox = h('section', h('p.loading', t('loading')));
  const load = async () => {
    try {
      const page = await api('/api/feedback');
      clear(listBox, feedbackList(page.items || [], apps));
    } catch (error) {
      if (error.status !== 401) clear(listBox, banner(problemMessage(error, t('what.feedback')), 'warn'));
    }
  };
  clear(main, pageHeader(t('fb.title'), t('fb.intro')),
    disclosure(t('fb.record'), feedbackForm(apps, null, () => {
      toast(t('fb.saved'));
      load();
    })),
    listBox);
  await load();
}

export { ApiError };
