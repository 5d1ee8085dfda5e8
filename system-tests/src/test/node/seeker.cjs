// A seeker logs in through Keycloak, adds an application, tries an illegal move (sees the allowed moves), moves it to
// INTERVIEW and finds it in the log with its stage.
const { login, shot, ok, scenario, axe } = require('./lib.cjs');

const EMPLOYER = process.env.EMPLOYER || `Nordlys Energi ${Date.now()}`;
const POSITION = 'Data engineer';

scenario('seeker', async ({ page }) => {
  await login(page, process.env.LOGIN_USER || 'fjord-seeker1');
  await page.waitForSelector('h1');
  if (!(await page.url()).endsWith('#/today')) throw new Error(`the seeker's home is not Today: ${page.url()}`);
  await page.waitForSelector('.reminders');
  ok(`Today shows: ${(await page.innerText('.reminders')).slice(0, 120).replace(/\n/g, ' | ')}`);
  await axe(page, 'today');
  await shot(page, 'seeker-today-first');

  await page.click('nav a[href="#/applications"]');
  await page.waitForSelector('.board');
  await axe(page, 'board');
  const add = page.locator('details.panel', { has: page.locator('summary', { hasText: 'Add application' }) });
  // The panel starts open for an empty log and closed otherwise; the list may re-render once it loads.
  const employer = add.locator('input[name="employer"]');
  for (let i = 0; i < 20 && !(await employer.isVisible()); i++) {
    if ((await add.getAttribute('open')) === null) await add.locator('summary').click();
    await page.waitForTimeout(250);
  }
  await employer.fill(EMPLOYER);
  await page.fill('input[name="position"]', POSITION);
  await page.fill('input[name="location"]', 'Tromsø');
  await page.selectOption('select[name="sector"]', 'PRIVATE');
  await page.click('form.grid button[type="submit"]:has-text("Add")');
  await page.waitForSelector(`h1:has-text("${EMPLOYER}")`);
  ok(`application added: ${page.url()}`);

  await axe(page, 'application');
  // an illegal move answers 409: the page lists what is allowed from APPLIED
  await page.click('details.move-panel > summary');
  await page.selectOption('form.move select[name="stage"]', 'ACCEPTED');
  await page.click('form.move button[type="submit"]');
  await page.waitForSelector('.move-hint .form-error');
  const hint = await page.innerText('.move-hint');
  if (!/Interview/.test(hint)) throw new Error(`the refused move does not list INTERVIEW as allowed: ${hint}`);
  ok(`illegal move refused, allowed moves shown: ${hint.replace(/\n/g, ' | ')}`);
  await shot(page, 'seeker-illegal-move');

  // pick INTERVIEW from the allowed moves and move
  await page.click('.move-hint button:has-text("Interview")');
  await page.click('form.move button[type="submit"]');
  await page.waitForSelector('.page-head .intro .chip.stage-interview');
  ok('moved to INTERVIEW');
  await shot(page, 'seeker-moved');

  await page.click('nav a[href="#/applications"]');
  await page.click('.view-switch a[href="#/applications?view=list"]');
  await page.waitForSelector('form.filters');
  await axe(page, 'list');
  const row = page.locator('table.data tbody tr', { hasText: EMPLOYER });
  await row.waitFor();
  const stage = await row.getAttribute('data-stage');
  if (stage !== 'INTERVIEW') throw new Error(`the log shows ${EMPLOYER} in ${stage}`);
  ok(`the log shows ${EMPLOYER} in INTERVIEW: ${(await row.innerText()).replace(/\s+/g, ' ')}`);
  await shot(page, 'seeker-applications');

  for (const [link, name] of [['#/feedback', 'feedback'], ['#/settings', 'settings']]) {
    await page.click(`nav a[href="${link}"]`);
    await page.waitForFunction((p) => document.querySelector('main')?.dataset.page === p, link.slice(1));
    await axe(page, name);
  }

  // the calendar subscription on the settings page: copy, open in the calendar app (webcal:), make a new address
  await page.waitForSelector('#cal-url');
  const before = await page.inputValue('#cal-url');
  const webcal = await page.getAttribute('section.calendar a[href^="webcal:"]', 'href');
  if (webcal !== before.replace(/^https?:/, 'webcal:')) throw new Error(`the calendar link is ${webcal} for ${before}`);
  page.once('dialog', (d) => d.accept());
  await page.click('section.calendar button.ghost');
  await page.waitForFunction((old) => document.querySelector('#cal-url')?.value !== old, before);
  const after = await page.inputValue('#cal-url');
  const oldFeed = await page.request.get(before);
  const newFeed = await page.request.get(after);
  if (oldFeed.status() !== 404 || newFeed.status() !== 200) throw new Error(`after renewing: old ${oldFeed.status()}, new ${newFeed.status()}`);
  ok(`calendar: ${webcal.slice(0, 30)}…, renewed; the old address answers 404, the new one 200`);
});
