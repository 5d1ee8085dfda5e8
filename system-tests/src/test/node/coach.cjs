// A coach logs in, sees the caseload (counts per stage, overdue follow-ups, last activity) and drills into a client.
const { login, shot, ok, scenario } = require('./lib.cjs');

const SEEKER_ID = process.env.SEEKER_ID || '10000000-0000-4000-8000-000000000101';
const EMPLOYER = process.env.EMPLOYER;

scenario('coach', async ({ page }) => {
  await login(page, process.env.LOGIN_USER || 'fjord-coach1');
  await page.waitForSelector('table.caseload');
  const row = page.locator(`table.caseload tr[data-seeker="${SEEKER_ID}"]`);
  await row.waitFor();
  const text = (await row.innerText()).replace(/\s+/g, ' ');
  if (EMPLOYER && !/Interview/.test(text)) throw new Error(`the caseload row has no INTERVIEW count: ${text}`);
  ok(`caseload row: ${text}`);
  if (await page.isVisible('.banner-warn')) ok(`partial: ${await page.innerText('.banner-warn')}`);
  await shot(page, 'coach-caseload');

  await row.locator('a').first().click();
  await page.waitForSelector('h2:has-text("Applications")');
  if (EMPLOYER) {
    const app = page.locator('table.data tbody tr', { hasText: EMPLOYER });
    await app.waitFor();
    ok(`client pipeline shows ${EMPLOYER} in ${await app.getAttribute('data-stage')}`);
    await app.locator('a').first().click();
    await page.waitForSelector(`h1:has-text("${EMPLOYER}")`);
    await page.waitForSelector('.banner-info');
    ok('the coach reads the application (read only)');
    await page.goBack();
    await page.waitForSelector('h2:has-text("Applications")');
  }
  await page.waitForSelector('section.card:has(h2:has-text("Feedback")) :is(p, ul, .banner)');
  await shot(page, 'coach-client');
});
