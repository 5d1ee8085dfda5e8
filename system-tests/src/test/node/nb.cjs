// A Norwegian seeker's, coach's and admin's pages: every page's rendered text is checked against the English catalogue (no English string
// may show), and axe-core finds nothing serious or critical on any of them.
const fs = require('fs');
const path = require('path');
const { login, shot, ok, scenario, call, axe } = require('./lib.cjs');

const SEEKER = '20000000-0000-4000-8000-000000000101'; // nordlys-seeker1, nordlys-coach1's client
const I18N = path.join(__dirname, '../../../../gateway/src/main/resources/META-INF/resources/portal/js/i18n.js');

/** The English texts that are not also Norwegian, cut at their placeholders, as pieces long enough to mean something. */
async function englishPieces() {
  const code = fs.readFileSync(I18N, 'utf8');
  const { dictionaries: { en, nb } } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const nbText = Object.values(nb).join('\n');
  const pieces = new Set();
  for (const [k, v] of Object.entries(en)) {
    if (nb[k] === v) continue;
    for (const piece of v.split(/\{\w+\}/)) {
      const p = piece.trim();
      if (p.length >= 6 && !nbText.includes(p)) pieces.add(p);
    }
  }
  return [...pieces];
}

scenario('nb', async ({ page }) => {
  const pieces = await englishPieces();
  await login(page, process.env.LOGIN_USER || 'nordlys-seeker1');
  await page.waitForSelector('html[lang="nb"]');
  const created = await call(page, 'POST', '/api/applications', { employer: `Fjellvind ${Date.now().toString(36)}`, position: 'Utvikler' });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.application.id;
  const check = async (hash, name) => {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForFunction((p) => document.querySelector('main')?.dataset.page === p, hash.slice(1));
    await page.waitForTimeout(300);
    // open what is folded, so its words are read too
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
    const text = await page.innerText('body');
    const english = pieces.filter((p) => text.includes(p));
    if (english.length) throw new Error(`English on the nb ${name} page: ${english.join(' | ')}`);
    ok(`nb ${name}: no English string (${text.length} characters checked)`);
    await axe(page, `nb ${name}`);
    await shot(page, `nb-${name}`);
  };
  for (const [hash, name] of [['#/today', 'today'], ['#/applications', 'board'], ['#/applications?view=list', 'list'],
    [`#/applications/${id}`, 'application'], ['#/feedback', 'feedback'], ['#/settings', 'settings']]) {
    await check(hash, name);
  }

  // the coach's and the admin's pages, in Bokmål too
  for (const [user, pages] of [
    ['nordlys-coach1', [['#/caseload', 'caseload'], [`#/clients/${SEEKER}`, 'client'], ['#/reports', 'coach reports']]],
    ['nordlys-admin', [['#/people', 'people'], ['#/policy', 'policy'], ['#/taxonomy', 'taxonomy'], ['#/reports', 'reports']]]]) {
    await page.click('a.logout');
    await login(page, user);
    await page.waitForSelector('html[lang="nb"]');
    for (const [hash, name] of pages) await check(hash, name);
  }
});
