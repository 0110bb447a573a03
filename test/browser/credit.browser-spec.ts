import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CENTRE, postShift, shiftBody } from '../listings/listings-factory';
import { bookedSeat } from '../matching/matching-factory';
import type { SignedIn } from '../support/test-api';
import { seriousViolations } from './support/axe';
import { desktopContext, launchBrowser, phoneContext, Screens } from './support/browser';
import { signInThroughPage } from './support/people';
import { WebStack } from './support/web-stack';

jest.setTimeout(180_000);

/**
 * Credit 联合惩戒 (clause 十八) and complaints (clause 十五) through the screens: the admin
 * blacklists a worker (reason, term, evidence); the worker sees it on 我的信用 and appeals;
 * the admin upholds the appeal and the entry is lifted. Then the worker complains about
 * unpaid wages, the admin upholds it, and the employer sees it and their lower score.
 */
describe('credit and complaints', () => {
  const screens = new Screens('credit');
  let stack: WebStack;
  let browser: Browser;
  let adminCtx: BrowserContext;
  let workerCtx: BrowserContext;
  let admin: Page;
  let phone: Page;
  let adminUser: SignedIn;
  let seat: Awaited<ReturnType<typeof bookedSeat>>;

  beforeAll(async () => {
    stack = await WebStack.start();
    browser = await launchBrowser();
    adminUser = await stack.api.signIn('admin');
    seat = await bookedSeat(stack.api, new Date(), {
      confirm: true,
      shift: { title: '冷库搬运（信用测试）' },
    });
    adminCtx = await desktopContext(browser, stack.baseUrl);
    workerCtx = await phoneContext(browser, stack.baseUrl, {
      latitude: CENTRE.lat,
      longitude: CENTRE.lng,
    });
    admin = await adminCtx.newPage();
    phone = await workerCtx.newPage();
  });

  afterAll(async () => {
    await adminCtx?.close();
    await workerCtx?.close();
    await browser?.close();
    await stack?.close();
  });

  it('the admin blacklists a worker with reason, term and evidence', async () => {
    await admin.goto('/admin/credit');
    await admin.waitForURL((u) => u.pathname === '/admin/login');
    await signInThroughPage(admin, adminUser.phone);
    await admin.goto('/admin/credit');
    await admin.getByTestId('blacklist-form').waitFor();
    await admin.fill('[data-testid=bl-phone]', seat.worker.phone);
    await admin.fill('[data-testid=bl-reason]', '多次爽约');
    await admin.fill('[data-testid=bl-until]', '2099-12-31');
    await admin.fill(
      '[data-testid=bl-evidence]',
      '3 月 1 日、5 日两次未到岗，雇主投诉记录 https://example.org/c/1',
    );
    await admin.click('[data-testid=bl-add]');
    const row = admin.locator(`[data-testid="bl-row-${seat.worker.phone}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('生效中');
    await screens.shot(admin, 'admin-blacklisted');
    expect(await seriousViolations(admin)).toEqual([]);
  });

  it('the worker sees it on /w/credit and files an appeal', async () => {
    await phone.goto('/w/login');
    // The sign-in page shows the commitment a first sign-in makes (告知承诺).
    const commitment = phone.getByTestId('login-commitment');
    await commitment.locator('summary').click();
    expect(await commitment.textContent()).toContain('列入失信名单');
    await screens.shot(phone, 'worker-login-commitment');
    await signInThroughPage(phone, seat.worker.phone);
    await phone.goto('/w/credit');
    await phone.getByTestId('worker-credit').waitFor();
    const card = phone.locator('.wc-blacklisted');
    await card.waitFor();
    expect(await card.textContent()).toContain('多次爽约');
    expect(await card.textContent()).toContain('2099');
    await screens.shot(phone, 'worker-blacklisted');
    expect(await seriousViolations(phone)).toEqual([]);

    await card
      .locator('[data-testid=appeal-text] textarea')
      .fill('3 月 5 日因工伤就医，有医院证明');
    await card.getByTestId('submit-appeal').click();
    await phone.getByTestId('my-appeals').waitFor();
    expect(await phone.getByTestId('my-appeals').textContent()).toContain('待处理');
    await screens.shot(phone, 'worker-appealed');
  });

  it('the admin upholds the appeal and the entry is lifted', async () => {
    await admin.reload();
    const appeals = admin.getByTestId('appeals');
    await appeals.getByText('工伤就医', { exact: false }).waitFor();
    await screens.shot(admin, 'admin-appeal');
    await appeals.getByTestId('appeal-reason').fill('医院证明属实');
    await appeals.getByTestId('appeal-uphold').click();
    const row = admin.locator(`[data-testid="bl-row-${seat.worker.phone}"]`);
    await row.getByText('已解除', { exact: false }).waitFor();
    await admin.getByTestId('audit').getByText('申诉后解除').waitFor();
    await screens.shot(admin, 'admin-appeal-upheld');

    await phone.reload();
    await phone.getByTestId('my-appeals').getByText('申诉成立').waitFor();
    expect(await phone.locator('.wc-blacklisted').count()).toBe(0);
    const grab = await stack.api.get('/api/v1/credit/me', { token: seat.worker.token });
    expect(grab.body.blacklist[0].active).toBe(false);
  });

  it('the worker complains about unpaid wages; the admin upholds it; the employer sees it', async () => {
    await phone.goto('/w/complaints');
    await phone.getByTestId('worker-complaints').waitFor();
    await phone.getByText('冷库搬运（信用测试）', { exact: false }).click();
    await phone.locator('[data-testid=complaint-text] textarea').fill('干了 4 小时，老板不给钱');
    await phone.getByTestId('submit-complaint').click();
    await phone.getByTestId('complaint-status').getByText('已受理').waitFor();
    await screens.shot(phone, 'worker-complaint');
    expect(await seriousViolations(phone)).toEqual([]);

    await admin.goto('/admin/complaints');
    await admin.getByTestId('complaint-queue').locator('button').first().click();
    await admin.getByTestId('complaint-detail').waitFor();
    await admin.fill('[data-testid=complaint-note]', '已电话联系用工方');
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.getByTestId('complaint-detail').getByText('调查中').waitFor();
    await admin.fill('[data-testid=complaint-reason]', '用工方承认欠薪');
    await admin.getByTestId('complaint-uphold').click();
    await admin.getByTestId('complaint-detail').getByText('投诉属实').first().waitFor();
    await screens.shot(admin, 'admin-complaint-upheld');
    expect(await seriousViolations(admin)).toEqual([]);

    const employerCtx = await desktopContext(browser, stack.baseUrl);
    const employer = await employerCtx.newPage();
    await employer.goto('/e/login');
    await signInThroughPage(employer, seat.employer.phone);
    await employer.goto('/e/credit');
    await employer.getByTestId('complaints-against').waitFor();
    expect(await employer.getByTestId('credit-score').textContent()).toBe('50');
    const against = await employer.getByTestId('complaints-against').textContent();
    expect(against).toContain('投诉属实');
    expect(against).not.toContain(seat.worker.phone);
    await screens.shot(employer, 'employer-credit');
    expect(await seriousViolations(employer)).toEqual([]);
    await employerCtx.close();
  });

  it("holds the now low-credit employer's next shift until the admin approves it", async () => {
    const held = await postShift(
      stack.api,
      seat.employer.token,
      shiftBody(new Date(), { title: '仓库理货（待审核）' }),
    );
    expect(held.status).toBe('pending_review');
    await admin.goto('/admin/credit');
    const panel = admin.getByTestId('held-shifts');
    await panel.getByText('仓库理货（待审核）').waitFor();
    await screens.shot(admin, 'admin-held-shift');
    await panel.getByRole('button', { name: '通过并发布' }).click();
    await panel.getByText('没有待审核的岗位').waitFor();
    expect((await stack.api.get(`/api/v1/shifts/${held.id}`)).body.status).toBe('open');
  });
});
