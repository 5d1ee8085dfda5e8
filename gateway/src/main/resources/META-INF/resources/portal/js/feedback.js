// Feedback: the form (outcome, stage reached, reason and tags from the tenant's taxonomy) and the entries recorded.
import { api } from './api.js';
import { t, label, fmtDate, locale } from './i18n.js';
import { h, clear, stageChip, toast, problemMessage, banner, field, onSubmit, disclosure, options } from './ui.js';
import { FB_OUTCOMES, FB_STAGES } from './enums.js';
import { allApplications, pageHeader } from './application-log.js';

let taxonomyCache;
export async function taxonomy() {
  taxonomyCache ??= api('/api/taxonomy').catch((e) => {
    taxonomyCache = undefined;
    throw e;
  });
  return taxonomyCache;
}

export function taxLabel(item) {
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

/** A taxonomy code as its label in the reader's language (retired ones too); the code only when the taxonomy is unknown. */
function codeLabel(tax, kind, code) {
  const item = (tax?.[kind] || []).find((i) => i.code === code);
  return item ? taxLabel(item) : String(code).replace(/_/g, ' ').toLowerCase();
}

export function feedbackList(entries, apps, tax) {
  const byId = new Map((apps || []).map((a) => [a.id, a]));
  if (!entries.length) return h('p.muted', t('fb.empty'));
  return h('ul.feedback-list', entries.map((f) => {
    const a = byId.get(f.applicationId);
    return h('li.card',
      h('h3', a ? `${a.employer} — ${a.position}` : label('fbo', f.outcome)),
      h('p', h('span.chip', label('fbo', f.outcome)), ' ', stageChip(f.stageReached), ' ',
        f.rejectionReason ? h('span.muted', codeLabel(tax, 'reasons', f.rejectionReason)) : null,
        f.debrief ? h('span.badge', t('fb.debrief')) : null, ' ', h('time.muted', { datetime: f.createdAt }, fmtDate(f.createdAt))),
      f.strengths?.length ? h('p', h('strong', t('fb.strengths'), ': '), f.strengths.map((c) => codeLabel(tax, 'strengths', c)).join(', ')) : null,
      f.weaknesses?.length ? h('p', h('strong', t('fb.weaknesses'), ': '), f.weaknesses.map((c) => codeLabel(tax, 'weaknesses', c)).join(', ')) : null,
      f.betterCandidateHint ? h('p', h('strong', t('fb.better'), ': '), f.betterCandidateHint) : null,
      f.reflection ? h('p', h('strong', t('fb.reflection'), ': '), f.reflection) : null);
  }));
}

export async function feedback(main) {
  const [apps, tax] = await Promise.all([allApplications().catch(() => []), taxonomy().catch(() => null)]);
  const listBox = h('section', { 'aria-labelledby': 'fb-entries' }, h('p.loading', t('loading')));
  const load = async () => {
    try {
      const page = await api('/api/feedback');
      clear(listBox, h('h2#fb-entries', t('fb.entries')), feedbackList(page.items || [], apps, tax));
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
