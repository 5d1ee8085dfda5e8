import { api } from './api.js';
import { setLocale, setTimeZone, locale, t } from './i18n.js';
import { h, clear, banner, problemMessage } from './ui.js';
import * as seeker from './seeker.js';
import * as coach from './coach.js';
import * as admin from './admin.js';
import { taxonomyEditor } from './taxonomy.js';

const LOCALE_KEY = 'coachline.locale';

/** Routes by role: [pattern, page, nav key or null]. The first route a role has is its home. */
const ROUTES = {
  seeker: [
    [/^\/today$/, seeker.today, 'nav.today'],
    [/^\/applications$/, seeker.applications, 'nav.applications'],
    [/^\/applications\/([\w-]+)$/, seeker.application, null],
    [/^\/feedback$/, seeker.feedback, 'nav.feedback'],
    [/^\/settings$/, seeker.settings, 'nav.settings'],
  ],
  coach: [
    [/^\/caseload$/, coach.caseload, 'nav.caseload'],
    [/^\/clients\/([\w-]+)$/, coach.client, null],
    [/^\/applications\/([\w-]+)$/, seeker.application, null],
    [/^\/reports$/, admin.reports, 'nav.reports'],
  ],
  'tenant-admin': [
    [/^\/people$/, admin.people, 'nav.people'],
    [/^\/caseload$/, coach.caseload, 'nav.caseload'],
    [/^\/clients\/([\w-]+)$/, coach.client, null],
    [/^\/applications\/([\w-]+)$/, seeker.application, null],
    [/^\/policy$/, admin.policy, 'nav.policy'],
    [/^\/taxonomy$/, taxonomyEditor, 'nav.taxonomy'],
    [/^\/reports$/, admin.reports, 'nav.reports'],
  ],
};

const state = { me: null };

function routesOf(me) {
  const seen = new Set();
  const out = [];
  for (const role of ['seeker', 'coach', 'tenant-admin']) {
    if (!me.roles.includes(role)) continue;
    for (const r of ROUTES[role]) {
      const key = r[0].source;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(r);
      }
    }
  }
  return out;
}

function renderChrome() {
  const me = state.me;
  document.querySelector('.skip').textContent = t('skip');
  const path = location.hash.replace(/^#/, '') || '/';
  const nav = document.getElementById('nav');
  clear(nav, h('ul', routesOf(me).filter((r) => r[2]).map(([pattern, , key]) => {
    const href = '#' + pattern.source.replace(/^\^\\?/, '').replace(/\$$/, '').replace(/\\\//g, '/');
    const current = path.split('?')[0] === href.slice(1) || (href === '#/applications' && path.startsWith('/applications/'))
      || (href === '#/caseload' && path.startsWith('/clients/'));
    return h('li', h('a', { href, 'aria-current': current ? 'page' : undefined }, t(key)));
  })));
  const select = h('select#lang', { 'aria-label': t('language'), onchange: (e) => {
    localStorage.setItem(LOCALE_KEY, e.target.value);
    setLocale(e.target.value);
    render();
  } }, h('option', { value: 'en', selected: locale() === 'en' }, 'English'), h('option', { value: 'nb', selected: locale() === 'nb' }, 'Norsk bokmål'));
  clear(document.getElementById('user'),
    h('span.who', h('span.name', me.displayName || me.username), h('span.tenant', me.tenant)),
    select,
    h('a.logout', { href: '/logout' }, t('logout')));
}

// Each navigation renders into a page box of its own. An answer arriving after the user has left that page (a slow
// call, a quick click elsewhere) fills a box that is no longer in the document, so it is dropped, never shown.
let navigation = 0;

async function render() {
  const mine = ++navigation;
  renderChrome();
  const main = document.getElementById('main');
  delete main.dataset.page; // set again, to the route shown, once the page has rendered (tests wait for it)
  const path = (location.hash.replace(/^#/, '') || '/').split('?')[0];
  const routes = routesOf(state.me);
  if (!routes.length) {
    clear(main, banner(t('error.noRole'), 'error'));
    return;
  }
  for (const [pattern, page] of routes) {
    const m = path.match(pattern);
    if (m) {
      const box = h('div.page', { dataset: { path } }, h('p.loading', { role: 'status' }, t('loading')));
      clear(main, box);
      try {
        await page(box, { me: state.me, params: m.slice(1), rerender: render });
      } catch (error) {
        if (error.status !== 401 && mine === navigation) {
          console.error(error);
          clear(box, banner(problemMessage(error), 'error'));
        }
      }
      if (mine !== navigation) return;
      const heading = box.querySelector('h1');
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        if (document.activeElement === document.body || document.activeElement?.closest('nav')) heading.focus({ preventScroll: true });
        document.title = `${heading.textContent} · Coachline`;
      }
      main.dataset.page = location.hash.replace(/^#/, '');
      return;
    }
  }
  const home = routes.find((r) => r[2]);
  location.replace('#' + home[0].source.replace(/^\^\\?/, '').replace(/\$$/, '').replace(/\\\//g, '/'));
}

async function boot() {
  try {
    state.me = await api('/api/me');
  } catch (error) {
    if (error.status === 401) return;
    clear(document.getElementById('main'), banner(problemMessage(error), 'error'));
    return;
  }
  sessionStorage.removeItem('coachline.session-reload');
  setLocale(localStorage.getItem(LOCALE_KEY) || state.me.locale || navigator.language);
  setTimeZone(state.me.timeZone);
  window.addEventListener('hashchange', render);
  await render();
  document.body.dataset.ready = 'true';
}

boot();
