import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CENTRE, employerWithProfile, workerWithProfile } from '../listings/listings-factory';
import { createMarket } from '../markets/market-factory';
import { addEmployer, addZone, attachShift, insertShift } from '../fairs/fair-factory';
import type { SignedIn } from '../support/test-api';
import { seriousViolations } from './support/axe';
import { desktopContext, launchBrowser, phoneContext, Screens, tvContext } from './support/browser';
import { markNoReload, signInThroughPage, wasNotReloaded } from './support/people';
import { WebStack } from './support/web-stack';
import { GRAB_BODY } from '../support/grab-body';

jest.setTimeout(180_000);

/** "2030-03-11T10:00:00+08:00" for an instant, as a desk would send it. */
const shanghaiIso = (d: Date) =>
  `${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;

/**
 * A gig job fair in the hall (clause 九) and the written agreement that follows a
 * match (clause 十四): the hall's TV shows its usual board, switches to the fair view
 * by itself when the fair starts (no reload), and the seats left on a fair shift drop
 * live when a worker takes one; then that worker reads and accepts the agreement.
 */
describe('the fair board and the written agreement', () => {
  const screens = new Screens('fair-board');
  let stack: WebStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let market: { id: string; name: string };
  let employer: SignedIn;
  let worker: SignedIn;
  let shiftId: string;
  let assignmentId: string;
  /** The fair the first test schedules (running from then on). */
  let fairId: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([WebStack.start(), launchBrowser()]);
    const admin = await stack.api.signIn('admin');
    market = await createMarket(stack.api, admin.token, {
      name: '西岗区零工市场',
      location: CENTRE,
    });
    employer = await employerWithProfile(stack.api, { name: '大连港装卸服务有限公司' });
    worker = await workerWithProfile(stack.api, { name: '李建国', availability: [] });
  }, 90_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await stack?.close();
  });

  it('switches the board to the fair view when the fair starts, and shows seats left live', async () => {
    const api = stack.api;
    const admin = await api.signIn('admin');
    // The fair starts a few seconds after the board has loaded.
    const startsAt = new Date(Date.now() + 12_000);
    const created = await api.post(
      `/api/v1/markets/${market.id}/fairs`,
      {
        title: '春风行动零工专场招聘会',
        startsAt: shanghaiIso(startsAt),
        endsAt: shanghaiIso(new Date(startsAt.getTime() + 3 * 3_600_000)),
      },
      { token: admin.token },
    );
    expect(created.status).toBe(201);
    fairId = created.body.id;
    const zone = (await addZone(api, admin, fairId, '装卸专区', ['loader'])).zones[0].id;
    await addEmployer(api, admin, fairId, employer, zone, 'A01');
    shiftId = await insertShift(api, employer.id, new Date(Date.now() + 3_600_000), {
      title: '港口冷库装卸',
      headcount: 3,
    });
    await attachShift(api, employer, fairId, shiftId);

    const context = await tvContext(browser, stack.baseUrl);
    contexts.push(context);
    const board = await context.newPage();
    await board.goto(`/board/${market.id}`);
    await board.locator(`[data-testid=board-shift][data-shift-id="${shiftId}"]`).waitFor();
    expect(await board.getByTestId('board-fair').count()).toBe(0);
    // The usual board announces the fair that starts later today.
    await board.getByTestId('board-next-fair').waitFor();
    await markNoReload(board);
    await screens.shot(board, 'board-before-fair');

    // No reload, no event: the screen's own clock and a refetch at the start.
    await board.getByTestId('board-fair').waitFor({ timeout: 30_000 });
    expect(await wasNotReloaded(board)).toBe(true);
    const card = board.locator(`[data-testid=fair-shift][data-shift-id="${shiftId}"]`);
    await card
      .getByTestId('fair-seats-left')
      .filter({ hasText: /^\s*3\s*$/ })
      .waitFor();
    expect(await board.getByTestId('board-fair').textContent()).toContain('大连港装卸服务有限公司');
    expect(await board.getByTestId('board-fair').textContent()).not.toContain(employer.phone);
    await screens.shot(board, 'board-fair-view');
    expect(await seriousViolations(board)).toEqual([]);

    // A worker takes a seat: the fair's card shows one seat fewer, live.
    const grab = await api.post(`/api/v1/shifts/${shiftId}/grab`, GRAB_BODY, {
      token: worker.token,
    });
    expect(grab.status).toBe(201);
    assignmentId = grab.body.id;
    await card
      .getByTestId('fair-seats-left')
      .filter({ hasText: /^\s*2\s*$/ })
      .waitFor();
    await board
      .getByTestId('fair-counter-matched')
      .filter({ hasText: /^\s*1\s*$/ })
      .waitFor();
    expect(await wasNotReloaded(board)).toBe(true);
    await screens.shot(board, 'board-fair-seat-taken');
  });

  it('lets the worker read, accept and print the agreement once the employer confirms', async () => {
    const confirm = await stack.api.post(`/api/v1/assignments/${assignmentId}/confirm`, undefined, {
      token: employer.token,
    });
    expect(confirm.status).toBe(200);

    const context = await phoneContext(browser, stack.baseUrl, {
      latitude: CENTRE.lat,
      longitude: CENTRE.lng,
    });
    contexts.push(context);
    const phone: Page = await context.newPage();
    await phone.goto(`/w/assignments/${assignmentId}/agreement`);
    await signInThroughPage(phone, worker.phone);
    await phone.getByTestId('agreement').waitFor();
    expect(await phone.getByTestId('agreement-employer').textContent()).toContain(
      '大连港装卸服务有限公司',
    );
    expect(await phone.getByTestId('agreement-worker').textContent()).toContain('李建国');
    expect(await phone.getByTestId('agreement').textContent()).not.toContain(worker.phone);
    await screens.shot(phone, 'worker-agreement');
    expect(await seriousViolations(phone)).toEqual([]);

    await phone.getByTestId('agreement-accept').click();
    await phone.getByTestId('accepted-worker').waitFor();
    expect(await phone.getByTestId('agreement-accept').count()).toBe(0);
    await screens.shot(phone, 'worker-agreement-accepted');
    const [row] = await stack.api.db.query(
      `SELECT worker_accepted_at IS NOT NULL AS accepted FROM agreements WHERE assignment_id = $1`,
      [assignmentId],
    );
    expect(row).toEqual({ accepted: true });

    // The printed copy: only the agreement, without the buttons.
    await phone.emulateMedia({ media: 'print' });
    expect(await phone.getByTestId('agreement-print').isVisible()).toBe(false);
    expect(await phone.getByTestId('agreement').isVisible()).toBe(true);
    await screens.shot(phone, 'worker-agreement-print');
  });

  it('lets the operator schedule and set up a fair at the desk, lists it publicly, and the employer accepts the agreement', async () => {
    const api = stack.api;
    const admin = await api.signIn('admin');
    const operator = await api.signIn('operator');
    const bound = await api.put(
      `/api/v1/markets/${market.id}/operators/${operator.id}`,
      undefined,
      { token: admin.token },
    );
    expect(bound.status).toBe(200);

    const context = await desktopContext(browser, stack.baseUrl);
    contexts.push(context);
    const pc = await context.newPage();
    await pc.goto('/desk/login');
    await signInThroughPage(pc, operator.phone);
    await pc.getByTestId('desk-tab-fairs').click();
    await pc.getByTestId('fair-item').first().waitFor();

    // Tomorrow 09:00–12:00 in the hall's time.
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(Date.now() + 86_400_000),
    );
    await pc.fill('[data-testid=fair-title]', '家政服务零工专场招聘会');
    await pc.fill('[data-testid=fair-date]', tomorrow);
    await pc.fill('[data-testid=fair-from]', '09:00');
    await pc.fill('[data-testid=fair-to]', '12:00');
    await pc.getByTestId('fair-submit').click();
    await pc.getByTestId('fair-setup').getByText('家政服务零工专场招聘会').waitFor();
    await pc.fill('[data-testid=zone-name]', '家政专区');
    await pc.fill('[data-testid=zone-trades]', 'loader');
    await pc.getByTestId('zone-add').click();
    await pc.getByTestId('fair-zone').filter({ hasText: '家政专区' }).waitFor();
    await pc.fill('[data-testid=employer-phone]', employer.phone);
    await pc.fill('[data-testid=employer-booth]', 'B08');
    await pc.getByTestId('employer-add').click();
    await pc.getByTestId('fair-employer').filter({ hasText: 'B08' }).waitFor();
    await pc.getByTestId('shift-attach').first().click();
    await pc.getByTestId('fair-attached-shift').filter({ hasText: '港口冷库装卸' }).waitFor();
    await screens.shot(pc, 'desk-fair-setup');
    expect(await seriousViolations(pc)).toEqual([]);

    // The public market page lists both fairs.
    await pc.goto(`/markets/${market.id}`);
    await pc.getByTestId('market-fair').filter({ hasText: '家政服务零工专场招聘会' }).waitFor();
    expect(await pc.getByTestId('market-fair').count()).toBe(2);
    await screens.shot(pc, 'market-page-fairs');
    expect(await seriousViolations(pc)).toEqual([]);

    // The employer's copy of the agreement, accepted in the console: now both sides have.
    const employerPc = await (await desktopContext(browser, stack.baseUrl)).newPage();
    contexts.push(employerPc.context());
    await employerPc.goto(`/e/assignments/${assignmentId}/agreement`);
    await signInThroughPage(employerPc, employer.phone);
    await employerPc.getByTestId('agreement').waitFor();
    await employerPc.getByTestId('accepted-worker').waitFor();
    await employerPc.getByTestId('agreement-accept').click();
    await employerPc.getByTestId('accepted-employer').waitFor();
    await screens.shot(employerPc, 'employer-agreement-accepted');
    expect(await seriousViolations(employerPc)).toEqual([]);

    // The employer shows another of their shifts at the fair from the console.
    const another = await insertShift(api, employer.id, new Date(Date.now() + 2 * 3_600_000), {
      title: '冷库夜班装卸',
      headcount: 2,
    });
    await employerPc.goto(`/e/shifts/${another}`);
    const row = employerPc.locator(`[data-testid=fair-attach][data-fair-id="${fairId}"]`);
    await row.getByTestId('fair-attach-button').click();
    await row.getByTestId('fair-attached').waitFor();
    await screens.shot(employerPc, 'employer-shift-shown-at-fair');
    expect(await seriousViolations(employerPc)).toEqual([]);
    const detail = await api.get(`/api/v1/fairs/${fairId}`);
    expect(detail.body.shifts.map((x: any) => x.shiftId)).toContain(another);
  });
});
