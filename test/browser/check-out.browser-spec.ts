import type { Browser, BrowserContext, Page } from 'playwright-core';
import { COMMITMENT_TEXTS } from '@app/commitments/commitment-texts';
import {
  CENTRE,
  employerWithProfile,
  postShift,
  shiftBody,
  workerWithProfile,
} from '../listings/listings-factory';
import type { SignedIn, TestApi } from '../support/test-api';
import { desktopContext, launchBrowser, phoneContext, Screens } from './support/browser';
import { signInThroughPage } from './support/people';
import { WebStack } from './support/web-stack';

jest.setTimeout(180_000);

/*
 * The apps run on a fixed clock (CLOCK_FIXED_AT), set to a whole minute so the hours and
 * pay are exact; every shift here is placed relative to it, so nothing depends on the hour
 * at which the test runs.
 */
const T = new Date(Math.floor(Date.now() / 60_000) * 60_000);
const minutes = (m: number) => new Date(T.getTime() + m * 60_000);

/** A shift of the employer's and the worker's seat on it, already checked in (SQL, fast). */
async function checkedInSeat(
  api: TestApi,
  employer: SignedIn,
  worker: SignedIn,
  startsAt: Date,
  endsAt: Date,
  checkInAt: Date,
): Promise<{ shiftId: string; assignmentId: string }> {
  const [row] = await api.db.query(
    `WITH s AS (
       INSERT INTO shifts (employer_id, title, trade_code, lat, lng, address, district, starts_at,
                           ends_at, pay_unit, pay_fen, headcount, filled, status)
       VALUES ($1, '冷库装卸（签退测试）', 'loader', $2, $3, '大连市中山区人民路 1 号', '中山区',
               $4, $5, 'hour', 3000, 1, 1, 'filled')
       RETURNING id)
     INSERT INTO assignments (shift_id, worker_id, source, status, period, confirmed_at, check_in_at,
                              check_in_method)
     SELECT s.id, $6, 'grab', 'checked_in', tstzrange($4, $5), $7, $7, 'code' FROM s
     RETURNING id, shift_id`,
    [employer.id, CENTRE.lat, CENTRE.lng, startsAt, endsAt, worker.id, checkInAt],
  );
  return { shiftId: row.shift_id, assignmentId: row.id };
}

/**
 * Issue 13 items 10 and 12 on screens: the worker reads the 抢单承诺 before the first
 * grab (and only then); a check-out before the start is refused with the reason; at
 * check-out the worker confirms the hours and pay shown; the employer disputes the
 * hours in the console and the worker accepts the employer's figure.
 */
describe('grab commitment, check-out and the hours dispute', () => {
  const screens = new Screens('check-out');
  let stack: WebStack;
  let browser: Browser;
  let phoneCtx: BrowserContext;
  let pcCtx: BrowserContext;
  let phone: Page;
  let pc: Page;
  let employer: SignedIn;
  let worker: SignedIn;
  let done: { shiftId: string; assignmentId: string };

  beforeAll(async () => {
    stack = await WebStack.start({ CLOCK_FIXED_AT: T.toISOString() });
    browser = await launchBrowser();
    employer = await employerWithProfile(stack.api, { name: '星海湾冷链物流' });
    worker = await workerWithProfile(stack.api, { name: '王师傅' });
    phoneCtx = await phoneContext(browser, stack.baseUrl, {
      latitude: CENTRE.lat,
      longitude: CENTRE.lng,
    });
    pcCtx = await desktopContext(browser, stack.baseUrl);
    phone = await phoneCtx.newPage();
    pc = await pcCtx.newPage();
    await phone.goto('/w');
    await signInThroughPage(phone, worker.phone);
  });

  afterAll(async () => {
    await phoneCtx?.close();
    await pcCtx?.close();
    await browser?.close();
    await stack?.close();
  });

  it('shows the 抢单承诺 with its version before the first grab, and not again', async () => {
    const tomorrow = await postShift(
      stack.api,
      employer.token,
      shiftBody(T, { startsAt: minutes(24 * 60), endsAt: minutes(26 * 60) }),
    );
    await phone.goto(`/w/shifts/${tomorrow.id}`);
    await phone.getByTestId('shift-grab').click();
    const dialog = phone.locator('.wk-grab-commitment');
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('抢单承诺');
    expect(text).toContain(COMMITMENT_TEXTS.grab.zh);
    expect(text).toContain(COMMITMENT_TEXTS.grab.version);
    await screens.shot(phone, 'grab-commitment');
    await dialog.locator('.van-dialog__confirm').click();
    await phone.waitForURL(/\/w\/assignments\/[0-9a-f-]{36}$/);
    const rows = await stack.api.db.query(
      `SELECT subject_id, version FROM commitments WHERE user_id = $1 AND kind = 'grab'`,
      [worker.id],
    );
    expect(rows).toEqual([{ subject_id: tomorrow.id, version: COMMITMENT_TEXTS.grab.version }]);

    // The next grab goes straight through.
    const later = await postShift(
      stack.api,
      employer.token,
      shiftBody(T, { startsAt: minutes(48 * 60), endsAt: minutes(50 * 60) }),
    );
    await phone.goto(`/w/shifts/${later.id}`);
    await phone.getByTestId('shift-grab').click();
    await phone.waitForURL(/\/w\/assignments\/[0-9a-f-]{36}$/);
    expect(await phone.locator('.wk-grab-commitment').isVisible()).toBe(false);
  });

  it('refuses a check-out before the shift starts, saying when it starts', async () => {
    const early = await checkedInSeat(
      stack.api,
      employer,
      worker,
      minutes(60),
      minutes(300),
      minutes(-10),
    );
    await phone.goto(`/w/assignments/${early.assignmentId}`);
    await phone.getByTestId('checkout').click();
    const alert = phone.getByTestId('checkout-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('才开始');
    await screens.shot(phone, 'checkout-too-early');
    const [row] = await stack.api.db.query(
      `SELECT status, check_out_at FROM assignments WHERE id = $1`,
      [early.assignmentId],
    );
    expect(row).toEqual({ status: 'checked_in', check_out_at: null });
  });

  it('shows the hours and pay at check-out and records them once the worker confirms', async () => {
    // Checked in 4 h 15 min ago: 4.25 h at 30 元/h is ¥127.50.
    done = await checkedInSeat(
      stack.api,
      employer,
      worker,
      minutes(-240),
      minutes(-1),
      minutes(-255),
    );
    await phone.goto(`/w/assignments/${done.assignmentId}`);
    await phone.getByTestId('checkout').click();
    const dialog = phone.locator('.wk-checkout-dialog');
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('4.25');
    expect(text).toContain('¥127.50');
    await screens.shot(phone, 'checkout-confirm');
    await dialog.locator('.van-dialog__confirm').click();
    // The page may show the seat before the check-out's answer lands: wait for the figures.
    await phone.getByTestId('assignment-earned').filter({ hasText: '¥127.50' }).waitFor();
    const [row] = await stack.api.db.query(
      `SELECT status, minutes_worked, pay_fen, figures_confirmed_by FROM assignments WHERE id = $1`,
      [done.assignmentId],
    );
    expect(row).toEqual({
      status: 'completed',
      minutes_worked: 255,
      pay_fen: 12750,
      figures_confirmed_by: worker.id,
    });
  });

  it('lets the employer dispute the hours, and the worker accept their figure', async () => {
    await pc.goto('/e');
    await signInThroughPage(pc, employer.phone);
    await pc.goto(`/e/shifts/${done.shiftId}`);
    const row = pc.locator(
      `[data-testid=assignment-row][data-assignment-id="${done.assignmentId}"]`,
    );
    await row.getByTestId('hours-dispute-open').click();
    await row.getByTestId('hours-dispute-hours').fill('3');
    await row.getByTestId('hours-dispute-reason').fill('12:30 就离开了现场');
    await row.getByTestId('hours-dispute-submit').click();
    const state = row.getByTestId('hours-dispute-state');
    await state.waitFor();
    expect(await state.innerText()).toContain('¥90');
    await screens.shot(pc, 'employer-hours-dispute');

    await phone.goto(`/w/assignments/${done.assignmentId}`);
    const card = phone.getByTestId('hours-dispute');
    await card.waitFor();
    expect(await card.getByTestId('hours-dispute-claimed').innerText()).toContain('3');
    await screens.shot(phone, 'worker-hours-dispute');
    await card.getByTestId('hours-dispute-accept').click();
    await card.getByTestId('hours-dispute-settled').waitFor();
    await phone.waitForFunction(() =>
      document.querySelector('[data-testid=assignment-earned]')?.textContent?.includes('¥90'),
    );
    const [after] = await stack.api.db.query(
      `SELECT minutes_worked, pay_fen FROM assignments WHERE id = $1`,
      [done.assignmentId],
    );
    expect(after).toEqual({ minutes_worked: 180, pay_fen: 9000 });
  });
});
