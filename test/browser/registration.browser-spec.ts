import type { Browser, BrowserContext, Page } from 'playwright-core';
import { employerWithProfile } from '../listings/listings-factory';
import { idNumber } from '../registration/registration-factory';
import { post } from '../staff-sharing/staff-sharing-factory';
import type { SignedIn } from '../support/test-api';
import { seriousViolations } from './support/axe';
import { desktopContext, launchBrowser, phoneContext, Screens } from './support/browser';
import { signInThroughPage } from './support/people';
import { WebStack } from './support/web-stack';

jest.setTimeout(180_000);

const CENTRE = { latitude: 38.914, longitude: 121.614 };

/**
 * The public-service screens of part A: a worker registers their flexible
 * employment on a phone (clause 六), an admin accepts it; a visitor asks the
 * policy helper (clauses 四, 十二, 十三); an employer sees staff sharing (clause 七).
 */
describe('flexible-employment registration, the policy helper and staff sharing', () => {
  const screens = new Screens('registration');
  let stack: WebStack;
  let browser: Browser;
  let phone: BrowserContext;
  let desk: BrowserContext;
  let page: Page;
  let admin: SignedIn;
  let number = '';
  const id = idNumber();

  beforeAll(async () => {
    stack = await WebStack.start();
    browser = await launchBrowser();
    admin = await stack.api.signIn('admin');
    phone = await phoneContext(browser, stack.baseUrl, CENTRE);
    desk = await desktopContext(browser, stack.baseUrl);
  });

  afterAll(async () => {
    await phone?.close();
    await desk?.close();
    await browser?.close();
    await stack?.close();
  });

  it('lets a worker fill in the registration on a phone, sign the commitment and see the number and due date', async () => {
    page = await phone.newPage();
    await page.goto('/w/registration');
    await signInThroughPage(page, stack.api.newPhone());
    if (!page.url().endsWith('/w/registration')) await page.goto('/w/registration');
    await page.waitForSelector('[data-testid=reg-commitment-text]:not(:empty)');
    expect(await page.textContent('[data-testid=reg-commitment-text]')).toContain('本人承诺');

    await page.fill('[data-testid=reg-name]', '王小明');
    await page.fill('[data-testid=reg-id-number]', id);
    await page.selectOption('[data-testid=reg-district]', '沙河口区');
    await page.fill('[data-testid=reg-address]', '大连市沙河口区西南路 100 号 3-2-1');
    await page.selectOption('[data-testid=reg-employment-form]', 'platform');
    await page.selectOption('[data-testid=reg-trade]', 'loader');
    await page.fill('[data-testid=reg-description]', '在海鲜市场做装卸');
    // Unsigned, the form cannot be sent.
    expect(await page.isDisabled('[data-testid=reg-submit]')).toBe(true);
    await page.check('[data-testid=reg-sign]');
    await screens.shot(page, 'worker-form-filled');
    expect(await seriousViolations(page)).toEqual([]);

    await page.click('[data-testid=reg-submit]');
    await page.waitForSelector('[data-testid=reg-number]');
    number = (await page.textContent('[data-testid=reg-number]'))!.trim();
    expect(number).toMatch(/^LG-\d{4}-\d{6}$/);
    // A date (marked 暂定 when it falls in a year whose make-up days are not yet confirmed).
    expect(await page.textContent('[data-testid=reg-due]')).toMatch(/^\s*\d{4}-\d{2}-\d{2}/);
    await screens.shot(page, 'worker-submitted');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets an admin find it in the queue (ID number masked), open it and accept it', async () => {
    const adminPage = await desk.newPage();
    await adminPage.goto('/admin/registrations');
    await signInThroughPage(adminPage, admin.phone);
    const open = `[data-testid="rga-open-${number}"]`;
    await adminPage.waitForSelector(open);
    const list = (await adminPage.textContent('[data-testid=rga-list]'))!;
    expect(list).not.toContain(id);
    expect(list).toContain(`${id.slice(0, 4)}**********${id.slice(-4)}`);
    await screens.shot(adminPage, 'admin-queue');
    expect(await seriousViolations(adminPage)).toEqual([]);

    await adminPage.click(open);
    await adminPage.waitForSelector('[data-testid=rga-detail]');
    expect(await adminPage.textContent('[data-testid=rga-detail]')).toContain(id);
    await screens.shot(adminPage, 'admin-detail');
    expect(await seriousViolations(adminPage)).toEqual([]);

    await adminPage.click('[data-testid=rga-accept]');
    await adminPage.waitForFunction(
      () => document.querySelector('[data-testid=rga-history]')?.children.length === 2,
    );
    await screens.shot(adminPage, 'admin-accepted');
    const [row] = await stack.api.db.query(
      `SELECT status FROM flexible_registrations WHERE number = $1`,
      [number],
    );
    expect(row.status).toBe('accepted');

    // The worker sees the answer.
    await page.reload();
    await page.waitForSelector('[data-testid=reg-status]');
    expect(await page.textContent('[data-testid=reg-status]')).toContain('已办结');
    await screens.shot(page, 'worker-accepted');
    await adminPage.close();
  });

  it('tells a visitor on a phone which subsidies apply, quoting the notice', async () => {
    const visitor = await phone.newPage();
    await visitor.goto('/policy');
    await visitor.waitForSelector('[data-testid=policy-q-age]');
    await visitor.fill('[data-testid=policy-q-age] input', '45');
    await visitor.selectOption('[data-testid=policy-q-retirement] select', 'more_than_1_year');
    await visitor.check('[data-testid=policy-q-flexiblyEmployed] input >> nth=0');
    await visitor.check('[data-testid=policy-q-paysSocialInsurance] input >> nth=0');
    await visitor.check('[data-testid=policy-q-difficultyGroup] input >> nth=0');
    await visitor.check('[data-testid=policy-q-difficultyKinds] input[value=subsistence_family]');
    await screens.shot(visitor, 'policy-form');
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.click('[data-testid=policy-assess]');
    await visitor.waitForSelector('[data-testid=policy-result-si_difficulty_listed]');
    const card = (await visitor.textContent('[data-testid=policy-result-si_difficulty_listed]'))!;
    expect(card).toContain('30%');
    expect(card).toContain('36');
    expect(card).toContain('补贴期限最长不超过3年');
    await screens.shot(visitor, 'policy-results');
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.close();
  });

  it('shows an employer the staff-sharing console with an open offer to match', async () => {
    const lender = await employerWithProfile(stack.api, { name: '大连冷链物流有限公司' });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await post(stack.api, lender, 'offers', { startsOn: today, endsOn: inAWeek });
    const borrower = await employerWithProfile(stack.api);
    const employerPage = await desk.newPage();
    await employerPage.goto('/e/staff-sharing');
    await signInThroughPage(employerPage, borrower.phone);
    if (!employerPage.url().endsWith('/e/staff-sharing'))
      await employerPage.goto('/e/staff-sharing');
    await employerPage.waitForSelector('[data-testid=ss-open] li');
    expect(await employerPage.textContent('[data-testid=ss-open]')).toContain(
      '大连冷链物流有限公司',
    );
    await screens.shot(employerPage, 'staff-sharing');
    expect(await seriousViolations(employerPage)).toEqual([]);
    await employerPage.close();
  });
});
