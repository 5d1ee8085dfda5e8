// The seeker's board: a card dragged to another column moves the application (seen in the API), a refused drop snaps
// back with the reason and the allowed moves, the move menu does the same from the keyboard, the list sorts and
// searches, and a late answer for a page the user has left is dropped (the stale-page race, with delayed answers).
const { login, shot, ok, scenario, call } = require('./lib.cjs');

const EMPLOYER = `${process.env.EMPLOYER || 'Board Test'} ${Date.now().toString(36)}`;

/**
 * Drags a card onto a column as the browser's drag and drop does: dragstart on the card, dragover and drop on the
 * column, dragend, all with one DataTransfer. (Playwright's mouse-driven dragTo starts no drag at all in some runs
 * of headless Chromium under load; the DOM events are what the board listens to, every time.)
 */
async function drag(page, card, stage) {
  const column = page.locator(`.board > .column[data-stage="${stage}"]`);
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await card.dispatchEvent('dragstart', { dataTransfer });
  await column.dispatchEvent('dragover', { dataTransfer });
  await column.dispatchEvent('drop', { dataTransfer });
  await card.dispatchEvent('dragend', { dataTransfer });
}

async function stageOf(page, id) {
  const r = await call(page, 'GET', `/api/applications/${id}`);
  return r.body.stage;
}

scenario('board', async ({ page }) => {
  await login(page, process.env.LOGIN_USER || 'fjord-seeker3');
  const created = await call(page, 'POST', '/api/applications', { employer: EMPLOYER, position: 'Platform engineer', sector: 'PRIVATE' });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.application.id;

  await page.click('nav a[href="#/applications"]');
  const card = page.locator(`.board-card[data-id="${id}"]`);
  await card.waitFor();
  if (await card.getAttribute('data-stage') !== 'APPLIED') throw new Error('the new card is not in Applied');
  ok(`board: ${await page.locator('.board:not(.closed) > .column').count()} open columns, card in ${await card.evaluate((c) => c.closest('.column').dataset.stage)}`);
  if (!(await page.isVisible('.closed-columns > summary'))) throw new Error('the closed stages are not folded away');

  // drag the card to Interview: the tracker records the move
  await drag(page, card, 'INTERVIEW');
  await page.waitForSelector(`.column[data-stage="INTERVIEW"] .board-card[data-id="${id}"][data-stage="INTERVIEW"]`);
  const moved = await stageOf(page, id);
  if (moved !== 'INTERVIEW') throw new Error(`after the drop the API says ${moved}`);
  ok('dragged to Interview: the API says INTERVIEW');
  await shot(page, 'seeker-board');

  // a refused drop (Interview back to the wish list) snaps back with the reason and the allowed moves
  await drag(page, page.locator(`.board-card[data-id="${id}"]`), 'WISHLIST');
  await page.waitForSelector('.board-status .form-error');
  const why = (await page.innerText('.board-status')).replace(/\n/g, ' | ');
  if (!/Offer/.test(why)) throw new Error(`the refusal does not list the allowed moves: ${why}`);
  await page.waitForSelector(`.column[data-stage="INTERVIEW"] .board-card[data-id="${id}"]`);
  if (await stageOf(page, id) !== 'INTERVIEW') throw new Error('the refused drop changed the stage');
  ok(`refused drop snapped back, explained: ${why}`);
  await shot(page, 'seeker-board-refused');

  // the keyboard: focus the card, M opens the move menu, arrows pick Reference check, Enter moves
  const again = page.locator(`.board-card[data-id="${id}"]`);
  await again.focus();
  await page.keyboard.press('m');
  await page.waitForSelector(`#menu-${id}:not([hidden])`);
  for (let i = 0; i < 10; i++) {
    if ((await page.evaluate(() => document.activeElement?.dataset?.stage)) === 'REFERENCE_CHECK') break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.column[data-stage="REFERENCE_CHECK"] .board-card[data-id="${id}"][data-stage="REFERENCE_CHECK"]`);
  if (await stageOf(page, id) !== 'REFERENCE_CHECK') throw new Error('the move menu did not move it');
  await page.waitForFunction((x) => document.activeElement?.dataset?.id === x, id);
  ok('moved with the keyboard menu to REFERENCE_CHECK, the focus stays on the card');

  // the list: search finds it, the column heads sort
  await page.click('.view-switch a[href="#/applications?view=list"]');
  await page.fill('input[name="q"]', EMPLOYER);
  const row = page.locator('table.data tbody tr', { hasText: EMPLOYER });
  await row.waitFor();
  if ((await page.locator('table.data tbody tr').count()) !== 1) throw new Error('the search shows more than the one application');
  await page.fill('input[name="q"]', '');
  await page.click('th button[data-sort="employer"]');
  await page.waitForSelector('th[aria-sort="ascending"] button[data-sort="employer"]');
  const names = await page.locator('table.data tbody tr td:first-child').allInnerTexts();
  const sorted = [...names].sort((a, b) => a.localeCompare(b));
  if (names.join('|') !== sorted.join('|')) throw new Error(`not sorted by employer: ${names.slice(0, 5)}`);
  ok(`list: search finds ${EMPLOYER}, ${names.length} rows sorted by employer`);
  await shot(page, 'seeker-list');

  // the stale-page race: the applications answer late; the user has gone on to Feedback by then
  await page.route('**/api/applications?limit=500*', async (route) => {
    await new Promise((r) => setTimeout(r, 2500));
    await route.continue().catch(() => {});
  });
  for (let i = 0; i < 3; i++) {
    await page.click('nav a[href="#/applications"]');
    await page.waitForTimeout(150);
    await page.click('nav a[href="#/settings"]');
    await page.waitForSelector('h1:has-text("Settings")');
    await page.waitForTimeout(3000);
    const h1 = await page.innerText('main h1');
    if (h1 !== 'Settings' || await page.isVisible('.board, table.data')) throw new Error(`a late answer replaced the page: ${h1}`);
  }
  await page.unroute('**/api/applications?limit=500*');
  ok('stale page race: 3 late answers for a page left were dropped');

  // phone size: the board scrolls by column, Today has no sideways scroll
  await page.setViewportSize({ width: 390, height: 844 });
  await page.click('nav a[href="#/applications"]');
  await page.waitForSelector('.board');
  const board = await page.evaluate(() => {
    const b = document.querySelector('.board');
    return { page: document.documentElement.scrollWidth, board: b.scrollWidth, box: b.clientWidth };
  });
  if (board.page > 390) throw new Error(`the page scrolls sideways on a phone: ${JSON.stringify(board)}`);
  await shot(page, 'phone-board');
  await page.click('nav a[href="#/today"]');
  await page.waitForSelector('.reminders');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 390) throw new Error(`Today scrolls sideways on a phone: ${width}px`);
  ok(`phone: board ${board.board}px in ${board.box}px scrolls by column, Today ${width}px wide`);
  await shot(page, 'phone-today');
});
