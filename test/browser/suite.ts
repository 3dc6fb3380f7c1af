import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ensureWebBuild } from '../../src/cli/ensure-web-build.ts';
import { launchChromium, seriousA11yViolations, VIEWPORT } from './browser.ts';
import { type DemoServer, startDemoServer } from './demo-server.ts';

/** The admin `journeylens demo` is started with: the sign-in form's account and the API token. */
export interface AdminAccount {
  email: string;
  password: string;
  token: string;
}

export interface BrowserSuiteOptions {
  /** Size and seed of the demo data; each test file has its own, so their expected numbers differ. */
  people: number;
  seed: number;
  admin: AdminAccount;
  /** How long a page action waits before failing (ms). */
  timeout?: number;
}

/** A browser context of its own (cookies, locale) and the page open in it. */
export interface OpenPage {
  ctx: BrowserContext;
  page: Page;
}

export interface NewPageOptions {
  /** The browser's language, which the app takes its interface language from; en-US unless given. */
  locale?: string;
  acceptDownloads?: boolean;
}

export interface BrowserSuite {
  server: DemoServer;
  /** The demo server's address, e.g. http://127.0.0.1:41234 */
  url: string;
  mapId: DemoServer['mapId'];
  browser: Browser;
  admin: AdminAccount;
  /** Uncaught errors of every page opened through the suite; each file asserts it stays empty. */
  pageErrors: string[];
  /** Calls the REST API as the admin (bearer token) and returns the JSON answer; throws on non-2xx. */
  api: <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => Promise<T>;
  /** Fails with one line per serious or critical axe violation on the page. */
  expectAccessible: (page: Page) => Promise<void>;
  /** A new, signed-out browser context and page. */
  newPage: (opts?: NewPageOptions) => Promise<OpenPage>;
  /** Signs in through the sign-in form, as a person would, and waits for the map list. */
  signIn: (page: Page, email: string, password: string) => Promise<void>;
  /**
   * A new page signed in as the admin: through the sign-in form, or (`via: 'api'`) by posting to
   * /api/v1/auth/login, which sets the same session cookie without showing the form.
   */
  newSignedInPage: (opts?: NewPageOptions & { via?: 'form' | 'api' }) => Promise<OpenPage>;
  /** A new page signed in as a new user of the given role (made through the admin API). */
  signedInAs: (role: 'viewer' | 'editor') => Promise<OpenPage>;
  /** Closes the browser and stops the server (and deletes its store). */
  dispose: () => Promise<void>;
}

/**
 * Starts what a browser test file needs: `journeylens demo` with the admin given in the
 * environment, and Chromium, side by side.
 */
export async function startBrowserSuite(opts: BrowserSuiteOptions): Promise<BrowserSuite> {
  const { admin, timeout = 20_000 } = opts;
  // Built here, in the open, rather than inside the server's start-up wait.
  await ensureWebBuild({ log: (line) => console.log(line) });
  const [started, launched] = await Promise.allSettled([
    startDemoServer({
      people: opts.people,
      seed: opts.seed,
      env: {
        JOURNEYLENS_ADMIN_EMAIL: admin.email,
        JOURNEYLENS_ADMIN_PASSWORD: admin.password,
        JOURNEYLENS_ADMIN_TOKEN: admin.token,
        JOURNEYLENS_WEB_BUILD: 'off',
      },
    }),
    launchChromium(),
  ]);
  // If one of the two failed, the other is not left running after the test file.
  if (started.status === 'rejected' || launched.status === 'rejected') {
    if (started.status === 'fulfilled') await started.value.stop();
    if (launched.status === 'fulfilled') await launched.value.close();
    throw started.status === 'rejected' ? started.reason : (launched as PromiseRejectedResult).reason;
  }
  const server = started.value;
  const browser = launched.value;
  const { url } = server;
  const pageErrors: string[] = [];

  const api = async <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  const expectAccessible = async (page: Page) => {
    expect(await seriousA11yViolations(page)).toEqual([]);
  };

  const newPage = async ({ locale = 'en-US', acceptDownloads }: NewPageOptions = {}) => {
    const ctx = await browser.newContext({ viewport: VIEWPORT, locale, timezoneId: 'UTC', acceptDownloads });
    ctx.setDefaultTimeout(timeout);
    const page = await ctx.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { ctx, page };
  };

  const signIn = async (page: Page, email: string, password: string) => {
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journey maps' }).waitFor();
  };

  const newSignedInPage = async ({
    via = 'form',
    ...pageOpts
  }: NewPageOptions & { via?: 'form' | 'api' } = {}) => {
    const opened = await newPage(pageOpts);
    if (via === 'form') {
      await signIn(opened.page, admin.email, admin.password);
    } else {
      const res = await opened.ctx.request.post(`${url}/api/v1/auth/login`, {
        data: { email: admin.email, password: admin.password },
      });
      expect(res.status()).toBe(200);
    }
    return opened;
  };

  const signedInAs = async (role: 'viewer' | 'editor') => {
    const email = `${role}-${Date.now()}@example.com`;
    const password = `${role}-password-0001`;
    await api('POST', '/api/v1/users', { email, name: `Test ${role}`, role, password });
    const opened = await newPage();
    await signIn(opened.page, email, password);
    return opened;
  };

  const dispose = async () => {
    await browser.close();
    await server.stop();
  };

  return {
    server,
    url,
    mapId: server.mapId,
    browser,
    admin,
    pageErrors,
    api,
    expectAccessible,
    newPage,
    signIn,
    newSignedInPage,
    signedInAs,
    dispose,
  };
}
