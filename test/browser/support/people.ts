import type { Page } from 'playwright-core';
import { DEV_CODE } from '../../support/test-env';

/** Signs in through the app's own login page (phone + the dev SMS code), as a person would. */
export async function signInThroughPage(page: Page, phone: string): Promise<void> {
  await page.locator('[data-testid=login-phone] input').fill(phone);
  await page.getByTestId('login-send-code').click();
  await page.locator('[data-testid=login-code] input').fill(DEV_CODE);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/** Marks the page so a test can prove later that what changed on screen came without a reload. */
export async function markNoReload(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __lgMark: number }).__lgMark = 1));
}

export async function wasNotReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __lgMark?: number }).__lgMark === 1);
}
