// An admin logs in, sees the people of the tenant with their coaches, the policy, and a report drawn as an SVG chart.
const { login, shot, ok, scenario, axe, call } = require('./lib.cjs');

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
  // saving re-plans every application; the progress is told in words while it runs
  await page.click('form.policy button[type="submit"]');
  await page.waitForFunction(() => /applications re-planned/.test(document.querySelector('.replan')?.textContent || ''));
  ok(`re-plan: ${await page.innerText('.replan')}`);

  // the taxonomy editor: add a strength tag, relabel it, retire it
  const code = `calm-${Date.now().toString(36)}`;
  await page.click('nav a[href="#/taxonomy"]');
  const strengths = page.locator('section.tax[data-kind="strengths"]');
  await strengths.waitFor();
  await axe(page, 'taxonomy');
  await strengths.locator('details.panel > summary').click();
  await strengths.locator('form.tax-add input[name="code"]').fill(code);
  await strengths.locator('form.tax-add input[name="en"]').fill('Calm under pressure');
  await strengths.locator('form.tax-add input[name="nb"]').fill('Rolig under press');
  await strengths.locator('form.tax-add button[type="submit"]').click();
  const row = () => page.locator(`section.tax[data-kind="strengths"] tr[data-code="${code}"]`);
  await row().waitFor();
  await row().locator('input[name="en"]').fill('Keeps calm under pressure');
  await row().locator('button.secondary').click();
  await page.waitForFunction((c) => document.querySelector(`tr[data-code="${c}"] input[name="en"]`)?.value === 'Keeps calm under pressure'
    && !document.querySelector(`tr[data-code="${c}"] button.secondary`)?.disabled, code);
  await row().locator('button.ghost').click();
  await page.waitForSelector(`tr.retired[data-code="${code}"]`);
  const tax = (await call(page, 'GET', '/api/taxonomy')).body;
  const item = (tax.strengths || []).find((i) => i.code === code);
  if (!item || item.labels.en !== 'Keeps calm under pressure' || item.labels.nb !== 'Rolig under press' || !item.retired) {
    throw new Error(`the taxonomy says ${JSON.stringify(item)}`);
  }
  ok(`taxonomy editor: ${code} added, relabelled and retired`);
  await shot(page, 'admin-taxonomy');

  await page.click('nav a[href="#/reports"]');
  await page.waitForSelector('section.report[data-report="funnel"] svg.chart');
  const bars = await page.locator('section.report[data-report="funnel"] svg.chart g.bar').count();
  if (bars < 4) throw new Error(`the funnel chart has ${bars} bars`);
  const charts = await page.locator('svg.chart').count();
  ok(`reports: ${charts} charts, funnel with ${bars} bars; suppressed cells: ${await page.locator('g.bar.suppressed').count()}`);
  // labels are never cut short: every bar's label is the whole text of its table row
  const cut = await page.evaluate(() => [...document.querySelectorAll('figure.chart-figure')].flatMap((f) => {
    const labels = [...f.querySelectorAll('text.chart-label')].map((x) => x.textContent);
    const rows = [...f.querySelectorAll('.chart-table th')].map((x) => x.textContent);
    return labels.filter((l, i) => l !== rows[i] || l.endsWith('…'));
  }));
  if (cut.length) throw new Error(`chart labels cut short: ${cut}`);
  if ((await page.locator('.suppressed-note').count()) !== 1) throw new Error('the suppressed cells are not explained once');
  // an admin narrows the reports to one coach
  await page.selectOption('select[name="coachId"]', { index: 1 });
  const coached = page.waitForResponse((r) => r.url().includes('/api/reports/funnel') && r.url().includes('coachId='));
  await page.click('form.filters button[type="submit"]');
  if ((await coached).status() !== 200) throw new Error('the funnel for one coach failed');
  await page.waitForSelector('section.report[data-report="funnel"]');
  ok('reports: labels whole, suppressed cells explained once, filtered by coach');
  await axe(page, 'reports');
  await shot(page, 'admin-reports');

  // log out: Keycloak ends the session and the portal asks for a login again
  await page.click('a.logout');
  await page.waitForSelector('#username, input[name="username"]');
  ok(`logged out, back at ${new URL(page.url()).host}'s login form`);
});
