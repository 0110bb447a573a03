import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { CENTRE, workerWithProfile } from '../listings/listings-factory';
import {
  anEmployer,
  completedRecord,
  confirmAll,
  currentCommitment,
  parseCsv,
  someWorkers,
} from '../statistics/statistics-factory';
import type { SignedIn } from '../support/test-api';
import { seriousViolations } from './support/axe';
import { desktopContext, launchBrowser, phoneContext, Screens } from './support/browser';
import { signInThroughPage } from './support/people';
import { WebStack } from './support/web-stack';

jest.setTimeout(180_000);

/**
 * Statistics monitoring (clause 三) end to end: a worker confirms their work
 * records on the phone (one flagged as wrong, the rest in one tap), and the city
 * admin reads the dashboard — figures, three charts, the table with a suppressed
 * cell shown as "<5" — works it from the keyboard and downloads the CSV.
 */
describe('statistics: the worker confirms, the admin reads the dashboard', () => {
  const screens = new Screens('statistics');
  let stack: WebStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let employer: SignedIn;
  let version: string;

  async function cell(month: string, district: string, trade: string, n: number): Promise<void> {
    for (const [i, worker] of (await someWorkers(stack.api, n)).entries()) {
      const day = `${month}-${String(3 + ((i * 5) % 24)).padStart(2, '0')}`;
      await completedRecord(stack.api, {
        worker,
        employerId: employer.id,
        day,
        district,
        trade,
        minutes: 240 + i * 30,
        payFen: 12000 + i * 1500,
      });
      await confirmAll(stack.api, worker, version);
    }
  }

  beforeAll(async () => {
    stack = await WebStack.start();
    browser = await launchBrowser();
    employer = await anEmployer(stack.api, '大连港湾物流有限公司');
    version = await currentCommitment(stack.api, (await someWorkers(stack.api, 1))[0]!);
    // A city month: 中山区 loader has 4 workers (suppressed), every other line stays safe.
    await cell('2030-03', '中山区', 'loader', 4);
    await cell('2030-03', '中山区', 'cleaner', 3);
    await cell('2030-03', '中山区', 'mover', 7);
    await cell('2030-03', '西岗区', 'loader', 2);
    await cell('2030-03', '西岗区', 'cleaner', 3);
    await cell('2030-03', '西岗区', 'mover', 9);
    await cell('2030-03', '沙河口区', 'mover', 6);
    await cell('2030-03', '沙河口区', 'loader', 8);
    await cell('2030-02', '中山区', 'mover', 6);
    await cell('2030-02', '西岗区', 'mover', 7);
    await cell('2030-01', '西岗区', 'mover', 5);
  }, 150_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await stack?.close();
  });

  it('the worker flags one record as wrong and confirms the rest in one tap on the phone', async () => {
    const worker = await workerWithProfile(stack.api);
    const ids: string[] = [];
    for (const day of ['2030-03-04', '2030-03-06', '2030-03-09']) {
      ids.push(
        await completedRecord(stack.api, {
          worker,
          employerId: employer.id,
          day,
          trade: 'cleaner',
          minutes: 300,
          payFen: 15000,
        }),
      );
    }
    const context = await phoneContext(browser, stack.baseUrl, {
      latitude: CENTRE.lat,
      longitude: CENTRE.lng,
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/w/records');
    await signInThroughPage(page, worker.phone);
    if (!page.url().endsWith('/w/records')) await page.goto('/w/records');

    await page.getByTestId('commitment-text').waitFor();
    expect(await page.getByTestId('count-unconfirmed').textContent()).toBe('3');
    expect(await page.getByTestId('work-record').count()).toBe(3);
    expect(await page.getByTestId('work-records').textContent()).toContain('大连港湾物流有限公司');
    await screens.shot(page, 'worker-records-to-confirm');
    expect(await seriousViolations(page)).toEqual([]);

    const wrong = page.locator(`[data-record-id="${ids[0]}"]`);
    await wrong.getByTestId('record-flag').click();
    await wrong.locator('[data-testid=record-flag-note] textarea').fill('实际只干了 3 小时');
    await screens.shot(page, 'worker-flags-a-record');
    await wrong.getByTestId('record-flag-submit').click();
    await page.locator(`[data-record-id="${ids[0]}"][data-status=disputed]`).waitFor();

    await page.getByTestId('confirm-all').click();
    await page.getByTestId('all-confirmed').waitFor();
    expect(await page.getByTestId('count-confirmed').textContent()).toBe('2');
    await screens.shot(page, 'worker-records-confirmed');
    expect(await seriousViolations(page)).toEqual([]);

    const rows = await stack.api.db.query(
      `SELECT assignment_id, text_version FROM work_record_confirmations WHERE worker_id = $1 ORDER BY work_date`,
      [worker.id],
    );
    expect(rows).toEqual([
      { assignment_id: ids[1], text_version: version },
      { assignment_id: ids[2], text_version: version },
    ]);
  });

  it('the admin reads the month: figures, charts, and a table where 4 workers show as "<5"', async () => {
    const admin = await stack.api.signIn('admin');
    const context = await desktopContext(browser, stack.baseUrl);
    contexts.push(context);
    const page = await context.newPage();
    const url = '/admin/statistics?periodKind=month&period=2030-03';
    await page.goto(url);
    await signInThroughPage(page, admin.phone);
    if (!page.url().includes('/admin/statistics?')) await page.goto(url);

    await page.getByTestId('stat-table').waitFor();
    for (const chart of ['chart-district', 'chart-trend', 'chart-trades']) {
      // Drawn: the SVG renderer has put the series' shapes in (axis lines alone are a handful).
      await page.locator(`[data-testid=${chart}] svg path`).first().waitFor({ state: 'attached' });
    }
    // 42 workers in the dashboard data plus the 2 records confirmed on the phone (one worker).
    expect(await page.getByTestId('kpi-workers').textContent()).toBe('43');
    const loader = page.locator('[data-cell="中山区|loader"]');
    expect(await loader.getAttribute('data-suppressed')).toBe('true');
    expect(await loader.locator('[data-col=workers]').textContent()).toBe('<5');
    const movers = page.locator('[data-cell="中山区|mover"]');
    expect(await movers.locator('[data-col=workers]').textContent()).toBe('7');
    await screens.shot(page, 'admin-dashboard-month');
    expect(await seriousViolations(page)).toEqual([]);

    // Keyboard only: weekly view of the week of 11 March, for one district.
    await page.getByTestId('stat-kind').focus();
    await page.keyboard.press('ArrowDown'); // 按月 → 按周
    await page.getByTestId('stat-period').fill('2030-W11');
    await page.getByTestId('stat-district').focus();
    await page.getByTestId('stat-district').selectOption('西岗区');
    await page.getByTestId('stat-apply').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/periodKind=week.*period=2030-W11/);
    await page.getByTestId('stat-range').filter({ hasText: '2030-03-11' }).waitFor();
    await screens.shot(page, 'admin-dashboard-week-district');
    expect(await seriousViolations(page)).toEqual([]);

    // Back to the month, and the CSV the button downloads.
    await page.goto(url);
    await page.getByTestId('stat-table').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('stat-csv').click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const csv = parseCsv(text);
    const total = csv[csv.length - 1]!;
    expect(total[1]).toBe('合计 Total');
    expect(total[3]).toBe('43');
    const [db] = await stack.api.db.query(
      `SELECT sum(pay_fen)::int AS pay FROM work_record_confirmations
        WHERE work_date >= '2030-03-01' AND work_date < '2030-04-01'`,
    );
    expect(Math.round(Number(total[6]) * 100)).toBe(db.pay);
    expect(csv.find((r) => r[1] === '中山区' && r[2] === '装卸工')![3]).toBe('<5');
  });
});
