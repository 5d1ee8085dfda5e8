import { api } from './api.js';
import { t, label, fmtDate, fmtRelative, plural } from './i18n.js';
import { h, clear, banner, problemMessage, field, sortableHeads, nextSort, sortedBy } from './ui.js';
import { readOnlyBoard, nextByApplication } from './board.js';
import { feedbackList, taxonomy } from './feedback.js';
import { STAGES, BOARD_STAGES, OPEN_REMINDERS } from './enums.js';

const WHAT = { tracker: 'what.tracker', reminder: 'what.reminder', feedback: 'what.feedback' };

function stageBar(counts) {
  const entries = STAGES.filter((s) => counts?.[s]).map((s) => [s, counts[s]]);
  if (!entries.length) return h('span.muted', '—');
  return h('span.stage-counts', entries.map(([s, n]) => h('span.chip', { class: `stage-${s.toLowerCase()}`, title: label('stage', s) },
    label('stage', s), ' ', h('b', n))));
}

/** Needs a nudge: an overdue follow-up, or nothing happened for two weeks while applications are open. */
function needsNudge(c) {
  const quiet = !c.lastActivityAt || Date.now() - Date.parse(c.lastActivityAt) > 14 * 86400000;
  return (c.overdueReminders ?? 0) > 0 || (quiet && (c.activeApplications ?? 0) > 0);
}

const CASELOAD_COLUMNS = [
  ['client', 'caseload.client', (c) => c.displayName || c.email],
  ['nudge', 'caseload.nudge', (c) => (needsNudge(c) ? 0 : 1)],
  ['overdue', 'caseload.overdue', (c) => c.overdueReminders ?? -1],
  ['active', 'caseload.active', (c) => c.activeApplications ?? -1],
  ...BOARD_STAGES.map((s) => [s, `stage.${s}`, (c) => c.stageCounts?.[s] ?? 0]),
  ['lastActivity', 'caseload.lastActivity', (c) => (c.lastActivityAt ? Date.parse(c.lastActivityAt) : 0)],
  ['lastFeedback', 'caseload.lastFeedback', (c) => (c.lastFeedback ? Date.parse(c.lastFeedback.createdAt) : 0)],
];

export async function caseload(main) {
  const page = await api('/api/coach/pipelines');
  const all = page.items || [];
  const missing = (page.unavailable || []).map((u) => t(WHAT[u] || u)).join(', ');
  // the clients who need a nudge first: most overdue, then the longest quiet
  let sort = null;
  const filters = { q: '', nudge: false };
  const box = h('div');
  const count = h('p.muted', { 'aria-live': 'polite' });
  const draw = () => {
    const q = filters.q.toLowerCase();
    const shown = all.filter((c) => (!q || `${c.displayName || ''} ${c.email || ''}`.toLowerCase().includes(q)) && (!filters.nudge || needsNudge(c)));
    const rows = sort ? sortedBy(shown, CASELOAD_COLUMNS.find((col) => col[0] === sort.key)[2], sort.dir)
      : [...shown].sort((a, b) => (needsNudge(b) - needsNudge(a)) || ((b.overdueReminders ?? 0) - (a.overdueReminders ?? 0))
        || (Date.parse(a.lastActivityAt || 0) - Date.parse(b.lastActivityAt || 0)));
    count.textContent = plural('caseload.n', rows.length);
    clear(box, rows.length ? h('div.table-wrap', h('table.data.caseload',
      h('thead', sortableHeads(CASELOAD_COLUMNS.map(([key, text]) => [key, t(text), BOARD_STAGES.includes(key) || ['overdue', 'active'].includes(key) ? 'num' : undefined]),
        sort || {}, (key) => {
          sort = nextSort(sort || {}, key);
          draw();
          box.querySelector(`button[data-sort="${key}"]`)?.focus();
        })),
      h('tbody', rows.map((c) => h('tr', { dataset: { seeker: c.seekerId } },
        h('td', h('a', { href: `#/clients/${c.seekerId}` }, c.displayName || c.email), h('div.muted.small', c.email || '')),
        h('td', needsNudge(c) ? h('span.badge.badge-warn', t('caseload.nudgeYes')) : ''),
        h('td.num', c.overdueReminders === null || c.overdueReminders === undefined ? h('span.muted', t('unknown'))
          : h('span', h('span.badge', { class: c.overdueReminders > 0 ? 'badge-danger' : 'badge-quiet' }, c.overdueReminders),
            c.nextReminderDueOn ? h('span.muted.small', ' ', t('caseload.nextDue', { date: fmtDate(c.nextReminderDueOn) })) : null)),
        h('td.num', c.activeApplications ?? '—'),
        BOARD_STAGES.map((s) => h('td.num', { dataset: { stage: s } }, c.stageCounts ? (c.stageCounts[s] || '') : '—')),
        h('td', c.lastActivityAt ? h('time', { datetime: c.lastActivityAt, title: fmtDate(c.lastActivityAt) }, fmtRelative(c.lastActivityAt)) : '—'),
        h('td', c.lastFeedback ? [h('span.chip', label('fbo', c.lastFeedback.outcome)), ' ', h('span.muted.small', fmtDate(c.lastFeedback.createdAt))] : '—'))))))
      : h('div.empty', h('p', all.length ? t('caseload.noMatch') : t('caseload.empty'))));
  };
  const filterBar = h('form.filters', { role: 'search', onsubmit: (e) => e.preventDefault() },
    field('q', t('caseload.filter'), { type: 'search' }),
    field('nudge', t('caseload.onlyNudge'), { type: 'checkbox' }));
  filterBar.addEventListener('input', () => {
    filters.q = filterBar.elements.q.value;
    filters.nudge = filterBar.elements.nudge.checked;
    draw();
  });
  draw();
  clear(main,
    h('div.page-head', h('div', h('h1', t('caseload.title')), h('p.intro', t('caseload.intro')))),
    page.partial ? banner(t('caseload.partial', { what: missing }), 'warn') : null,
    filterBar, count, box);
}

/** A client on one screen: their board (read only), overdue follow-ups one line each, the last feedback. */
export async function client(main, ctx) {
  const [id] = ctx.params;
  const [person, apps, reminders, feedback, tax] = await Promise.allSettled([
    api(`/api/clients/${id}`),
    api(`/api/clients/${id}/applications?limit=500`),
    api(`/api/clients/${id}/reminders?limit=500`),
    api(`/api/feedback?seekerId=${id}`),
    taxonomy(),
  ]);
  if (person.status === 'rejected') throw person.reason;
  if (apps.status === 'rejected') throw apps.reason;
  const me = person.value;
  const items = apps.value.items || [];
  const byId = new Map(items.map((a) => [a.id, a]));
  // a 404 with a detail: the service has not heard of this client yet, so there is nothing there
  const none = (r) => r.status === 'rejected' && r.reason.status === 404 && r.reason.problem?.detail;
  const listOf = (r) => (r.status === 'fulfilled' ? r.value.items || [] : []);
  const notice = (r, what) => (r.status === 'rejected' && !none(r) && r.reason.status !== 401 ? banner(problemMessage(r.reason, t(what)), 'warn') : null);
  const open = listOf(reminders).filter((r) => OPEN_REMINDERS.includes(r.status));
  const overdue = open.filter((r) => r.overdue);
  const entries = [...listOf(feedback)].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));

  clear(main,
    h('div.page-head', h('div', h('a.back', { href: '#/caseload' }, '← ', t('caseload.title')),
      h('h1', me.displayName || me.email),
      h('p.intro', me.email || '', ' ', stageBar(me.stageCounts)))),
    h('section.card.client-board', { 'aria-labelledby': 'client-apps' }, h('h2#client-apps', t('client.applications')),
      items.length ? readOnlyBoard(items, nextByApplication(open)) : h('p.muted', t('apps.empty'))),
    h('div.client-columns',
      h('section.card', { 'aria-labelledby': 'client-overdue' }, h('h2#client-overdue', t('client.overdue', { n: overdue.length })),
        notice(reminders, 'what.reminder'),
        overdue.length ? h('ul.followup-lines', overdue.map((r) => followUpLine(r, byId.get(r.applicationId))))
          : h('p.muted', t('client.noOverdue'))),
      h('section.card', { 'aria-labelledby': 'client-feedback' }, h('h2#client-feedback', t('client.lastFeedback')),
        notice(feedback, 'what.feedback'),
        feedbackList(entries.slice(0, 1), items, tax.status === 'fulfilled' ? tax.value : null),
        entries.length > 1 ? h('details.more', h('summary', t('client.allFeedback', { n: entries.length })),
          feedbackList(entries.slice(1), items, tax.status === 'fulfilled' ? tax.value : null)) : null)));
}

/** An overdue follow-up in one line; its draft opens on demand. */
function followUpLine(r, app) {
  const draft = r.draft || {};
  return h('li', { dataset: { id: r.id } },
    h('p', h('span.badge.badge-danger', t('reminder.overdue')), ' ', h('strong', label('rule', r.rule)),
      app ? [' · ', h('a', { href: `#/applications/${app.id}` }, `${app.employer} — ${app.position}`)] : null,
      ' · ', h('time', { datetime: r.dueOn }, t('reminder.due', { date: fmtDate(r.dueOn) }))),
    draft.subject || draft.body ? h('details.draft', h('summary', t('reminder.showDraft')),
      draft.subject ? h('p.subject', draft.subject) : null, h('pre.body', draft.body || '')) : null);
}
