import { api } from './api.js';
import { t, label, fmtDate, fmtRelative } from './i18n.js';
import { h, clear, banner, problemMessage } from './ui.js';
import { applicationTable } from './board.js';
import { reminderCard } from './today.js';
import { feedbackList } from './feedback.js';
import { STAGES, OPEN_REMINDERS } from './enums.js';

const WHAT = { tracker: 'what.tracker', reminder: 'what.reminder', feedback: 'what.feedback' };

function stageBar(counts) {
  const entries = STAGES.filter((s) => counts?.[s]).map((s) => [s, counts[s]]);
  if (!entries.length) return h('span.muted', '—');
  return h('span.stage-counts', entries.map(([s, n]) => h('span.chip', { class: `stage-${s.toLowerCase()}`, title: label('stage', s) },
    label('stage', s), ' ', h('b', n))));
}

export async function caseload(main) {
  const page = await api('/api/coach/pipelines');
  const items = [...(page.items || [])].sort((a, b) => ((b.overdueReminders ?? 0) - (a.overdueReminders ?? 0))
    || String(a.displayName).localeCompare(String(b.displayName)));
  const missing = (page.unavailable || []).map((u) => t(WHAT[u] || u)).join(', ');
  clear(main,
    h('div.page-head', h('div', h('h1', t('caseload.title')), h('p.intro', t('caseload.intro')))),
    page.partial ? banner(t('caseload.partial', { what: missing }), 'warn') : null,
    items.length ? h('div.table-wrap', h('table.data.caseload',
      h('thead', h('tr', [t('caseload.client'), t('caseload.stages'), t('caseload.active'), t('caseload.overdue'), t('caseload.lastActivity'), t('caseload.lastFeedback')]
        .map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', items.map((c) => h('tr', { dataset: { seeker: c.seekerId } },
        h('td', h('a', { href: `#/clients/${c.seekerId}` }, c.displayName || c.email), h('div.muted.small', c.email || '')),
        h('td', stageBar(c.stageCounts)),
        h('td.num', c.activeApplications ?? '—'),
        h('td', c.overdueReminders === null || c.overdueReminders === undefined ? h('span.muted', t('unknown'))
          : h('span', h('span.badge', { class: c.overdueReminders > 0 ? 'badge-danger' : 'badge-quiet' }, c.overdueReminders),
            c.nextReminderDueOn ? h('span.muted.small', ' ', t('caseload.nextDue', { date: fmtDate(c.nextReminderDueOn) })) : null)),
        h('td', c.lastActivityAt ? h('time', { datetime: c.lastActivityAt, title: c.lastActivityAt }, fmtRelative(c.lastActivityAt)) : '—'),
        h('td', c.lastFeedback ? [h('span.chip', label('fbo', c.lastFeedback.outcome)), ' ', h('span.muted.small', fmtDate(c.lastFeedback.createdAt))] : '—'))))))
      : h('div.empty', h('p', t('caseload.empty'))));
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

