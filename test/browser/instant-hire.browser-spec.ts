import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  CENTRE,
  employerWithProfile,
  northOfCentre,
  workerWithProfile,
} from '../listings/listings-factory';
import { createMarket } from '../markets/market-factory';
import type { SignedIn } from '../support/test-api';
import { AppClock } from '../support/test-clock';
import { seriousViolations } from './support/axe';
import { desktopContext, launchBrowser, phoneContext, Screens, tvContext } from './support/browser';
import { markNoReload, signInThroughPage, wasNotReloaded } from './support/people';
import { WebStack } from './support/web-stack';

/**
 * 即时快招 in a real browser, the story: an employer on a PC posts an
 * instant shift; a worker on a phone, online, gets the offer card and accepts; the
 * hall's TV shows the shift and its seats left dropping without a reload; the
 * employer sees the seat filled and confirms; the worker sees the confirmation.
 * The apps and the browsers stand at 23:30 in Dalian, whatever the hour the tests run:
 * the form's default start (the next full hour) is past midnight, an instant shift all
 * the same.
 */
describe('instant hire in the browser', () => {
  let stack: WebStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const screens = new Screens('instant-hire');
  const clock = AppClock.at('23:30');
  let market: { id: string; name: string };
  let employer: SignedIn;
  let worker: SignedIn;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([WebStack.start(clock.env), launchBrowser()]);
    const admin = await stack.api.signIn('admin');
    market = await createMarket(stack.api, admin.token, { location: CENTRE });
    employer = await employerWithProfile(stack.api, { name: '星海湾海鲜加工厂' });
    worker = await workerWithProfile(stack.api, {
      name: '李建国',
      availability: [],
      maxTravelKm: 30,
      trades: [{ code: 'loader', level: 4 }],
    });
  }, 90_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await stack?.close();
  });

  async function open(kind: 'phone' | 'desktop' | 'tv', path: string): Promise<Page> {
    const location = northOfCentre(0.8);
    const context =
      kind === 'phone'
        ? await phoneContext(browser, stack.baseUrl, {
            latitude: location.lat,
            longitude: location.lng,
          })
        : kind === 'desktop'
          ? await desktopContext(browser, stack.baseUrl)
          : await tvContext(browser, stack.baseUrl);
    contexts.push(context);
    // The page's clock stands with the apps' and runs on from there.
    await context.clock.install({ time: clock.now() });
    const page = await context.newPage();
    await page.goto(path);
    return page;
  }

  it('an instant shift goes from the employer to the worker, the board and back to a confirmed seat', async () => {
    // The hall's TV, before anything is posted.
    const board = await open('tv', `/board/${market.id}`);
    await board.getByTestId('board-clock').waitFor();
    await screens.shot(board, 'board-empty');

    // The worker signs in on their phone and goes online.
    const phone = await open('phone', '/w');
    await signInThroughPage(phone, worker.phone);
    await screens.shot(phone, 'worker-home-offline');
    await phone.getByTestId('online-toggle').click();
    await phone.locator('[data-testid=online-status][data-online=true]').waitFor();
    await screens.shot(phone, 'worker-online');

    // The employer signs in at their PC and posts an instant shift for two people.
    const pc = await open('desktop', '/e');
    await signInThroughPage(pc, employer.phone);
    await screens.shot(pc, 'employer-shifts');
    await pc.goto('/e/post');
    await pc
      .locator('[data-testid=shift-title] input, input[data-testid=shift-title]')
      .fill('冷库卸货 两人');
    await pc.getByTestId('shift-trade').selectOption('loader');
    await pc.getByTestId('shift-district').selectOption('中山区');
    await fillInput(pc, 'shift-address', '大连市中山区港湾街 5 号');
    await fillInput(pc, 'shift-lat', String(CENTRE.lat));
    await fillInput(pc, 'shift-lng', String(CENTRE.lng));
    await fillInput(pc, 'shift-pay-amount', '35');
    await fillInput(pc, 'shift-headcount', '2');
    await setChecked(pc, 'shift-instant');
    await pc.getByTestId('shift-market').selectOption(market.id);
    await screens.shot(pc, 'employer-post-form');
    await pc.getByTestId('shift-submit').click();
    await pc.waitForURL(/\/e\/shifts\/[0-9a-f-]{36}$/);
    const shiftId = pc.url().split('/').pop()!;
    await expectText(pc, 'fill-progress', '0/2');
    await screens.shot(pc, 'employer-shift-posted');

    // The board shows it with two seats left, without a reload.
    await markNoReload(board);
    const boardRow = board.locator(`[data-testid=board-shift][data-shift-id="${shiftId}"]`);
    await expectLocatorText(boardRow.getByTestId('seats-left'), /^\s*2\s*$/);
    await screens.shot(board, 'board-shift-open');

    // The offer reaches the phone as a card with a live countdown; one tap accepts it.
    const card = phone.getByTestId('offer-card');
    await card.waitFor();
    await phone.getByTestId('offer-countdown').waitFor();
    await screens.shot(phone, 'worker-offer-card');
    await markNoReload(phone);
    await phone.getByTestId('offer-accept').click();
    await phone.locator('[data-testid=assignment-status][data-status=pending_confirm]').waitFor();
    await screens.shot(phone, 'worker-accepted');

    // The board's seats-left drops, live.
    await expectLocatorText(boardRow.getByTestId('seats-left'), /^\s*1\s*$/);
    expect(await wasNotReloaded(board)).toBe(true);
    await screens.shot(board, 'board-seat-taken');

    // The employer sees the seat filled and confirms the worker.
    await expectText(pc, 'fill-progress', '1/2');
    const row = pc.getByTestId('assignment-row');
    await row.locator('[data-testid=assignment-status][data-status=pending_confirm]').waitFor();
    await screens.shot(pc, 'employer-seat-filled');
    await row.getByTestId('assignment-confirm').click();
    await row.locator('[data-testid=assignment-status][data-status=confirmed]').waitFor();
    await screens.shot(pc, 'employer-confirmed');

    // The worker's phone shows the confirmation without a reload.
    await phone.locator('[data-testid=assignment-status][data-status=confirmed]').waitFor();
    expect(await wasNotReloaded(phone)).toBe(true);
    await screens.shot(phone, 'worker-confirmed');

    const [assignment] = await stack.api.db.query(
      `SELECT status, source FROM assignments WHERE shift_id = $1 AND worker_id = $2`,
      [shiftId, worker.id],
    );
    expect(assignment).toEqual({ status: 'confirmed', source: 'offer' });
  }, 180_000);

  it('the worker app, the employer pc and the board have no serious accessibility violations', async () => {
    const pages: [string, Page][] = [];
    const phone = await open('phone', '/w');
    await signInThroughPage(phone, worker.phone);
    await phone.getByTestId('online-toggle').waitFor();
    pages.push(['worker app', phone]);
    const pc = await open('desktop', '/e/post');
    await signInThroughPage(pc, employer.phone);
    await pc.getByTestId('shift-submit').waitFor();
    pages.push(['employer pc', pc]);
    const board = await open('tv', `/board/${market.id}`);
    await board.getByTestId('board-clock').waitFor();
    pages.push(['board', board]);
    for (const [name, page] of pages) {
      expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
    }
  }, 120_000);
});

/** Fills a plain input or the input inside a Vant field carrying the test id. */
async function fillInput(page: Page, testId: string, value: string): Promise<void> {
  await page
    .locator(`input[data-testid=${testId}], [data-testid=${testId}] input`)
    .first()
    .fill(value);
}

async function setChecked(page: Page, testId: string): Promise<void> {
  const target = page.getByTestId(testId);
  const checkbox = page.locator(`input[type=checkbox][data-testid=${testId}]`);
  if ((await checkbox.count()) > 0) await checkbox.check();
  else if ((await target.getAttribute('aria-checked')) !== 'true') await target.click();
}

async function expectText(page: Page, testId: string, text: string): Promise<void> {
  await expectLocatorText(page.getByTestId(testId).first(), text);
}

/** Waits until the element's text contains `text` (the DOM changes when the event arrives). */
async function expectLocatorText(
  locator: ReturnType<Page['locator']>,
  text: string | RegExp,
): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}
