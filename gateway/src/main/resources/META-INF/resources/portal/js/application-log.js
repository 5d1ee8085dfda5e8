// Pieces of the seeker's application log shared by the board, the list and the application page.
import { api } from './api.js';
import { t, label } from './i18n.js';
import { h, stageChip, toast, banner, field, onSubmit, options, isoDatePlus } from './ui.js';
import { SECTORS, CLOSED_STAGES, START_STAGES } from './enums.js';

export async function allApplications(query = '') {
  const page = await api(`/api/applications?limit=500${query}`);
  return page.items || [];
}

export function pageHeader(title, intro, ...actions) {
  return h('div.page-head', h('div', h('h1', title), intro ? h('p.intro', intro) : null),
    actions.length ? h('div.actions', actions) : null);
}

/** The soft limit on open applications (GET /api/applications/limits); null when the tracker cannot say. */
export async function openLimits() {
  try {
    return await api('/api/applications/limits');
  } catch (error) {
    return null;
  }
}

const OVER_LIMIT = 'open-applications-over-limit';

/** Shown on the board and the list for as long as the warning holds, not only as a passing toast. */
export function limitBanner(limits) {
  if (!limits?.warnings?.some((w) => w.code === OVER_LIMIT)) return null;
  return h('div.limit-banner', { dataset: { warning: OVER_LIMIT } }, banner(
    t('limit.over', { n: limits.openApplications, limit: limits.softLimitOpenApplications }), 'warn'));
}

export function warnToasts(warnings) {
  for (const w of warnings || []) toast(w.code === OVER_LIMIT ? t('limit.toast') : w.message, 'warn');
}

/** An ISO instant as the value of a datetime-local input, in the browser's zone. */
export function isoToLocal(iso) {
  const d = new Date(iso);
  if (isNaN(d)) return '';
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/** Whole days since an instant (0 on the day itself). */
export function daysSince(iso) {
  const d = Date.parse(iso);
  return isNaN(d) ? null : Math.max(0, Math.floor((Date.now() - d) / 86400000));
}

/**
 * Moves an application (POST …/stage). `at` left at today is sent as no date: the tracker takes now (the browser's
 * today may not be the seeker's zone's).
 */
export async function moveStage(id, stage, { at, today, note, reopen } = {}) {
  const moved = await api(`/api/applications/${id}/stage`, { method: 'POST', body: {
    stage, at: at && at !== today ? at : null, note: note || null, reopen: !!reopen } });
  warnToasts(moved?.warnings);
  return moved;
}

/**
 * The 409 of a refused move, in the reader's words (from → to; the service's detail is English): the reason and the
 * allowed moves as buttons (onPick(stage, reopen)).
 */
export function moveRefusal(problem, from, to, onPick) {
  const p = problem || {};
  const choice = (list, reopen) => h('span.choices', (list || []).map((s) => h('button.chip-button', {
    type: 'button', dataset: { stage: s }, onclick: () => onPick(s, reopen) }, stageChip(s))));
  const reason = CLOSED_STAGES.includes(from) && !p.allowedMoves?.length ? t('move.refused.closed', { from: label('stage', from) })
    : t('move.refused.detail', { from: label('stage', from), to: label('stage', to) });
  return h('div.form-error', { role: 'alert' }, h('p', h('strong', t('move.refused')), ' ', reason),
    p.allowedMoves?.length ? h('p', t('move.allowed'), ' ', choice(p.allowedMoves, false)) : null,
    p.allowedWithReopen?.length ? h('p', t('move.allowedReopen'), ' ', choice(p.allowedWithReopen, true)) : null);
}

export function applicationForm(a, save, submitText = t('add')) {
  const form = h('form.grid', { novalidate: true },
    field('employer', t('app.employer'), { value: a.employer, required: true }),
    field('position', t('app.position'), { value: a.position, required: true }),
    field('location', t('app.location'), { value: a.location }),
    field('sector', t('app.sector'), { type: 'select', value: a.sector, options: options('sector', SECTORS, '—') }),
    field('adUrl', t('app.adUrl'), { type: 'url', value: a.adUrl, placeholder: 'https://' }),
    field('source', t('app.source'), { value: a.source }),
    field('priority', t('app.priority'), { type: 'number', value: a.priority, min: 1, max: 999 }),
    a.id ? null : field('stage', t('app.stage'), { type: 'select', value: a.stage || 'APPLIED', options: options('stage', START_STAGES) }),
    field('appliedOn', t('app.appliedOn'), { type: 'date', value: a.appliedOn || (a.id ? '' : isoDatePlus(0)) }),
    a.id ? field('nextContactOn', t('app.nextContactOn'), { type: 'date', value: a.nextPlannedContactOn }) : null,
    field('notes', t('app.notes'), { type: 'textarea', value: a.notes }),
    h('div.form-actions', h('button.primary', { type: 'submit' }, submitText)));
  return onSubmit(form, save);
}
