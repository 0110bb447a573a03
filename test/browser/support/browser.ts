import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ROOT = join(__dirname, '..', '..', '..');

/** Debian's chromium (installed by .ci/run); playwright never downloads a browser here. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not installed: apt-get install chromium (as .ci/run does)');
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A worker's phone: 390×844, touch, location shared. */
export function phoneContext(
  browser: Browser,
  baseURL: string,
  geolocation: { latitude: number; longitude: number },
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    geolocation: { ...geolocation, accuracy: 20 },
    permissions: ['geolocation'],
  });
}

/** An employer's or operator's PC. */
export function desktopContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/** The hall's TV: full HD, nobody touches it. */
export function tvContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/**
 * Screenshots of every screen a test passes through, numbered in order, in one
 * folder (SCREENSHOT_DIR, default artifacts/screenshots; `npm run screenshots`
 * refreshes the reviewed set in docs/screenshots).
 */
export class Screens {
  private n = 0;
  readonly dir: string;

  constructor(story: string) {
    this.dir = join(ROOT, process.env.SCREENSHOT_DIR ?? 'artifacts/screenshots', story);
    mkdirSync(this.dir, { recursive: true });
  }

  async shot(page: Page, name: string): Promise<void> {
    this.n += 1;
    const file = join(this.dir, `${String(this.n).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: false, animations: 'disabled', caret: 'hide' });
  }
}
