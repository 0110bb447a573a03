import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SignedIn } from '../support/test-api';
import { seriousViolations } from './support/axe';
import { desktopContext, launchBrowser, Screens } from './support/browser';
import { signInThroughPage } from './support/people';
import { WebStack } from './support/web-stack';

jest.setTimeout(180_000);

/**
 * The admin keeps the working-day calendar (issue 13): on 1 December the console warns
 * that next year's make-up days are not confirmed; the admin opens the calendar, enters
 * a make-up working day from the State Council notice and confirms the year.
 */
describe('the working-day calendar in the admin console', () => {
  const screens = new Screens('calendar');
  let stack: WebStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: SignedIn;

  beforeAll(async () => {
    // 10:00 on 1 December 2026 in Beijing: 2027 is loaded but provisional.
    stack = await WebStack.start({ CLOCK_FIXED_AT: '2026-12-01T02:00:00Z' });
    browser = await launchBrowser();
    admin = await stack.api.signIn('admin');
    context = await desktopContext(browser, stack.baseUrl);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.close();
  });

  it('warns from 1 December that 2027 is not confirmed', async () => {
    await page.goto('/admin/registrations');
    await signInThroughPage(page, admin.phone);
    await page.waitForSelector('[data-testid=calendar-banner]');
    expect(await page.textContent('[data-testid=calendar-banner]')).toContain('2027');
    await screens.shot(page, 'banner');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("lists 2027's statutory days, takes a make-up day and confirms the year", async () => {
    await page.click('[data-testid=calendar-banner] a');
    await page.waitForSelector('[data-testid=cal-days]');
    expect(await page.inputValue('[data-testid=cal-year]')).toBe('2027');
    expect(await page.textContent('[data-testid=cal-status]')).toContain('暂定');
    expect(await page.textContent('[data-testid=cal-day-2027-02-06]')).toContain('春节');

    await page.fill('#cal-date', '2027-02-20');
    await page.selectOption('#cal-kind', 'workday');
    await page.fill('#cal-name', '春节调休上班');
    await page.click('[data-testid=cal-add] button[type=submit]');
    await page.waitForSelector('[data-testid=cal-day-2027-02-20]');
    expect(await page.textContent('[data-testid=cal-day-2027-02-20]')).toContain('调休上班');
    await screens.shot(page, 'provisional-year');
    expect(await seriousViolations(page)).toEqual([]);

    await page.click('[data-testid=cal-confirm]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=cal-status]')?.textContent?.includes('已确认'),
    );
    const [year] = await stack.api.db.query(
      `SELECT status FROM working_calendar_years WHERE year = 2027`,
    );
    expect(year).toEqual({ status: 'confirmed' });

    // The warning is gone once the year is confirmed.
    await page.click('a[href="/admin/registrations"]');
    await page.waitForSelector('[data-testid=admin-registrations]');
    await page.waitForFunction(() => !document.querySelector('[data-testid=calendar-banner]'));
    await screens.shot(page, 'confirmed');
  });
});
