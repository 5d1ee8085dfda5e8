// Today and the application's story: a feedback request that fell due is sent by e-mail (the mailto link has the
// contact's address, the draft's subject and body), "Sent it" logs the outbound contact and closes the follow-up,
// and the application's timeline shows it with the feedback recorded, newest first.
const { login, shot, ok, scenario, call, until, isoDay } = require('./lib.cjs');

const EMPLOYER = `${process.env.EMPLOYER || 'Today Test'} ${Date.now().toString(36)}`;
const EMAIL = 'kari.hr@example.org';

scenario('today', async ({ page }) => {
  await login(page, process.env.LOGIN_USER || 'fjord-seeker4');
  // a rejection logged three weeks late: its feedback request (F7, to the application's contact) is overdue
  const created = await call(page, 'POST', '/api/applications', { employer: EMPLOYER, position: 'Analyst', appliedOn: isoDay(-50) });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.application.id;
  const contact = await call(page, 'POST', `/api/applications/${id}/contacts`, { name: 'Kari Nordmann', role: 'HR', email: EMAIL });
  if (contact.status !== 201) throw new Error(`contact: ${contact.status} ${JSON.stringify(contact.body)}`);
  const rejected = await call(page, 'POST', `/api/applications/${id}/stage`, { stage: 'REJECTED', at: isoDay(-20) });
  if (rejected.status !== 200) throw new Error(`reject: ${rejected.status} ${JSON.stringify(rejected.body)}`);
  const reminder = await until('the feedback request to fall due', async () => {
    const r = await call(page, 'GET', `/api/reminders?applicationId=${id}&status=DUE`);
    return (r.body.items || []).find((x) => x.rule === 'F7');
  }, 90000);
  ok(`F7 due for ${EMPLOYER}: ${reminder.reason}`);
  const fb = await call(page, 'POST', '/api/feedback', { applicationId: id, outcome: 'REJECTED', stageReached: 'APPLIED',
    requested: true, received: true, betterCandidateHint: 'More cloud experience' });
  if (fb.status !== 201) throw new Error(`feedback: ${fb.status} ${JSON.stringify(fb.body)}`);

  await page.click('nav a[href="#/feedback"]');
  await page.click('nav a[href="#/today"]');
  const card = page.locator(`article.reminder[data-id="${reminder.id}"]`);
  await card.waitFor();
  if (await card.locator('pre.body').isVisible()) throw new Error('the draft fills the page before it is asked for');
  await card.locator('details.draft > summary').click();
  await card.locator('pre.body').waitFor();
  const href = await card.locator('a.mailto').getAttribute('href');
  const url = new URL(href);
  const to = decodeURIComponent(url.pathname);
  const subject = url.searchParams.get('subject');
  const body = url.searchParams.get('body');
  if (to !== EMAIL) throw new Error(`mailto goes to ${to}`);
  if (subject !== reminder.draft.subject) throw new Error(`mailto subject ${subject} ≠ ${reminder.draft.subject}`);
  if (body.replace(/\r\n/g, '\n') !== reminder.draft.body) throw new Error(`mailto body differs from the draft: ${body}`);
  ok(`mailto to ${to}, subject "${subject}", body of ${body.length} characters`);
  await shot(page, 'seeker-today');

  await card.locator('button.sent-it').click();
  await card.waitFor({ state: 'detached' });
  const after = await call(page, 'GET', `/api/reminders/${reminder.id}`);
  if (after.body.status !== 'DONE') throw new Error(`after Sent it the follow-up is ${after.body.status}`);
  const app = (await call(page, 'GET', `/api/applications/${id}`)).body;
  const logged = (app.interactions || []).find((i) => i.direction === 'OUTBOUND' && i.purpose === 'FEEDBACK_REQUEST'
    && i.contactId === contact.body.id && i.channel === 'EMAIL');
  if (!logged) throw new Error(`no outbound feedback request logged: ${JSON.stringify(app.interactions)}`);
  ok('Sent it: the feedback request is logged to Kari Nordmann by e-mail and the follow-up is DONE');

  // the story: newest first, the feedback, the contact, the done follow-up and the stage changes
  await page.goto(`${page.url().split('#')[0]}#/applications/${id}`);
  await page.waitForSelector('ol.story-list');
  const kinds = await page.locator('ol.story-list > li').evaluateAll((lis) => lis.map((li) => li.dataset.kind));
  for (const k of ['feedback', 'interaction', 'follow-up done', 'stage']) {
    if (!kinds.includes(k)) throw new Error(`the timeline has no ${k}: ${kinds}`);
  }
  const times = await page.locator('ol.story-list > li > time').evaluateAll((ts) => ts.map((x) => Date.parse(x.dateTime)));
  if (times.some((x, i) => i > 0 && x > times[i - 1])) throw new Error(`the timeline is not newest first: ${times}`);
  if (!(await page.innerText('ol.story-list')).includes('More cloud experience')) throw new Error('the feedback text is missing');
  ok(`timeline, newest first, with the feedback: ${kinds.join(', ')}`);
  await page.waitForSelector('.next-step');
  ok(`next step: ${(await page.innerText('.next-step')).replace(/\n/g, ' | ').slice(0, 120)}`);
  await shot(page, 'seeker-application');
});
