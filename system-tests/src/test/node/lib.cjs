// Shared by the scenario scripts: launch Debian's Chromium through playwright-core, log in through the real
// Keycloak form, take screenshots, and fail loudly (non-zero exit) with the page's state when a step fails.
const { chromium } = require('playwright-core');
const path = require('path');

const GATEWAY = process.env.GATEWAY_URL;
const SHOTS = process.env.SCREENSHOTS;

async function launch() {
  // a fresh --user-data-dir per scenario (playwright passes it from launchPersistentContext)
  const context = await chromium.launchPersistentContext(process.env.USER_DATA_DIR, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
  const browser = context;
  if (process.env.PORTAL_SRC) await servePortalFrom(context, process.env.PORTAL_SRC);
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(25000);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('response', async (r) => {
    if (r.url().includes('/api/') && r.status() >= 400) {
      let body = '';
      try { body = (await r.text()).slice(0, 300); } catch (ignored) { /* gone */ }
      console.log(`API ${r.request().method()} ${new URL(r.url()).pathname} → ${r.status()} ${body}`);
    }
  });
  return { browser, context, page, problems };
}

/**
 * While working on the portal: PORTAL_SRC=<the portal folder in the sources> serves its scripts and styles from there
 * instead of the running gateway's jar, so a change needs no repackaging and no restart of the stack.
 */
async function servePortalFrom(context, dir) {
  const fs = require('fs');
  const types = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  await context.route('**/portal/**', (route) => {
    const file = path.join(dir, new URL(route.request().url()).pathname.replace(/^\/portal\//, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file)) return route.continue();
    return route.fulfill({ status: 200, contentType: types[path.extname(file)] || 'application/octet-stream', body: fs.readFileSync(file) });
  });
}

async function login(page, username, password = 'demo-password') {
  await page.goto(`${GATEWAY}/`);
  // Keycloak's form; with organisations on it may ask for the username first, then the password.
  await page.waitForSelector('#username, input[name="username"]');
  ok(`login page of Keycloak at ${new URL(page.url()).host}`);
  await page.fill('#username', username);
  if (await page.isVisible('#password')) {
    await page.fill('#password', password);
    await page.click('#kc-login, [type=submit]');
  } else {
    await page.click('#kc-login, [type=submit]');
    await page.waitForSelector('#password');
    await page.fill('#password', password);
    await page.click('#kc-login, [type=submit]');
  }
  await page.waitForURL((url) => url.toString().startsWith(GATEWAY));
  await page.waitForSelector('body[data-ready="true"]');
  ok(`${username} logged in, portal at ${page.url()}`);
}

/** An API call with the page's session (cookie and CSRF token), as the portal makes it: {status, body}. */
async function call(page, method, apiPath, body) {
  return page.evaluate(async ([m, p, b]) => {
    const headers = { 'X-Requested-With': 'JavaScript', Accept: 'application/json' };
    if (m !== 'GET') headers['X-CSRF-Token'] = document.querySelector('meta[name="csrf-token"]').content;
    if (b !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(p, { method: m, headers, body: b === undefined ? undefined : JSON.stringify(b) });
    const text = await res.text();
    let json = null;
    try { json = JSON.parse(text); } catch (ignored) { /* not JSON */ }
    return { status: res.status, body: json ?? text };
  }, [method, apiPath, body]);
}

/** Polls fn until it returns something truthy (or throws after timeoutMs with what). */
async function until(what, fn, timeoutMs = 60000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function isoDay(plusDays = 0) {
  const d = new Date(Date.now() + plusDays * 86400000);
  return d.toISOString().slice(0, 10);
}

/** axe-core on the page as it is now: fails on any serious or critical violation, says how many lesser ones. */
async function axe(page, name) {
  if (!(await page.evaluate(() => !!window.axe))) {
    // evaluated through the DevTools protocol: the page's CSP (no inline scripts) stays as it is
    await page.evaluate(require('fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  }
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) throw new Error(`axe on ${name}: ${JSON.stringify(bad, null, 1)}`);
  ok(`axe ${name}: 0 serious or critical (${result.length} lesser: ${result.map((v) => v.id).join(', ') || 'none'})`);
}

async function shot(page, name) {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  ok(`screenshot ${file}`);
}

function ok(message) {
  console.log(`OK ${message}`);
}

/** Runs a scenario: any thrown error prints the page's URL and text, takes a failure screenshot and exits 1. */
async function scenario(name, body) {
  const started = Date.now();
  const session = await launch();
  try {
    await body(session);
    const serious = session.problems.filter((p) => !/status of 40[134]|Failed to load resource/.test(p));
    if (serious.length) throw new Error(`errors in the page:\n${serious.join('\n')}`);
    ok(`${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await session.browser.close();
    process.exit(0);
  } catch (e) {
    console.log(`FAIL ${name}: ${e && e.stack ? e.stack : e}`);
    try {
      console.log(`URL ${session.page.url()}`);
      console.log(`TEXT ${(await session.page.innerText('body')).slice(0, 2000)}`);
      await session.page.screenshot({ path: path.join(SHOTS, `FAILED-${name}.png`), fullPage: true });
    } catch (ignored) {
      // the page is gone
    }
    if (session.problems.length) console.log(session.problems.join('\n'));
    await session.browser.close().catch(() => {});
    process.exit(1);
  }
}

module.exports = { GATEWAY, launch, login, shot, ok, scenario, call, until, isoDay, axe };
