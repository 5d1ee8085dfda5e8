// Today: the follow-ups to finish in minutes, overdue first. Each says why now, opens its draft on demand and is
// carried out from where it is shown: Send by e-mail (mailto), Copy, Sent it (logs the contact, closes the follow-up),
// Snooze, Dismiss.
import { api } from './api.js';
import { t, label, fmtDate } from './i18n.js';
import { h, clear, toast, problemMessage, banner, isoDatePlus, copyText } from './ui.js';
import { RULE_PURPOSE } from './enums.js';
import { allApplications, pageHeader } from './application-log.js';

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
    // the contacts' addresses for the mailto links live on each application
    const details = new Map(await Promise.all([...new Set(items.map((r) => r.applicationId))]
      .map((id) => api(`/api/applications/${id}`).then((a) => [id, a], () => [id, byId.get(id)]))));
    for (const r of items) list.append(reminderCard(r, details.get(r.applicationId), () => today(main)));
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

/** The contacts a follow-up is addressed to, with an e-mail address, from the application's contacts. */
function recipients(r, app) {
  const contacts = app?.contacts || [];
  const chosen = (r.contactIds || []).map((id) => contacts.find((c) => c.id === id)).filter(Boolean);
  return chosen.filter((c) => c.email);
}

/** RFC 6068: addresses as they are, subject and body percent-encoded with CRLF line ends. */
export function mailtoHref(addresses, subject, body) {
  const enc = (s) => encodeURIComponent(String(s || '').replace(/\r?\n/g, '\r\n'));
  return `mailto:${addresses.map((a) => encodeURI(a)).join(',')}?subject=${enc(subject)}&body=${enc(body)}`;
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

/** The draft, folded: it opens on demand rather than filling the page. */
function draftBox(draft) {
  if (!draft.subject && !draft.body) return null;
  return h('details.draft', h('summary', t('reminder.showDraft')),
    draft.subject ? h('p.subject', h('span.label', t('reminder.subject'), ': '), ...fillIns(draft, 'subject')) : null,
    h('pre.body', { tabindex: 0, 'aria-label': t('reminder.draft') }, ...fillIns(draft, 'body')),
    (draft.placeholders || []).length ? h('p.hint', t('reminder.fillIn')) : null);
}

/**
 * One follow-up. app: the application with its contacts (for the mailto and Sent it), refresh: called after an action.
 * readOnly (a coach): one line with the draft on demand, no actions.
 */
export function reminderCard(r, app, refresh, readOnly = false) {
  const draft = r.draft || {};
  const draftText = draft.subject ? `${draft.subject}\n\n${draft.body || ''}` : (draft.body || '');
  const headingId = `rem-${r.id}`;
  const to = recipients(r, app);
  const purpose = RULE_PURPOSE[r.rule];
  const snoozeDate = h('input', { type: 'date', value: isoDatePlus(2), min: isoDatePlus(1), 'aria-label': t('reminder.snoozeUntil') });
  const act = async (button, work, message) => {
    button.disabled = true;
    try {
      await work();
      toast(message);
      refresh();
    } catch (error) {
      button.disabled = false;
      if (error.status !== 401) toast(problemMessage(error, t('what.reminder')), 'error');
    }
  };
  const close = (path, body) => api(`/api/reminders/${r.id}/${path}`, { method: 'POST', body });
  // Sent it: the follow-up is closed as done first, then the contact is logged. In the other order the planner may
  // already have closed it as answered by that contact (CANCELLED) when the done arrives.
  const sentIt = async () => {
    sentButton.disabled = true;
    try {
      await close('done');
    } catch (error) {
      sentButton.disabled = false;
      if (error.status !== 401) toast(problemMessage(error, t('what.reminder')), 'error');
      return;
    }
    try {
      await api(`/api/applications/${r.applicationId}/interactions`, { method: 'POST', body: {
        at: new Date().toISOString(), channel: 'EMAIL', direction: 'OUTBOUND', purpose,
        contactId: to[0]?.id || r.contactIds?.[0] || null, summary: draft.subject || label('rule', r.rule) } });
      toast(t('reminder.marked.sent'));
    } catch (error) {
      if (error.status !== 401) toast(t('reminder.notLogged', { detail: problemMessage(error) }), 'error');
    }
    refresh();
  };
  const sentButton = h('button.secondary.sent-it', { type: 'button', onclick: () => sentIt() }, t('reminder.sentIt'));
  const doneButton = h('button.primary', { type: 'button', onclick: () => act(doneButton, () => close('done'), t('reminder.marked.done')) }, t('reminder.done'));
  const snoozeButton = h('button.secondary', { type: 'button', onclick: () => act(snoozeButton, () => close('snooze', { until: snoozeDate.value }),
    t('reminder.marked.snoozed', { date: fmtDate(snoozeDate.value) })) }, t('reminder.snooze'));
  const dismissButton = h('button.ghost', { type: 'button', onclick: () => act(dismissButton, () => close('dismiss'), t('reminder.marked.dismissed')) }, t('reminder.dismiss'));
  const hasDraft = !!(draft.subject || draft.body);

  return h('article.card.reminder', { class: r.overdue ? 'overdue' : '', 'aria-labelledby': headingId, dataset: { id: r.id, rule: r.rule } },
    h('header',
      h('h3', { id: headingId }, label('rule', r.rule),
        app ? h('span.app', ' · ', h('a', { href: `#/applications/${app.id}` }, `${app.employer} — ${app.position}`)) : null),
      h('div.meta', r.overdue ? h('span.badge.badge-danger', t('reminder.overdue')) : null,
        h('time', { datetime: r.dueOn }, t('reminder.due', { date: fmtDate(r.dueOn) })))),
    r.reason ? h('p.reason', h('strong', t('reminder.why'), ': '), r.reason) : null,
    to.length ? h('p.to.muted', t('reminder.to'), ': ', to.map((c) => `${c.name} <${c.email}>`).join(', ')) : null,
    draftBox(draft),
    readOnly ? null : h('footer.actions',
      hasDraft && purpose ? h('a.button.primary.mailto', { href: mailtoHref(to.map((c) => c.email), draft.subject, draft.body) }, t('reminder.send')) : null,
      hasDraft ? h('button.secondary', { type: 'button', onclick: () => copyText(draftText, t('reminder.copied')) }, t('reminder.copy')) : null,
      purpose ? sentButton : doneButton,
      h('span.snooze', snoozeDate, snoozeButton),
      dismissButton));
}
