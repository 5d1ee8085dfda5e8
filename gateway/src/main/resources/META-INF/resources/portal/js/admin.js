import { api } from './api.js';
import { t, label, fmtPercent } from './i18n.js';
import { h, clear, banner, problemMessage, field, onSubmit, disclosure, options, toast } from './ui.js';
import { barChart, isSuppressed } from './charts.js';
import { SECTORS, NEW_PERSON_ROLES, TAG_KINDS } from './enums.js';

/* ---------------------------------------------------------------- People */

export async function people(main) {
  const page = await api('/api/people');
  const all = page.items || [];
  const coaches = all.filter((p) => p.role === 'COACH');
  const nameOf = new Map(all.map((p) => [p.id, p.displayName || p.username]));
  const sorted = [...all].sort((a, b) => a.role.localeCompare(b.role) || String(a.displayName).localeCompare(String(b.displayName)));
  const createForm = onSubmit(h('form.grid', { novalidate: true },
    field('firstName', t('people.firstName'), { required: true }),
    field('lastName', t('people.lastName'), { required: true }),
    field('email', t('people.email'), { type: 'email', required: true }),
    field('role', t('people.role'), { type: 'select', options: options('prole', NEW_PERSON_ROLES), value: 'SEEKER' }),
    field('coachId', t('people.coach'), { type: 'select', options: [['', t('people.noCoach')], ...coaches.map((c) => [c.id, nameOf.get(c.id)])] }),
    field('locale', t('people.locale'), { type: 'select', options: [['en', 'English'], ['nb', 'Norsk bokmål']] }),
    h('div.form-actions', h('button.primary', { type: 'submit' }, t('add')))), async (v) => {
    if (v.role !== 'SEEKER') v.coachId = null;
    const created = await api('/api/people', { method: 'POST', body: v });
    toast(t('people.created', { name: created.displayName || `${v.firstName} ${v.lastName}` }));
    people(main);
  }, t('what.people'));

  clear(main,
    h('div.page-head', h('div', h('h1', t('people.title')), h('p.intro', t('people.intro')))),
    disclosure(t('people.create'), createForm),
    h('div.table-wrap', h('table.data',
      h('thead', h('tr', [t('people.name'), t('people.role'), t('people.email'), t('people.coach')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', sorted.map((p) => h('tr',
        h('td', p.role === 'SEEKER' ? h('a', { href: `#/clients/${p.id}` }, p.displayName || p.username) : (p.displayName || p.username)),
        h('td', label('prole', p.role)),
        h('td', p.email || ''),
        h('td', p.role === 'SEEKER' ? assignControl(p, coaches, nameOf, () => people(main)) : '')))))));
}

function assignControl(person, coaches, nameOf, refresh) {
  const id = `assign-${person.id}`;
  const select = h('select', { id, 'aria-label': `${t('people.coach')}: ${person.displayName}` },
    !person.coachId ? h('option', { value: '' }, t('people.noCoach')) : null,
    coaches.map((c) => h('option', { value: c.id, selected: c.id === person.coachId }, nameOf.get(c.id))));
  const button = h('button.secondary.small', { type: 'button', onclick: async () => {
    if (!select.value || select.value === person.coachId) return;
    button.disabled = true;
    try {
      await api(`/api/assignments/${person.id}`, { method: 'PUT', body: { coachId: select.value } });
      toast(t('people.assigned', { name: person.displayName, coach: nameOf.get(select.value) }));
      refresh();
    } catch (error) {
      if (error.status !== 401) toast(problemMessage(error), 'error');
      button.disabled = false;
    }
  } }, t('people.assign'));
  return h('span.assign', select, ' ', button);
}

/* ---------------------------------------------------------------- Policy */

const POLICY_NUMBERS = ['thankYouAfterWorkingDays', 'caseFollowUpAfterWorkingDays', 'statusWithoutDateMin', 'statusWithoutDateMax',
  'afterDecisionDateWorkingDays', 'applicationNoAnswerWorkingDays', 'nextRoundExpectedWorkingDays', 'onHoldStatusWorkingDays',
  'coolDownDays', 'giveUpAfterUnansweredFollowUps', 'softLimitOpenApplications', 'morningHour'];

export async function policy(main) {
  let p;
  try {
    p = await api('/api/policy');
  } catch (error) {
    if (error.status === 401) return;
    clear(main, h('h1', t('policy.title')), banner(problemMessage(error, t('what.policy')), 'warn'));
    return;
  }
  const dates = (list) => (list || []).join(', ');
  const parse = (text) => (text || '').split(/[\s,;]+/).filter(Boolean);
  const form = onSubmit(h('form.grid.policy', { novalidate: true },
    POLICY_NUMBERS.map((k) => field(k, t(`policy.${k}`), { type: 'number', value: p[k], min: 0 })),
    field('holidaysAdded', t('policy.holidaysAdded'), { value: dates(p.holidays?.added) }),
    field('holidaysRemoved', t('policy.holidaysRemoved'), { value: dates(p.holidays?.removed) }),
    h('div.form-actions', h('button.primary', { type: 'submit' }, t('save')))), async (v) => {
    const body = {};
    for (const k of POLICY_NUMBERS) body[k] = v[k];
    body.holidays = { added: parse(v.holidaysAdded), removed: parse(v.holidaysRemoved) };
    await api('/api/policy', { method: 'PUT', body });
    toast(t('saved'));
    policy(main);
  }, t('what.policy'));
  clear(main,
    h('div.page-head', h('div', h('h1', t('policy.title')), h('p.intro', t('policy.intro')))),
    replanProgress(p.replan),
    h('section.card', form));
}

/**
 * The re-plan after a policy change, in words ("312 of 501 applications re-planned"), updated every second while it
 * runs and for as long as the page is shown.
 */
function replanProgress(first) {
  const bar = h('progress', { max: 1, value: 0, 'aria-hidden': 'true' });
  const text = h('span');
  const box = h('p.replan', { role: 'status' }, bar, ' ', text);
  const show = (r) => {
    if (!r) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    bar.max = Math.max(1, r.total || 0);
    bar.value = r.done || 0;
    text.textContent = r.state === 'RUNNING' ? t('policy.replanProgress', { done: r.done, total: r.total })
      : r.state === 'FAILED' ? t('policy.replanFailed', { done: r.done, total: r.total }) : t('policy.replanDone', { total: r.total });
    if (r.state === 'RUNNING') {
      setTimeout(async () => {
        if (!box.isConnected) return; // the page was left
        try {
          show(await api('/api/policy/replan'));
        } catch (error) {
          // the next visit shows it again
        }
      }, 1000);
    }
  };
  show(first);
  return box;
}

/* ---------------------------------------------------------------- Reports */

const num = (v) => (typeof v === 'number' ? v : isSuppressed(v) ? v : null);

export async function reports(main, ctx) {
  const params = new URLSearchParams();
  const keys = ['from', 'to', 'sector', 'coachId'];
  // an admin narrows the tenant's reports to one coach's caseload
  const coaches = ctx.me.roles.includes('tenant-admin')
    ? await api('/api/people').then((p) => (p.items || []).filter((x) => x.role === 'COACH'), () => []) : [];
  const filterForm = h('form.filters', { onsubmit: (e) => {
    e.preventDefault();
    for (const k of keys) params.delete(k);
    for (const k of keys) if (filterForm.elements[k]?.value) params.set(k, filterForm.elements[k].value);
    load();
  } },
  field('from', t('reports.from'), { type: 'date' }),
  field('to', t('reports.to'), { type: 'date' }),
  field('sector', t('reports.sector'), { type: 'select', options: options('sector', SECTORS, t('reports.any')) }),
  coaches.length ? field('coachId', t('reports.coach'), { type: 'select', options: [['', t('reports.any')], ...coaches.map((c) => [c.id, c.displayName || c.username])] }) : null,
  h('div.form-actions', h('button.secondary', { type: 'submit' }, t('reports.apply'))));
  const grid = h('div.report-grid');
  clear(main, h('div.page-head', h('div', h('h1', t('reports.title')), h('p.intro', t('reports.intro')))), filterForm,
    h('p.muted.suppressed-note', t('reports.suppressedNote')), grid);

  const card = (title, name, body) => h('section.card.report', { dataset: { report: name } },
    h('div.report-head', h('h2', title), h('a.small', { href: `/api/reports/${name}?${new URLSearchParams([...params, ['format', 'csv']])}`, download: `${name}.csv` }, t('reports.csv'))),
    body);

  async function load() {
    clear(grid, h('p.loading', t('loading')));
    const q = params.toString() ? `?${params}` : '';
    const names = ['funnel', 'rejection-reasons', 'tags', 'follow-up-effect'];
    const results = await Promise.allSettled(names.map((n) => api(`/api/reports/${n}${q}`)));
    clear(grid);
    results.forEach((r, i) => {
      const name = names[i];
      if (r.status === 'rejected') {
        if (r.reason.status === 401) return;
        grid.append(card(t(titleKey(name)), name, banner(problemMessage(r.reason, t('what.reports')), 'warn')));
        return;
      }
      grid.append(render(name, r.value));
    });
  }

  function titleKey(name) {
    return { funnel: 'reports.funnel', 'rejection-reasons': 'reports.rejection', tags: 'reports.tags.STRENGTH', 'follow-up-effect': 'reports.followup' }[name];
  }

  function render(name, report) {
    const rows = report.rows || [];
    if (name === 'funnel') {
      const steps = rows.filter((r) => r.step !== 'INTERVIEW_TO_DECISION');
      return card(t('reports.funnel'), name, steps.length ? barChart(`${t('reports.funnel')} — ${t('reports.applications')}`,
        steps.map((r) => ({ label: label('step', r.step), value: num(r.applications) }))) : h('p.muted', t('reports.empty')));
    }
    if (name === 'rejection-reasons') {
      return card(t('reports.rejection'), name, rows.length ? barChart(t('reports.rejection'),
        rows.map((r) => ({ label: r.label || r.code, value: num(r.entries) })), { color: '#b45309' }) : h('p.muted', t('reports.empty')));
    }
    if (name === 'tags') {
      const kinds = TAG_KINDS;
      const charts = kinds.map((k) => {
        const list = rows.filter((r) => r.kind === k);
        return list.length ? barChart(t(`reports.tags.${k}`), list.map((r) => ({ label: r.label || r.code, value: num(r.entries) })),
          { color: k === 'STRENGTH' ? '#0f766e' : '#9f1239' }) : null;
      }).filter(Boolean);
      return card(`${t('reports.tags.STRENGTH')} / ${t('reports.tags.WEAKNESS')}`, name, charts.length ? charts : h('p.muted', t('reports.empty')));
    }
    // follow-up effect: response and offer rates, with and without follow-ups
    const bars = [];
    for (const r of rows) {
      bars.push({ label: `${label('group', r.group)} · ${t('reports.responseRate')}`, value: num(r.responseRate) });
      bars.push({ label: `${label('group', r.group)} · ${t('reports.offerRate')}`, value: num(r.offerRate), color: '#1d4ed8' });
    }
    return card(t('reports.followup'), name, bars.length ? barChart(t('reports.followup'), bars, { format: fmtPercent, max: 1 }) : h('p.muted', t('reports.empty')));
  }

  await load();
}
