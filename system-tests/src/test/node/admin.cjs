// An admin logs in, sees the people of the tenant with their coaches, the policy, and a report drawn as an SVG chart.
const { login, shot, ok, scenario, axe } = require('./lib.cjs');

scenario('admin', async ({ page }) => {
  await login(page, process.env.LOGIN_USER || 'fjord-admin');
  await page.waitForSelector('h1:has-text("People")');
  await page.waitForSelector('table.data tbody tr');
  ok(`people: ${await page.locator('table.data tbody tr').count()} rows`);
  await axe(page, 'people');
  await shot(page, 'admin-people');

  await page.click('nav a[href="#/policy"]');
  await page.waitForSelector('h1:has-text("policy")');
  await axe(page, 'policy');
  ok(`policy page: ${(await page.innerText('main')).slice(0, 80).replace(/\n/g, ' | ')}`);

  await page.click('nav a[href="#/reports"]');
  await page.waitForSelector('section.report[data-report="funnel"] svg.chart');
  const bars = await page.locator('section.report[data-report="funnel"] svg.chart g.bar').count();
  if (bars < 4) throw new Error(`the funnel chart has ${bars} bars`);
  const charts = await page.locator('svg.chart').count();
  ok(`reports: ${charts} charts, funnel with ${bars} bars; suppressed cells: ${await page.locator('g.bar.suppressed').count()}`);
  await axe(page, 'reports');
  await shot(page, 'admin-reports');

  // log out: Keycloak ends the session and the portal asks for a login again
  await page.click('a.logout');
  await page.waitForSelector('#username, input[name="username"]');
  ok(`logged out, back at ${new URL(page.url()).host}'s login form`);
});
