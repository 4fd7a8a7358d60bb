// Browser plumbing shared by the suites: one headless Chromium, contexts that
// refuse to talk to any origin but the server's, and the form helpers.

import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.PIAZZA_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const NAVIGATION_TIMEOUT_MS = 30_000;

/** Selectors shared by the suites. */
export const SEL = {
  signOutButton:
    'form[action*="signout"] button, form[action*="signout"] input[type="submit"], ' +
    'form[action*="signout"] input[type="image"]',
  submit: 'button[type="submit"], button:not([type]), input[type="submit"], input[type="image"]',
  main: 'main, [role="main"]',
  errorish:
    '[role="alert"], [role="status"], [aria-live], .error, .errors, .field-error, ' +
    '[class*="error"], [id*="error"], [class*="invalid"]',
};

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A fresh browser context + page for one scenario.
 *
 * Every request (documents and subresources) to an origin other than the
 * server's is recorded as a problem and aborted; every response with status
 * >= 500 is recorded; so are subresources answering >= 400 and uncaught page
 * errors. Problems are strings starting with the page URL.
 */
export async function openContext(browser, baseURL, { locale = 'en', javaScriptEnabled = true } = {}) {
  const origin = new URL(baseURL).origin;
  const context = await browser.newContext({
    baseURL,
    locale,
    extraHTTPHeaders: { 'Accept-Language': locale },
    javaScriptEnabled,
  });
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  context.setDefaultTimeout(NAVIGATION_TIMEOUT_MS);
  const problems = [];
  const reported = new Set();
  const add = (key, problem) => {
    if (!reported.has(key)) {
      reported.add(key);
      problems.push(problem);
    }
  };

  const pageOf = (request) => {
    try {
      const url = request.frame().page().url();
      return url && url !== 'about:blank' ? url : '(no page yet)';
    } catch {
      return '(no page)';
    }
  };
  const originOf = (url) => {
    try {
      return new URL(url).origin;
    } catch {
      return url;
    }
  };

  await context.route('**/*', (route) => {
    const request = route.request();
    if (originOf(request.url()) !== origin) {
      // Keyed without the resource type: axe re-fetches stylesheets as xhr.
      add(
        `origin ${pageOf(request)} ${request.url()}`,
        `${pageOf(request)}: request to another origin: ${request.method()} ${request.url()} ` +
          `(${request.resourceType()})`,
      );
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  // Route handlers do not see the targets of redirects; the request event does.
  context.on('request', (request) => {
    if (originOf(request.url()) !== origin) {
      const from = request.redirectedFrom();
      let first = request;
      while (first.redirectedFrom()) first = first.redirectedFrom();
      const where = from ? first.url() : pageOf(request);
      add(
        `origin ${where} ${request.url()}`,
        `${where}: request to another origin: ${request.method()} ${request.url()} ` +
          `(${request.resourceType()}${from ? `, redirected from ${from.url()}` : ''})`,
      );
    }
  });
  context.on('response', (response) => {
    const request = response.request();
    const status = response.status();
    if (status >= 500) {
      const referer = request.headers().referer;
      add(
        `5xx ${request.method()} ${response.url()} ${referer}`,
        `${response.url()}: HTTP ${status} for ${request.method()} ${request.resourceType()}` +
          (referer ? ` (referer ${referer})` : ''),
      );
    } else if (status >= 400 && !request.isNavigationRequest()) {
      add(
        `4xx ${pageOf(request)} ${response.url()}`,
        `${pageOf(request)}: ${request.resourceType()} ${response.url()} answered HTTP ${status}`,
      );
    }
  });
  context.on('page', (page) => watchPage(page, origin, problems));

  const page = await context.newPage();
  return { context, page, problems, origin };
}

function watchPage(page, origin, problems) {
  page.on('websocket', (ws) => {
    let wsOrigin;
    try {
      const u = new URL(ws.url());
      wsOrigin = `${u.protocol === 'wss:' ? 'https:' : 'http:'}//${u.host}`;
    } catch {
      wsOrigin = ws.url();
    }
    if (wsOrigin !== origin) {
      problems.push(`${page.url()}: websocket to another origin: ${ws.url()}`);
    }
  });
  page.on('pageerror', (err) => {
    problems.push(`${page.url()}: uncaught JavaScript error: ${err.message}`);
  });
}

/**
 * Runs `action` (which submits a form or follows a link) and waits for the
 * resulting document. Returns the final main-frame response (after redirects).
 */
export async function submitAndWait(page, action, timeout = NAVIGATION_TIMEOUT_MS) {
  let last = null;
  const onResponse = (response) => {
    const request = response.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) last = response;
  };
  page.on('response', onResponse);
  try {
    const navigated = page.waitForEvent('framenavigated', {
      predicate: (frame) => frame === page.mainFrame(),
      timeout,
    });
    await action();
    await navigated;
    await page.waitForLoadState('load');
  } finally {
    page.off('response', onResponse);
  }
  return last;
}

/** The form that contains an element matching `inner` (first match). */
export function formWith(page, inner) {
  return page.locator('form').filter({ has: page.locator(inner) }).first();
}

export async function isSignedIn(page) {
  return (await page.locator(SEL.signOutButton).count()) > 0;
}

/** One-line description of the current page for failure messages. */
export async function describePage(page, response) {
  const parts = [`URL ${page.url()}`];
  if (response) parts.push(`status ${response.status()}`);
  try {
    const h1 = (await page.locator('h1').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    parts.push(`h1 ${JSON.stringify(h1)}`);
    const msgs = [
      ...new Set(
        (await page.locator(SEL.errorish).allInnerTexts())
          .map((t) => t.replace(/\s+/g, ' ').trim())
          .filter(Boolean),
      ),
    ].slice(0, 8);
    if (msgs.length) parts.push(`messages ${JSON.stringify(msgs)}`);
  } catch (err) {
    parts.push(`(could not read page: ${err.message.split('\n')[0]})`);
  }
  return parts.join('; ');
}

/** Signs in through /signin with the mouse and fill(); throws a descriptive error on failure. */
export async function signIn(page, { username, password }) {
  const first = await page.goto('/signin');
  if (!first || first.status() >= 400) {
    throw new Error(`GET /signin failed: ${await describePage(page, first)}`);
  }
  const form = formWith(page, 'input[name="password"]');
  if ((await form.count()) === 0) {
    throw new Error(`no form with a password input on /signin: ${await describePage(page, first)}`);
  }
  await form.locator('input[name="username"]').fill(username);
  await form.locator('input[name="password"]').fill(password);
  const response = await submitAndWait(page, () => form.locator(SEL.submit).first().click());
  if (!(await isSignedIn(page))) {
    throw new Error(
      `signing in as ${username} did not show a sign-out button: ${await describePage(page, response)}`,
    );
  }
  return response;
}

/** Signs out with the header's sign-out button; throws if still signed in afterwards. */
export async function signOut(page) {
  const button = page.locator(SEL.signOutButton).first();
  if ((await button.count()) === 0) throw new Error(`no sign-out button on ${page.url()}`);
  const response = await submitAndWait(page, () => button.click());
  if (await isSignedIn(page)) {
    throw new Error(`still signed in after pressing sign out: ${await describePage(page, response)}`);
  }
  return response;
}

/**
 * Chooses the language with the language form on the current page. Signed in,
 * the server stores the choice on the account and it then wins over
 * Accept-Language (demo accounts come with their own languages).
 */
export async function chooseLanguage(page, locale) {
  const form = formWith(page, 'select[name="lang"]');
  if ((await form.count()) === 0) throw new Error(`no language form (select name="lang") on ${page.url()}`);
  await form.locator('select[name="lang"]').selectOption(locale);
  const response = await submitAndWait(page, () => form.locator(SEL.submit).first().click());
  const problem = langDirProblem(locale, await htmlLangDir(page));
  if (problem) {
    throw new Error(`after choosing "${locale}" in the language form: ${problem}; ${await describePage(page, response)}`);
  }
  return response;
}

/** The html element's lang and dir attributes. */
export async function htmlLangDir(page) {
  const html = page.locator('html');
  return { lang: await html.getAttribute('lang'), dir: await html.getAttribute('dir') };
}

/** Locales written right to left: the page must say dir="rtl". */
export const RTL_LOCALES = ['ar', 'fa'];

/** Problem text if lang/dir do not fit the locale, else null. */
export function langDirProblem(locale, { lang, dir }) {
  const primary = (lang || '').toLowerCase().split('-')[0];
  if (RTL_LOCALES.includes(locale)) {
    if (primary !== locale || dir !== 'rtl') {
      return `expected <html lang="${locale}" dir="rtl">, found lang=${JSON.stringify(lang)} dir=${JSON.stringify(dir)}`;
    }
  } else if (primary !== locale || !(dir === null || dir === 'ltr')) {
    return `expected <html lang="${locale}"> with dir "ltr" or absent, found lang=${JSON.stringify(lang)} dir=${JSON.stringify(dir)}`;
  }
  return null;
}

/** Formats a list of problems for an assertion message. */
export function formatProblems(title, all, max = 150) {
  const problems = [...new Set(all)];
  const shown = problems.slice(0, max).map((p) => `  - ${p}`);
  if (problems.length > max) shown.push(`  ... and ${problems.length - max} more`);
  return `${title}: ${problems.length} problem(s)\n${shown.join('\n')}`;
}

/** A unique, lowercase, alphanumeric username. */
export function uniqueUsername(prefix) {
  const stamp = Date.now().toString(36).slice(-6);
  const rand = Math.random().toString(36).slice(2, 6);
  return `${prefix}${stamp}${rand}`.replace(/[^a-z0-9]/g, '');
}

/** A password that should satisfy any reasonable policy. */
export function strongPassword() {
  return `Pz-${Math.random().toString(36).slice(2, 10)}-Kq7-${Date.now().toString(36)}!`;
}
