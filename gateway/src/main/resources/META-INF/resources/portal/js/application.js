// One application as a story: the next step at the top, then one timeline, newest first, of stage changes,
// interviews, interactions, follow-ups (planned, done, missed) and the feedback recorded. The forms open in place.
import { api } from './api.js';
import { t, label, fmtDate, fmtDateTime } from './i18n.js';
import {
  h, clear, stageChip, toast, problemMessage, banner, field, onSubmit, disclosure, options, localToIso, nowLocal,
} from './ui.js';
import { STAGES, CLOSED_STAGES, CONTACT_ROLES, FORMATS, CHANNELS, DIRECTIONS, PURPOSES, OUTCOMES, USUAL_NEXT, OPEN_REMINDERS } from './enums.js';
import { applicationForm, isoToLocal, moveStage, moveRefusal } from './application-log.js';
import { feedbackForm, taxonomy, feedbackList } from './feedback.js';
import { reminderCard } from './today.js';

export async function application(main, ctx) {
  const [id] = ctx.params;
  const a = await api(`/api/applications/${id}`);
  const own = ctx.me.roles.includes('seeker') && a.seekerId === ctx.me.id;
  const reload = () => application(main, ctx);
  const [reminders, feedback, tax] = await Promise.allSettled([
    api(own ? `/api/reminders?applicationId=${a.id}&limit=500` : `/api/clients/${a.seekerId}/reminders?limit=500`),
    api(own ? '/api/feedback' : `/api/feedback?seekerId=${a.seekerId}`),
    taxonomy(),
  ]);
  const followUps = reminders.status === 'fulfilled' ? (reminders.value.items || []).filter((r) => r.applicationId === a.id) : [];
  const entries = feedback.status === 'fulfilled' ? (feedback.value.items || []).filter((f) => f.applicationId === a.id) : [];

  const back = own ? h('a.back', { href: '#/applications' }, '← ', t('nav.applications'))
    : h('a.back', { href: `#/clients/${a.seekerId}` }, '← ', t('client.title'));
  const head = h('div.page-head', h('div', back, h('h1', a.employer, ' — ', a.position),
    h('p.intro', stageChip(a.stage), ' ', t('app.stageSince'), ' ', fmtDate(a.stageSince),
      a.location ? ` · ${a.location}` : '', a.sector ? ` · ${label('sector', a.sector)}` : '')));

  const notices = [];
  if (!own) notices.push(banner(t('readonly'), 'info'));
  if (reminders.status === 'rejected' && reminders.reason.status !== 401) notices.push(banner(problemMessage(reminders.reason, t('what.reminder')), 'warn'));
  if (feedback.status === 'rejected' && feedback.reason.status !== 401 && !(feedback.reason.status === 404 && feedback.reason.problem?.detail)) {
    notices.push(banner(problemMessage(feedback.reason, t('what.feedback')), 'warn'));
  }

  const forms = own ? h('div.story-actions',
    moveSection(a, reload),
    disclosure(t('interaction.log'), interactionForm(a, reload)),
    disclosure(t('interview.schedule'), interviewForm(a, reload)),
    disclosure(t('contact.add'), contactForm(a, reload)),
    disclosure(t('fb.record'), feedbackForm([a], a.id, () => {
      toast(t('fb.saved'));
      reload();
    })),
    disclosure(t('edit'), applicationForm(a, async (values) => {
      delete values.stage;
      await api(`/api/applications/${a.id}`, { method: 'PATCH', body: values });
      toast(t('saved'));
      reload();
    }, t('save')))) : null;

  clear(main, head, ...notices,
    nextStep(a, followUps, own, reload),
    forms,
    h('div.story',
      h('section.card.timeline-card', { 'aria-labelledby': 'story-h' }, h('h2#story-h', t('story.title')),
        timeline(a, followUps, entries, tax.status === 'fulfilled' ? tax.value : null, own, reload)),
      h('aside.story-side', facts(a), contacts(a))));
}

/** What comes next: the earliest open follow-up (overdue first), else the next interview, else nothing planned. */
function nextStep(a, followUps, own, reload) {
  const open = followUps.filter((r) => OPEN_REMINDERS.includes(r.status))
    .sort((x, y) => (y.overdue - x.overdue) || String(x.snoozedUntil || x.dueOn).localeCompare(String(y.snoozedUntil || y.dueOn)));
  const interview = (a.interviews || []).filter((i) => !i.completedAt && Date.parse(i.scheduledAt) > Date.now())
    .sort((x, y) => Date.parse(x.scheduledAt) - Date.parse(y.scheduledAt))[0];
  let body;
  if (open.length) body = reminderCard(open[0], a, reload, !own);
  else if (interview) body = h('p', t('story.nextInterview', { round: interview.round, when: fmtDateTime(interview.scheduledAt) }));
  else body = h('p.muted', CLOSED_STAGES.includes(a.stage) ? t('story.closed') : t('story.nothingNext'));
  return h('section.next-step', { 'aria-labelledby': 'next-h' }, h('h2#next-h', t('story.next')), body);
}

function facts(a) {
  const fact = (term, value) => [h('dt', term), h('dd', value === '' || value === null || value === undefined ? '—' : value)];
  return h('section.card', h('h2', t('app.details')), h('dl.facts',
    fact(t('app.appliedOn'), fmtDate(a.appliedOn)),
    fact(t('app.lastContactAt'), fmtDateTime(a.lastContactAt)),
    fact(t('app.nextContactOn'), fmtDate(a.nextPlannedContactOn)),
    fact(t('app.decisionExpectedBy'), fmtDate(a.decisionExpectedBy)),
    fact(t('app.priority'), a.priority ?? ''),
    fact(t('app.source'), a.source || ''),
    a.adUrl ? fact(t('app.adUrl'), h('a', { href: a.adUrl, rel: 'noopener noreferrer', target: '_blank' }, a.adUrl)) : null,
    a.notes ? fact(t('app.notes'), a.notes) : null));
}

function contacts(a) {
  return h('section.card', h('h2', t('contacts.title')),
    a.contacts?.length ? h('ul.people', a.contacts.map((c) => h('li',
      h('strong', c.name), ' · ', label('role', c.role),
      c.email ? [' · ', h('a', { href: `mailto:${c.email}` }, c.email)] : null,
      c.phone ? ` · ${c.phone}` : '', c.preferredContactTime ? h('span.muted', ` (${c.preferredContactTime})`) : null)))
      : h('p.muted', t('none')));
}

/* ---------------------------------------------------------------- the timeline */

const REMINDER_KIND = { DONE: 'done', MISSED: 'missed', DISMISSED: 'dismissed', DUE: 'planned', SCHEDULED: 'planned', SNOOZED: 'planned' };

function timeline(a, followUps, entries, tax, own, reload) {
  const names = new Map((a.contacts || []).map((c) => [c.id, c.name]));
  const events = [];
  const add = (at, kind, title, ...body) => events.push({ at: Date.parse(at) || 0, iso: at, kind, title, body });

  for (const s of a.stageHistory || []) {
    add(s.at, 'stage', [s.from ? [stageChip(s.from), ' → '] : null, stageChip(s.to)], s.note ? h('p.note', s.note) : null);
  }
  for (const i of a.interviews || []) {
    const panel = i.panel?.length ? `${t('interview.panel')}: ${i.panel.map((p) => names.get(p) || '?').join(', ')}` : null;
    add(i.completedAt || i.scheduledAt, 'interview',
      t(i.completedAt ? 'story.interviewHeld' : 'story.interviewPlanned', { round: i.round, format: label('format', i.format) }),
      panel ? h('p.muted', panel) : null,
      i.decisionExpectedBy ? h('p.muted', t('interview.decisionExpectedBy'), ' ', fmtDate(i.decisionExpectedBy)) : null,
      i.notes ? h('p.note', i.notes) : null,
      !i.completedAt && own ? completeForm(a, i, reload) : null);
  }
  for (const i of a.interactions || []) {
    add(i.at, 'interaction', [label('purpose', i.purpose), ' · ', label('channel', i.channel), ' · ', label('direction', i.direction),
      i.contactId ? ` · ${names.get(i.contactId) || ''}` : '', i.outcome ? h('span.chip.small', label('outcome', i.outcome)) : null],
    i.summary ? h('p.note', i.summary) : null);
  }
  for (const r of followUps) {
    const kind = REMINDER_KIND[r.status];
    if (!kind) continue; // cancelled: the plan dropped it, nothing happened
    const at = kind === 'planned' || kind === 'missed' ? `${r.snoozedUntil || r.dueOn}T08:00:00` : r.updatedAt;
    add(at, `follow-up ${kind}`, [t(`story.followUp.${kind}`), ': ', label('rule', r.rule)],
      r.reason ? h('p.muted', r.reason) : null);
  }
  for (const f of entries) {
    add(f.createdAt, 'feedback', t('story.feedback'), feedbackList([f], [], tax));
  }
  events.sort((x, y) => y.at - x.at);
  if (!events.length) return h('p.muted', t('none'));
  return h('ol.story-list', events.map((e) => h('li', { class: `ev-${e.kind.replace(' ', ' ev-')}`, dataset: { kind: e.kind } },
    h('time', { datetime: e.iso }, fmtDateTime(e.iso)),
    h('div.ev-body', h('p.ev-title', e.title), ...e.body))));
}

function completeForm(a, i, reload) {
  return disclosure(t('interview.complete'), onSubmit(h('form.grid', { novalidate: true },
    field('heldAt', t('interview.heldAt'), { type: 'datetime-local', required: true, value: isoToLocal(Math.min(Date.parse(i.scheduledAt), Date.now())),
      max: nowLocal(), hint: t('interview.heldAt.hint') }),
    field('decisionExpectedBy', t('interview.decisionExpectedBy'), { type: 'date' }),
    field('notes', t('interview.notes'), { type: 'textarea' }),
    h('div.form-actions', h('button.primary', { type: 'submit' }, t('interview.complete')))), async (v) => {
    await api(`/api/applications/${a.id}/interviews/${i.id}/complete`, { method: 'POST', body: { ...v, heldAt: localToIso(v.heldAt) } });
    toast(t('interview.saved'));
    reload();
  }));
}

/* ---------------------------------------------------------------- the forms */

function contactForm(a, reload) {
  return onSubmit(h('form.grid', { novalidate: true },
    field('name', t('contact.name'), { required: true }),
    field('role', t('contact.role'), { type: 'select', options: options('role', CONTACT_ROLES), value: 'INTERVIEWER' }),
    field('email', t('contact.email'), { type: 'email' }),
    field('phone', t('contact.phone'), { type: 'tel' }),
    field('preferredContactTime', t('contact.preferred')),
    h('div.form-actions', h('button.primary', { type: 'submit' }, t('add')))), async (v) => {
    await api(`/api/applications/${a.id}/contacts`, { method: 'POST', body: v });
    toast(t('contact.added'));
    reload();
  });
}

function interviewForm(a, reload) {
  return onSubmit(h('form.grid', { novalidate: true },
    field('scheduledAt', t('interview.scheduledAt'), { type: 'datetime-local', required: true }),
    field('format', t('interview.format'), { type: 'select', options: options('format', FORMATS), value: 'VIDEO' }),
    field('round', t('interview.round'), { type: 'number', min: 1, max: 20, value: (a.interviews?.length || 0) + 1 }),
    a.contacts?.length ? field('panel', t('interview.panel'), { type: 'select', multiple: true, options: a.contacts.map((c) => [c.id, c.name]) }) : null,
    h('div.form-actions', h('button.primary', { type: 'submit' }, t('interview.schedule')))), async (v) => {
    await api(`/api/applications/${a.id}/interviews`, { method: 'POST', body: { ...v, scheduledAt: localToIso(v.scheduledAt), panel: v.panel || [] } });
    toast(t('interview.scheduled'));
    reload();
  });
}

function interactionForm(a, reload) {
  return onSubmit(h('form.grid', { novalidate: true },
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
  });
}

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
    CLOSED_STAGES.includes(a.stage) ? field('reopen', t('move.reopen'), { type: 'checkbox' }) : null,
    h('div.form-actions', h('button.primary', { type: 'submit' }, t('move.submit'))),
    hint);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const stage = form.elements.stage.value;
    clear(hint);
    try {
      await moveStage(a.id, stage, { at: form.elements.at.value, today, note: form.elements.note.value, reopen: form.elements.reopen?.checked });
      toast(t('move.done', { stage: label('stage', stage) }));
      reload();
    } catch (error) {
      if (error.status === 401) return;
      if (error.status === 409) {
        clear(hint, moveRefusal(error.problem, a.stage, stage, (s, reopen) => {
          form.elements.stage.value = s;
          if (form.elements.reopen) form.elements.reopen.checked = reopen;
          form.elements.stage.focus();
        }));
      } else {
        clear(hint, h('div.form-error', { role: 'alert' }, problemMessage(error)));
      }
    }
  });
  return h('details.panel.move-panel', h('summary', t('move.title')), form);
}
