// Real-browser tests: Debian's Chromium driven by playwright-core (no browser download).
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_CONSOLE_PASSWORD } from '../../src/store/seed/demo-county.js';
import { startTestApp, type TestApp } from './test-app.js';

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

export interface ConsoleFixture {
  app: TestApp;
  browser: Browser;
  /** Logged in as `login`, when one was given. */
  page: Page;
}

/**
 * The whole stack with its console, a browser, and (optionally) a page logged in; started before
 * the file's tests and always stopped after them.
 */
export function useConsole(options: { login?: string; beforeLogin?: (app: TestApp) => Promise<void> } = {}): ConsoleFixture {
  const fixture = {} as ConsoleFixture;
  beforeAll(async () => {
    fixture.app = await startTestApp();
    fixture.browser = await launchBrowser();
    await options.beforeLogin?.(fixture.app);
    if (options.login) fixture.page = await loggedInPage(fixture.browser, fixture.app.admin!.url, options.login);
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.app?.stop();
  });
  return fixture;
}

/** A file on disk for `page.setInputFiles`, named for this test's app. */
export async function fileFor(app: TestApp, name: string, data: string | Buffer): Promise<string> {
  const path = join(tmpdir(), `${app.env.prefix}-${name}`);
  await writeFile(path, data);
  return path;
}
