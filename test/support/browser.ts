// Real-browser tests: Debian's Chromium driven by playwright-core (no browser download).
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_CONSOLE_PASSWORD } from '../../src/store/seed/demo-county.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the background-networking switches Chromium keeps dialling out, and this network refuses.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** A fresh browser context (its own cookies) logged in as a demo console account. */
export async function loggedInPage(browser: Browser, baseUrl: string, username: string, password = DEMO_CONSOLE_PASSWORD): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/login');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')), page.click('button[type=submit]')]);
  return page;
}
