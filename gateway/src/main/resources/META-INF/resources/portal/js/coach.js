import { api } from './api.js';
import { t, label, fmtDate, fmtRelative, plural } from './i18n.js';
import { h, clear, banner, problemMessage, field, sortableHeads, nextSort, sortedBy } from './ui.js';
import { applicationTable } from './board.js';
import { reminderCard } from './today.js';
import { feedbackList } from './feedback.js';
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

export async function client(main, ctx) {
  const [id] = ctx.params;
  const [apps, pipelines] = await Promise.all([
    api(`/api/clients/${id}/applications?limit=500`),
    api('/api/coach/pipelines').catch(() => ({ items: [] })),
  ]);
  const me = (pipelines.items || []).find((c) => c.seekerId === id);
  const items = apps.items || [];
  const reminders = h('section.card', h('h2', t('client.reminders')), h('p.loading', t('loading')));
  const feedback = h('section.card', h('h2', t('client.feedback')), h('p.loading', t('loading')));
  clear(main,
    h('div.page-head', h('div', h('a.back', { href: '#/caseload' }, '← ', t('caseload.title')),
      h('h1', me?.displayName || t('client.title')),
      h('p.intro', me?.email || '', ' ', me ? stageBar(me.stageCounts) : null))),
    h('section.card', h('h2', t('client.applications')),
      items.length ? applicationTable(items, (a) => `#/applications/${a.id}`) : h('p.muted', t('apps.empty'))),
    reminders, feedback);
  const byId = new Map(items.map((a) => [a.id, a]));
  try {
    const page = await api(`/api/clients/${id}/reminders?limit=500`);
    const open = (page.items || []).filter((r) => OPEN_REMINDERS.includes(r.status));
    clear(reminders, h('h2', t('client.reminders')), open.length ? open.map((r) => reminderCard(r, byId.get(r.applicationId), () => {}, true)) : h('p.muted', t('none')));
  } catch (error) {
    if (error.status === 404 && error.problem?.detail) clear(reminders, h('h2', t('client.reminders')), h('p.muted', t('none')));
    else if (error.status !== 401) clear(reminders, h('h2', t('client.reminders')), banner(problemMessage(error, t('what.reminder')), 'warn'));
  }
  try {
    const page = await api(`/api/feedback?seekerId=${id}`);
    clear(feedback, h('h2', t('client.feedback')), feedbackList(page.items || [], items));
  } catch (error) {
    // 404 with a detail: the feedback service has not heard of this client yet, so there is no feedback
    if (error.status === 404 && error.problem?.detail) clear(feedback, h('h2', t('client.feedback')), feedbackList([], items));
    else if (error.status !== 401) clear(feedback, h('h2', t('client.feedback')), banner(problemMessage(error, t('what.feedback')), 'warn'));
  }
}

