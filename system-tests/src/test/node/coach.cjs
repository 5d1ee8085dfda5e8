// A coach logs in, sees the caseload (counts per stage, overdue follow-ups, last activity) and drills into a client.
const { login, shot, ok, scenario, axe } = require('./lib.cjs');

const SEEKER_ID = process.env.SEEKER_ID || '10000000-0000-4000-8000-000000000101';
const EMPLOYER = process.env.EMPLOYER;

scenario('coach', async ({ page }) => {
  await login(page, process.env.LOGIN_USER || 'fjord-coach1');
  await page.waitForSelector('table.caseload');
  const row = page.locator(`table.caseload tr[data-seeker="${SEEKER_ID}"]`);
  await row.waitFor();
  const text = (await row.innerText()).replace(/\s+/g, ' ');
  const interviews = Number(await row.locator('td[data-stage="INTERVIEW"]').innerText() || 0);
  if (EMPLOYER && !(interviews >= 1)) throw new Error(`the caseload row has no INTERVIEW count: ${text}`);
  ok(`caseload row: ${text}`);
  if (await page.isVisible('.banner-warn')) ok(`partial: ${await page.innerText('.banner-warn')}`);
  await axe(page, 'caseload');
  await shot(page, 'coach-caseload');

  await row.locator('a').first().click();
  await page.waitForSelector('h2:has-text("Applications")');
  if (EMPLOYER) {
    const app = page.locator('.client-board .board-card', { hasText: EMPLOYER });
    await app.waitFor();
    ok(`client pipeline shows ${EMPLOYER} in ${await app.getAttribute('data-stage')}`);
    await app.locator('a').first().click();
    await page.waitForSelector(`h1:has-text("${EMPLOYER}")`);
    await page.waitForSelector('.banner-info');
    ok('the coach reads the application (read only)');
    await axe(page, 'coach application');
    await page.goBack();
    await page.waitForSelector('h2:has-text("Applications")');
  }
  await page.waitForSelector('section.card:has(h2:has-text("Last feedback")) :is(p, ul, .banner)');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  ok(`client page in one screen: ${height}px high, ${await page.locator('.followup-lines > li').count()} overdue follow-ups in one line each`);
  await axe(page, 'client');
  await shot(page, 'coach-client');

  await page.click('nav a[href="#/reports"]');
  await page.waitForSelector('section.report');
  await axe(page, 'coach reports');
});
