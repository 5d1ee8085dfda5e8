// The seeker's applications: a board of cards in columns by stage (closed stages folded away), or the list with sorting
// and search. A card moves by drag and drop or by its move menu (keyboard, screen reader); a refused move snaps back
// with the reason and the allowed moves.
import { api } from './api.js';
import { t, label, fmtDate, plural } from './i18n.js';
import {
  h, clear, stageChip, toast, problemMessage, field, disclosure, options, nowLocal, sortableHeads, nextSort, sortedBy,
} from './ui.js';
import { STAGES, BOARD_STAGES, CLOSED_STAGES, ACTIVE_STAGES, OPEN_REMINDERS } from './enums.js';
import {
  allApplications, pageHeader, openLimits, limitBanner, warnToasts, applicationForm, daysSince, moveStage, moveRefusal,
} from './application-log.js';
import { importPanel } from './import.js';

/** The next open follow-up per application: overdue first, then the earliest. */
export function nextByApplication(reminders) {
  const next = new Map();
  for (const r of reminders) {
    if (!OPEN_REMINDERS.includes(r.status)) continue;
    const day = r.snoozedUntil || r.dueOn;
    const known = next.get(r.applicationId);
    if (!known || (r.overdue && !known.overdue) || (r.overdue === known.overdue && day < (known.snoozedUntil || known.dueOn))) {
      next.set(r.applicationId, r);
    }
  }
  return next;
}

async function nextFollowUps() {
  const pages = await Promise.allSettled(OPEN_REMINDERS.map((s) => api(`/api/reminders?status=${s}&limit=500`)));
  return nextByApplication(pages.flatMap((p) => (p.status === 'fulfilled' ? p.value.items || [] : [])));
}

function viewOf() {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  return { view: params.get('view') === 'list' ? 'list' : 'board', params };
}

export async function applications(main, ctx) {
  const { view, params } = viewOf();
  const [items, limits, next] = await Promise.all([allApplications(), openLimits(), nextFollowUps().catch(() => new Map())]);
  const addForm = applicationForm({}, async (values) => {
    const created = await api('/api/applications', { method: 'POST', body: values });
    toast(t('app.created'));
    warnToasts(created.warnings);
    location.hash = `#/applications/${created.application.id}`;
  });
  const switcher = h('nav.view-switch', { 'aria-label': t('apps.view') },
    h('a.button', { href: '#/applications', class: view === 'board' ? 'primary' : 'secondary', 'aria-current': view === 'board' ? 'page' : undefined }, t('apps.view.board')),
    h('a.button', { href: '#/applications?view=list', class: view === 'list' ? 'primary' : 'secondary', 'aria-current': view === 'list' ? 'page' : undefined }, t('apps.view.list')));
  clear(main,
    pageHeader(t('apps.title'), t('apps.intro'), switcher,
      h('a.button.secondary', { href: '/api/applications/export.csv', download: 'application-log.csv' }, t('apps.export'))),
    limitBanner(limits),
    disclosure(t('apps.add'), addForm, items.length === 0),
    importPanel(ctx),
    view === 'board' ? board(items, next, () => applications(main, ctx)) : list(items, params));
}

/* ---------------------------------------------------------------- the board */

function board(items, next, reload) {
  const today = nowLocal().slice(0, 10);
  const status = h('div.board-status', { 'aria-live': 'polite' });
  const dateInput = h('input#move-date', { type: 'date', value: today, max: today });
  const cards = new Map();
  const columns = new Map();

  const move = async (a, stage, { reopen = false } = {}) => {
    const card = cards.get(a.id);
    const from = card.parentElement;
    const target = columns.get(stage);
    clear(status);
    if (target && target !== from) target.append(card); // shown where it was dropped while the tracker decides
    card.classList.add('moving');
    try {
      // out of a closed column is a re-open (the tracker refuses it where a re-open cannot go)
      await moveStage(a.id, stage, { at: dateInput.value, today, reopen: reopen || CLOSED_STAGES.includes(a.stage) });
    } catch (error) {
      card.classList.remove('moving');
      from.append(card); // snaps back
      if (error.status === 401) return;
      if (error.status === 409) {
        clear(status, h('p', h('strong', `${a.employer} — ${a.position}`)), moveRefusal(error.problem, a.stage, stage, (s, r) => move(a, s, { reopen: r })));
      } else {
        clear(status, h('div.form-error', { role: 'alert' }, problemMessage(error)));
      }
      card.focus();
      return;
    }
    toast(t('move.done', { stage: label('stage', stage) }));
    await reload();
    // the keyboard stays on the card it moved
    if (document.activeElement === document.body) document.querySelector(`.board-card[data-id="${a.id}"]`)?.focus();
  };

  const column = (stage) => {
    const body = h('div.column-cards', { dataset: { stage } });
    columns.set(stage, body);
    const count = items.filter((a) => a.stage === stage).length;
    const col = h('section.column', { dataset: { stage }, 'aria-labelledby': `col-${stage}` },
      h('h2.column-head', { id: `col-${stage}` }, stageChip(stage), h('span.count', { 'aria-label': plural('apps.n', count) }, String(count))),
      body);
    col.addEventListener('dragover', (e) => {
      if (!e.dataTransfer.types.includes('text/x-application')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      col.classList.add('drop-target');
    });
    col.addEventListener('dragleave', (e) => {
      if (!col.contains(e.relatedTarget)) col.classList.remove('drop-target');
    });
    col.addEventListener('drop', (e) => {
      e.preventDefault();
      col.classList.remove('drop-target');
      const a = items.find((x) => x.id === e.dataTransfer.getData('text/x-application'));
      if (a && a.stage !== stage) move(a, stage);
    });
    return col;
  };

  const open = BOARD_STAGES.map(column);
  const closedCount = items.filter((a) => CLOSED_STAGES.includes(a.stage)).length;
  const closed = h('details.closed-columns', h('summary', t('board.closed', { n: closedCount })),
    h('div.board.closed', CLOSED_STAGES.map(column)));

  for (const a of items) {
    const card = boardCard(a, next.get(a.id), move);
    cards.set(a.id, card);
    columns.get(a.stage)?.append(card);
  }
  return h('div.board-view',
    h('div.board-tools', h('div.field', h('label', { for: 'move-date' }, t('board.moveDate')), dateInput,
      h('small.hint', t('board.moveDate.hint'))), h('p.muted.small', t('board.help'))),
    status,
    h('div.board', open),
    closed);
}

/** A card; without move (a coach reading a client's board) it neither drags nor has a move menu. */
function boardCard(a, next, move) {
  const days = daysSince(a.stageSince);
  const due = next ? h('p.next', { class: next.overdue ? 'overdue' : next.status === 'DUE' ? 'due' : '' },
    next.overdue ? h('span.badge.badge-danger', t('reminder.overdue')) : next.status === 'DUE' ? h('span.badge', t('board.due')) : null, ' ',
    label('rule', next.rule), ' · ', h('time', { datetime: next.snoozedUntil || next.dueOn }, fmtDate(next.snoozedUntil || next.dueOn)))
    : null;
  const body = [
    h('h3', { id: `card-${a.id}` }, h('a', { href: `#/applications/${a.id}`, draggable: 'false' }, a.employer)),
    h('p.position', a.position),
    h('p.muted.small', { id: `card-${a.id}-d` }, days === null ? '' : plural('board.days', days)),
    due];
  if (!move) return h('article.board-card.read-only', { dataset: { id: a.id, stage: a.stage }, 'aria-labelledby': `card-${a.id}` }, body);
  const menuId = `menu-${a.id}`;
  const menu = h('ul.move-menu', { id: menuId, role: 'menu', hidden: true, 'aria-label': t('board.moveTo', { name: a.employer }) },
    STAGES.filter((s) => s !== a.stage || s === 'INTERVIEW').map((s) => h('li', { role: 'none' },
      h('button', { type: 'button', role: 'menuitem', tabindex: -1, dataset: { stage: s }, onclick: () => {
        closeMenu();
        move(a, s);
      } }, label('stage', s)))));
  const toggle = h('button.move-toggle.small.secondary', { type: 'button', 'aria-haspopup': 'menu', 'aria-controls': menuId,
    'aria-expanded': 'false', onclick: () => (menu.hidden ? openMenu() : closeMenu()) }, t('board.move'));
  const items = () => [...menu.querySelectorAll('[role=menuitem]')];
  function openMenu() {
    menu.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    items()[0]?.focus();
  }
  function closeMenu() {
    menu.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
  }
  menu.addEventListener('keydown', (e) => {
    const list = items();
    const i = list.indexOf(document.activeElement);
    if (e.key === 'ArrowDown') list[(i + 1) % list.length].focus();
    else if (e.key === 'ArrowUp') list[(i - 1 + list.length) % list.length].focus();
    else if (e.key === 'Home') list[0].focus();
    else if (e.key === 'End') list[list.length - 1].focus();
    else if (e.key === 'Escape' || e.key === 'Tab') {
      closeMenu();
      if (e.key === 'Escape') toggle.focus();
      return;
    } else return;
    e.preventDefault();
  });
  const card = h('article.board-card', { tabindex: 0, draggable: 'true', dataset: { id: a.id, stage: a.stage },
    'aria-labelledby': `card-${a.id}`, 'aria-describedby': `card-${a.id}-d` },
  body,
  h('div.card-actions', toggle, menu));
  card.addEventListener('dragstart', (e) => {
    e.dataTransfer.setData('text/x-application', a.id);
    e.dataTransfer.effectAllowed = 'move';
    card.classList.add('dragging');
  });
  card.addEventListener('dragend', () => card.classList.remove('dragging'));
  // m on the focused card opens its move menu
  card.addEventListener('keydown', (e) => {
    if (e.target === card && (e.key === 'm' || e.key === 'M')) {
      e.preventDefault();
      openMenu();
    }
  });
  return card;
}

/** A client's board as their coach reads it: the same columns and cards, nothing to move. */
export function readOnlyBoard(items, next) {
  const column = (stage) => {
    const cards = items.filter((a) => a.stage === stage).map((a) => boardCard(a, next.get(a.id), null));
    return h('section.column', { dataset: { stage }, 'aria-labelledby': `col-${stage}` },
      h('h3.column-head', { id: `col-${stage}` }, stageChip(stage), h('span.count', { 'aria-label': plural('apps.n', cards.length) }, String(cards.length))),
      h('div.column-cards', cards));
  };
  const closed = items.filter((a) => CLOSED_STAGES.includes(a.stage)).length;
  return h('div.board-view', h('div.board', BOARD_STAGES.map(column)),
    closed ? h('details.closed-columns', h('summary', t('board.closed', { n: closed })), h('div.board.closed', CLOSED_STAGES.map(column))) : null);
}

/* ---------------------------------------------------------------- the list */

const COLUMNS = [
  ['employer', 'app.employer', (a) => a.employer || ''],
  ['position', 'app.position', (a) => a.position || ''],
  ['stage', 'app.stage', (a) => STAGES.indexOf(a.stage)],
  ['stageSince', 'app.stageSince', (a) => a.stageSince || ''],
  ['appliedOn', 'app.appliedOn', (a) => a.appliedOn || ''],
  ['location', 'app.location', (a) => a.location || ''],
  ['priority', 'app.priority', (a) => a.priority ?? Infinity],
];

/** The applications as a table whose column heads sort it (sort: {key, dir, onSort}). */
function applicationTable(items, hrefOf, sort) {
  return h('div.table-wrap', h('table.data',
    h('thead', sortableHeads(COLUMNS.map(([key, text]) => [key, t(text)]), sort || {}, sort?.onSort)),
    h('tbody', items.map((a) => h('tr', { dataset: { id: a.id, stage: a.stage } },
      h('td', h('a', { href: hrefOf(a) }, a.employer)),
      h('td', a.position),
      h('td', stageChip(a.stage)),
      h('td', fmtDate(a.stageSince)),
      h('td', fmtDate(a.appliedOn)),
      h('td', a.location || ''),
      h('td.num', a.priority ?? ''))))));
}

function sortBy(items, key, dir) {
  return sortedBy(items, (COLUMNS.find((c) => c[0] === key) || COLUMNS[0])[2], dir);
}

function list(items, params) {
  const filters = { stage: params.get('stage') || '', active: params.get('active') === 'true', q: params.get('q') || '' };
  const sort = { key: params.get('sort') || 'stageSince', dir: params.get('dir') || 'desc' };
  const tableBox = h('div');
  const count = h('p.muted', { 'aria-live': 'polite' });
  const draw = () => {
    const q = filters.q.toLowerCase();
    const shown = items.filter((a) => (!filters.stage || a.stage === filters.stage)
      && (!filters.active || ACTIVE_STAGES.includes(a.stage))
      && (!q || `${a.employer} ${a.position} ${a.location || ''}`.toLowerCase().includes(q)));
    count.textContent = plural('apps.n', shown.length);
    clear(tableBox, shown.length ? applicationTable(sortBy(shown, sort.key, sort.dir), (a) => `#/applications/${a.id}`, {
      ...sort, onSort: (key) => {
        Object.assign(sort, nextSort(sort, key));
        draw();
        tableBox.querySelector(`button[data-sort="${key}"]`)?.focus();
      } }) : h('div.empty', h('p', t('apps.empty'))));
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
  draw();
  return h('div.list-view', filterBar, count, tableBox);
}
