import type { Browser, BrowserContext, Page } from 'playwright-core';
import { employerWithProfile, postShift, shiftBody } from '../listings/listings-factory';
import { createMarket } from '../markets/market-factory';
import type { SignedIn } from '../support/test-api';
import { DEV_CODE } from '../support/test-env';
import { seriousViolations } from './support/axe';
import { desktopContext, launchBrowser, Screens } from './support/browser';
import { WebStack } from './support/web-stack';

jest.setTimeout(180_000);

/** A market open every day; the test edits the first interval. */
const DAILY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '08:00', to: '17:00' }));

/**
 * The operator desk at a market's counter: an operator signs in, registers a
 * walk-in worker who has no smartphone (consent recorded), places them on an
 * employer's open shift (代为接单) and sees the assignment, then edits the market's
 * opening hours in the directory.
 */
describe('the operator desk', () => {
  const screens = new Screens('desk');
  let stack: WebStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let market: { id: string; name: string };
  let operator: SignedIn;
  let employer: SignedIn;
  let shift: { id: string; title: string };
  const walkInPhone = '13912340000'.slice(0, 7) + String(1000 + Math.floor(Math.random() * 9000));

  beforeAll(async () => {
    stack = await WebStack.start();
    browser = await launchBrowser();
    const admin = await stack.api.signIn('admin');
    market = await createMarket(stack.api, admin.token, {
      name: '中山区公共就业服务中心零工市场',
      openingHours: DAILY,
    });
    // The role and the binding are an admin's to give, before the operator's first sign-in.
    operator = await stack.api.signIn('operator');
    const bound = await stack.api.put(
      `/api/v1/markets/${market.id}/operators/${operator.id}`,
      undefined,
      { token: admin.token },
    );
    expect(bound.status).toBe(200);
    employer = await employerWithProfile(stack.api);
    shift = await postShift(
      stack.api,
      employer.token,
      shiftBody(new Date(), { title: '海鲜市场装卸（代办）', tradeCode: 'loader', headcount: 2 }),
    );
    context = await desktopContext(browser, stack.baseUrl);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.close();
  });

  it('signs the operator in and shows the walk-in form with the consent text to read', async () => {
    await page.goto('/desk');
    await page.waitForSelector('[data-testid=login-phone] input');
    expect(new URL(page.url()).pathname).toBe('/desk/login');
    await screens.shot(page, 'login');
    await page.fill('[data-testid=login-phone] input', operator.phone);
    await page.fill('[data-testid=login-code] input', DEV_CODE);
    await page.click('[data-testid=login-submit]');

    await page.waitForSelector('[data-testid=walkin-consent-text]');
    expect(await page.textContent('[data-testid=desk-market-name]')).toBe(market.name);
    expect(await page.textContent('[data-testid=walkin-consent-text]')).toContain(
      '代我接受岗位邀约',
    );
    await screens.shot(page, 'register-walk-in');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('registers a walk-in only once the consent box is ticked', async () => {
    await page.fill('[data-testid=walkin-phone] input', walkInPhone);
    await page.fill('[data-testid=walkin-name] input', '赵铁柱');
    await page.selectOption('[data-testid=walkin-district] select', '中山区');
    await page.selectOption('[data-testid=walkin-trade] select', 'loader');

    await page.click('[data-testid=walkin-submit]');
    await page.waitForSelector('#walkin-consent-error:not(:empty)');
    await screens.shot(page, 'register-without-consent');
    expect(await stack.api.count('walk_in_consents')).toBe(0);

    await page.check('[data-testid=walkin-consent] input');
    await page.click('[data-testid=walkin-submit]');
    await page.waitForSelector('[data-testid=walkin-done]');
    expect(await page.textContent('[data-testid=walkin-done]')).toContain(walkInPhone);
    await screens.shot(page, 'registered');

    const [consent] = await stack.api.db.query(
      `SELECT c.method, c.operator_id, c.market_id FROM walk_in_consents c
         JOIN users u ON u.id = c.worker_id WHERE u.phone = $1`,
      [walkInPhone],
    );
    expect(consent).toEqual({ method: 'verbal', operator_id: operator.id, market_id: market.id });
  });

  it("places the walk-in on the employer's open shift and shows the assignment", async () => {
    await page.click('[data-testid=walkin-done] button');
    const card = `[data-shift-id="${shift.id}"]`;
    await page.waitForSelector(card);
    expect(await page.textContent(card)).toContain(shift.title);
    await screens.shot(page, 'place-walk-in');
    expect(await seriousViolations(page)).toEqual([]);

    await page.click(`${card} [data-testid=placement-submit]`);
    await page.waitForSelector('[data-testid=placement-result]');
    expect(await page.getAttribute('[data-testid=placement-result]', 'data-status')).toBe(
      'pending_confirm',
    );
    expect(await page.textContent('[data-testid=placement-result]')).toContain('待用工方确认');
    await screens.shot(page, 'placed');

    // The employer's shift shows the seat taken, by the desk.
    const seats = await stack.api.get(`/api/v1/shifts/${shift.id}/assignments`, {
      token: employer.token,
    });
    const items = seats.body.items ?? seats.body;
    expect(items).toEqual([
      expect.objectContaining({ source: 'operator', status: 'pending_confirm' }),
    ]);
    expect((await stack.api.get(`/api/v1/shifts/${shift.id}`)).body.filled).toBe(1);
  });

  it('asks a person whose phone has an account for their SMS code, and keeps what they entered', async () => {
    // A worker who wrote their own profile on their phone walks in.
    const own = await stack.api.signIn('worker');
    const profile = await stack.api.put(
      '/api/v1/workers/me',
      { name: '张三丰', trades: [{ code: 'cleaner', level: 2 }], homeDistrict: '甘井子区' },
      { token: own.token },
    );
    expect(profile.status).toBe(200);

    await page.click('[data-testid=desk-tab-register]');
    await page.fill('[data-testid=walkin-phone] input', own.phone);
    await page.waitForSelector('[data-testid=walkin-existing]');
    // Only the masked profile reaches the desk.
    expect(await page.textContent('[data-testid=walkin-existing-profile]')).toContain('张**');
    expect(await page.textContent('[data-testid=walkin-existing]')).not.toContain('张三丰');
    await page.fill('[data-testid=walkin-name] input', '李大强');
    await page.selectOption('[data-testid=walkin-district] select', '中山区');
    await page.selectOption('[data-testid=walkin-trade] select', 'loader');
    await page.check('[data-testid=walkin-consent] input');

    // Without the person's code nothing is sent through.
    await page.click('[data-testid=walkin-submit]');
    await page.waitForSelector('#walkin-code-error:not(:empty)');
    await page.click('[data-testid=walkin-send-code]');
    await page.waitForSelector('[data-testid=walkin-send-code]:disabled');
    await page.fill('[data-testid=walkin-code] input', '000000');
    await page.click('[data-testid=walkin-submit]');
    await page.waitForFunction(() =>
      document.querySelector('#walkin-code-error')?.textContent?.includes('验证码错误'),
    );
    await screens.shot(page, 'existing-account');
    expect(await seriousViolations(page)).toEqual([]);
    const [kept] = await stack.api.db.query(
      `SELECT name, home_district FROM worker_profiles WHERE user_id = $1`,
      [own.id],
    );
    expect(kept).toEqual({ name: '张三丰', home_district: '甘井子区' });

    // The code the person reads out (the test stack's code stands in for the SMS).
    await page.fill('[data-testid=walkin-code] input', DEV_CODE);
    await page.click('[data-testid=walkin-submit]');
    await page.waitForSelector('[data-testid=walkin-done]');
    expect(await page.textContent('[data-testid=walkin-done]')).toContain('张三丰');
    const [after] = await stack.api.db.query(
      `SELECT wp.name, wp.home_district, c.verified_by FROM worker_profiles wp
         JOIN walk_in_consents c ON c.worker_id = wp.user_id WHERE wp.user_id = $1`,
      [own.id],
    );
    expect(after).toEqual({ name: '张三丰', home_district: '甘井子区', verified_by: 'sms_code' });
  });

  it("edits the market's opening hours, with the server's refusal shown next to the field", async () => {
    await page.click('[data-testid=desk-tab-market]');
    await page.waitForSelector('[data-testid=market-save]');
    // The keyboard reaches the tabs: arrow keys move between them.
    await page.focus('[data-testid=desk-tab-market]');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('[data-testid=desk-tab-fairs][aria-selected=true]');
    await page.keyboard.press('Home');
    await page.waitForSelector('[data-testid=desk-tab-register][aria-selected=true]');
    await page.keyboard.press('End');
    await page.waitForSelector('[data-testid=market-save]');

    // Suspending is for admins: the server says so beside the status field.
    await page.selectOption('[data-testid=market-status] select', 'suspended');
    await page.click('[data-testid=market-save]');
    await page.waitForSelector('#market-status-error:not(:empty)');
    await page.selectOption('[data-testid=market-status] select', 'listed');

    await page.fill('[data-testid=market-hours-0] [data-testid=market-hours-from]', '07:30');
    await page.fill('[data-testid=market-hours-0] [data-testid=market-hours-to]', '18:00');
    await page.click('[data-testid=market-save]');
    await page.waitForSelector('[data-testid=market-saved]');
    await screens.shot(page, 'market-entry');
    expect(await seriousViolations(page)).toEqual([]);

    const read = await stack.api.get(`/api/v1/markets/${market.id}`);
    expect(read.body.openingHours[0]).toEqual({ weekday: 1, from: '07:30', to: '18:00' });
    expect(read.body.status).toBe('listed');
  });
});
