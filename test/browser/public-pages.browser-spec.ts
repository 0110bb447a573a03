import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  employerWithProfile,
  postShift,
  shiftBody,
  workerWithProfile,
} from '../listings/listings-factory';
import { createMarket } from '../markets/market-factory';
import { seriousViolations } from './support/axe';
import { desktopContext, launchBrowser, phoneContext, Screens, tvContext } from './support/browser';
import { WebStack } from './support/web-stack';
import { GRAB_BODY } from '../support/grab-body';

jest.setTimeout(180_000);

/** Open around the clock: 12:00–00:00 runs to the next midnight (an end not after the start). */
const ALWAYS = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
  { weekday, from: '00:00', to: '12:00' },
  { weekday, from: '12:00', to: '00:00' },
]);
const JINZHOU = { lat: 39.1, lng: 121.716 };

const itemCount = (page: Page, n: number) =>
  page.waitForFunction(
    (want) => document.querySelectorAll('[data-testid=market-item]').length === want,
    n,
  );

describe('the public pages and a hall board', () => {
  const screens = new Screens('public');
  let stack: WebStack;
  let browser: Browser;
  let openMarket: { id: string; name: string };
  let employerToken: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    stack = await WebStack.start();
    browser = await launchBrowser();
    const admin = await stack.api.signIn('admin');
    openMarket = await createMarket(stack.api, admin.token, {
      name: '中山区公共就业服务中心零工市场',
      openingHours: ALWAYS,
      description: '每天开放，现场登记求职、发布用工。',
    });
    await createMarket(stack.api, admin.token, {
      name: '中山区夜间零工驿站',
      openingHours: [],
      kind: 'market',
    });
    await createMarket(stack.api, admin.token, {
      name: '金州区零工市场',
      district: '金州区',
      address: '大连市金州区斯大林路 688 号',
      location: JINZHOU,
      openingHours: ALWAYS,
      trades: ['loader'],
    });
    employerToken = (await employerWithProfile(stack.api)).token;
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await stack?.close();
  });

  async function newPage(kind: 'desktop' | 'tv' | 'phone'): Promise<Page> {
    const context =
      kind === 'phone'
        ? await phoneContext(browser, stack.baseUrl, { latitude: 38.915, longitude: 121.615 })
        : await (kind === 'tv' ? tvContext : desktopContext)(browser, stack.baseUrl);
    contexts.push(context);
    return context.newPage();
  }

  it('lists the markets, and the district and open-now filters narrow the list', async () => {
    const page = await newPage('desktop');
    await page.goto('/');
    await itemCount(page, 3);
    await screens.shot(page, 'home');
    expect(await seriousViolations(page)).toEqual([]);

    await page.selectOption('[data-testid=market-filter-district]', '金州区');
    await itemCount(page, 1);
    expect(await page.textContent('[data-testid=market-item]')).toContain('金州区零工市场');

    await page.selectOption('[data-testid=market-filter-district]', '中山区');
    await itemCount(page, 2);
    await page.check('[data-testid=market-filter-open-now]');
    await itemCount(page, 1);
    expect(await page.textContent('[data-testid=market-item]')).toContain(openMarket.name);
    expect(page.url()).toContain('openNow=true');
    await screens.shot(page, 'home-filtered');

    // The market's page: address, hours, phone and the way to its live board.
    await page.click(`[data-testid=market-item] a:has-text("${openMarket.name}")`);
    await page.waitForSelector('[data-testid=market-page]');
    expect(await page.textContent('[data-testid=market-phone]')).toBe('0411-87654321');
    expect(await page.getAttribute('[data-testid=market-map-link]', 'href')).toMatch(/^geo:/);
    expect(await page.getAttribute('[data-testid=market-board-link]', 'href')).toBe(
      `/board/${openMarket.id}`,
    );
    await screens.shot(page, 'market');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows open shifts on the board with seats left and a QR, live, and says when the link is down', async () => {
    const shift = await postShift(
      stack.api,
      employerToken,
      shiftBody(new Date(), { title: '冷库装卸', headcount: 2, instant: false }),
    );
    const page = await newPage('tv');
    await page.goto(`/board/${openMarket.id}`);

    const card = `[data-testid=board-shift][data-shift-id="${shift.id}"]`;
    await page.waitForSelector(card);
    expect(await page.textContent(`${card} [data-testid=seats-left]`)).toBe('2');
    const qr = await page.waitForSelector(`${card} img.lg-qr`);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await page.textContent('[data-testid=board-clock]')).toMatch(/\d\d:\d\d/);
    expect(await page.textContent('[data-testid=board-counters]')).toContain('1');
    await page.waitForSelector('[data-testid=board-ticker]');
    await page.waitForSelector('[data-testid=link-banner]', { state: 'detached' });

    // A shift posted while the board is open arrives without a reload.
    const second = await postShift(
      stack.api,
      employerToken,
      shiftBody(new Date(), { title: '搬家帮手', tradeCode: 'mover', headcount: 3 }),
    );
    await page.waitForSelector(
      `[data-shift-id="${second.id}"] [data-testid=seats-left]:text-is("3")`,
    );

    // A worker grabs a seat: the count drops and the ticker names them masked, without a reload.
    const worker = await workerWithProfile(stack.api, { name: '张三丰' });
    const grab = await stack.api.post(`/api/v1/shifts/${shift.id}/grab`, GRAB_BODY, {
      token: worker.token,
    });
    expect(grab.status).toBe(201);
    await page.waitForSelector(`${card} [data-testid=seats-left]:text-is("1")`);
    const ticker = await page.waitForSelector('[data-testid=board-ticker-entry]');
    expect(await ticker.textContent()).toContain('张**');
    expect(await page.textContent('[data-testid=board-ticker]')).not.toContain('张三丰');
    await screens.shot(page, 'board');
    expect(await seriousViolations(page)).toEqual([]);

    // The gateway dies: the hall sees it at once, not a silently frozen board.
    await stack.kill('realtime');
    await page.waitForSelector('[data-testid=link-banner]');
    expect(await page.textContent('[data-testid=link-banner]')).toContain('重新连接');
    const missed = await postShift(
      stack.api,
      employerToken,
      shiftBody(new Date(), { title: '断线期间发布的岗位', headcount: 1 }),
    );
    await screens.shot(page, 'board-reconnecting');

    // It comes back: the banner goes and the board catches up with what it missed.
    await stack.restart('realtime');
    await page.waitForSelector('[data-testid=link-banner]', { state: 'detached', timeout: 60_000 });
    await page.waitForSelector(`[data-shift-id="${missed.id}"]`, { state: 'attached' });
    await screens.shot(page, 'board-reconnected');
  });

  it('lists open shifts near the phone, each opening the shift in the worker app', async () => {
    const near = await postShift(
      stack.api,
      employerToken,
      shiftBody(new Date(), { title: '社区搬家', tradeCode: 'mover', headcount: 2 }),
    );
    const page = await newPage('phone');
    await page.goto('/shifts');
    const item = await page.waitForSelector(`[data-testid=shift-item][data-shift-id="${near.id}"]`);
    expect(await (await item.$('a'))!.getAttribute('href')).toBe(`/w/shifts/${near.id}`);
    expect(await item.textContent()).toContain('社区搬家');
    await screens.shot(page, 'shifts-near');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
