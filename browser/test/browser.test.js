// Piazza browser suite: one server and one Chromium for everything, scenarios
// run one after another.
//
//   a) crawl as every kind of person, in en and ar: axe (WCAG 2.2 AA), no 5xx,
//      no broken links, no request to another origin, right lang/dir;
//   b) JavaScript off: crawl, register, sign out/in, language form, sign-in error;
//   c) keyboard only: skip link, sign-up and sign-in;
//   d) a proposal's whole life in Arabic with JavaScript off: creation, co-author, amendment,
//      supports to the threshold, the official's answers, moderation and a meeting;
//   e) representation and assisted participation in Farsi with JavaScript off: a facilitator
//      records a paper contribution, a newcomer claims it and says who they are, and anyone
//      sees who takes part;
//   f) service feedback in Arabic with JavaScript off: a report without an account (refused
//      empty, then filed), the official's status updates on the timeline, a resident's rating,
//      the indicators' charts and tables, and a request filed by another site's Open311 client;
//   g) the practice exchange in Italian with JavaScript off: the village's official finds the
//      city's case with the filters, sees where it was replicated and the outcomes side by side,
//      replicates it (refused in the past, then next week) and lands on the new process, not open
//      yet; the city's official describes a process as a practice from the pre-filled form (refused
//      without a contact, then published), and the case page carries schema.org JSON-LD; the town's
//      facilitator translates the city's case into English (refused without a title) and an English
//      reader reads it with the original a link away; the city's official corrects it (refused
//      without a summary); the village's official plans a meeting like the city's stand from the
//      formats its replica offers;
//   h) links between communities in Ukrainian with JavaScript off: the town proposes a twinning
//      to the village (refused without a purpose), the village accepts, each community's page
//      shows the other, and the village's facilitator co-runs a process of the town; the village
//      asks the town about its practice (refused without a title), the town answers, the village
//      marks the answer that helped, and an official of a third community cannot read the thread.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import {
  SEL,
  chooseLanguage,
  describePage,
  formWith,
  formatProblems,
  htmlLangDir,
  isSignedIn,
  langDirProblem,
  launchBrowser,
  openContext,
  signIn,
  signOut,
  strongPassword,
  submitAndWait,
  uniqueUsername,
} from '../lib/browser.js';
import { MIN_PAGES_PER_CRAWL, axeProblems, crawl } from '../lib/crawl.js';
import { focusMatches, focused, tabTo } from '../lib/keyboard.js';
import { accountFor, startServer } from '../lib/server.js';

const ROLES = ['instance-admin', 'administrator', 'official', 'facilitator', 'moderator', 'resident'];
const LOCALES = ['en', 'ar'];
const CRAWL_TIMEOUT_MS = 10 * 60_000;
const FLOW_TIMEOUT_MS = 3 * 60_000;

const env = { server: null, browser: null };

before(
  async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
    console.log(
      `server ${env.server.baseURL} (log: ${env.server.logPath}), ` +
        `${env.server.accounts.length} demo accounts, chromium ${env.browser.version()}`,
    );
  },
  { timeout: 120_000 },
);

after(async () => {
  await env.browser?.close();
  await env.server?.stop();
});

/** The first demo account with `role`; fails the test if there is none. */
function account(role) {
  const found = accountFor(env.server.accounts, role);
  assert.ok(
    found,
    `demo-accounts.json has no account with role "${role}" (roles present: ` +
      `${[...new Set(env.server.accounts.map((a) => a.role))].join(', ') || 'none'})`,
  );
  return found;
}

/** Fails at once, with the server's last output, if the server is gone. */
function assertServerAlive(when) {
  const gone = env.server.exitStatus();
  if (gone) {
    assert.fail(`the Piazza server stopped ${when} (${gone}); last output:\n${env.server.logTail()}`);
  }
}

/** Opens a context, runs `body`, fails on any problem collected, closes. */
async function scenario(title, options, body) {
  assertServerAlive('before this test');
  const ctx = await openContext(env.browser, env.server.baseURL, options);
  try {
    await body(ctx);
  } catch (err) {
    assertServerAlive('during this test');
    if (ctx.problems.length) err.message += `\n${formatProblems('also recorded', ctx.problems)}`;
    throw err;
  } finally {
    await ctx.context.close();
  }
  assertServerAlive('during this test');
  if (ctx.problems.length) assert.fail(formatProblems(title, ctx.problems));
}

function crawlSummary(visited, unvisited) {
  const paths = visited.map((u) => {
    const { pathname, search } = new URL(u);
    return pathname + search;
  });
  const cap = unvisited ? ` (cap reached: ${unvisited} queued links not visited)` : '';
  return `${visited.length} pages crawled${cap}: ${paths.join(' ')}`;
}

const report = (problems) => (url, problem) => problems.push(`${url}: ${problem}`);

/** A demo person by username; fails if the demo has none. */
function person(username) {
  const found = env.server.accounts.find((a) => a && a.username === username);
  assert.ok(found, `demo-accounts.json has no account "${username}"`);
  return found;
}

/**
 * Runs `body` in `locale` with JavaScript off, signed in as the demo person `username` (or signed
 * out when null). axe needs JavaScript, so a second, scripted tab (`axePage`, same person once
 * signed in) follows: `checkHere()` checks lang/dir where the person is, opens the same address
 * in the scripted tab and runs axe there. A page that answers a POST cannot be opened again:
 * `checkHere(redo)` lets `redo(axePage)` submit the same form in the scripted tab instead.
 */
async function withoutScript(locale, title, username, body) {
  await scenario(`${title} (${locale}, JavaScript off)`, { locale, javaScriptEnabled: false }, async (ctx) => {
    const { page, problems } = ctx;
    const axeCtx = await openContext(env.browser, env.server.baseURL, { locale });
    try {
      if (username) {
        await signIn(page, person(username));
        await chooseLanguage(page, locale);
        await signIn(axeCtx.page, person(username));
        await chooseLanguage(axeCtx.page, locale);
      }
      const checkHere = async (redo) => {
        const url = page.url();
        const ld = langDirProblem(locale, await htmlLangDir(page));
        if (ld) problems.push(`${url}: ${ld}`);
        if (redo) await redo(axeCtx.page);
        else await axeCtx.page.goto(url);
        const where = redo ? `${url} (redone in the scripted tab: ${axeCtx.page.url()})` : url;
        const axeLd = langDirProblem(locale, await htmlLangDir(axeCtx.page));
        if (axeLd) problems.push(`${where}: scripted tab: ${axeLd}`);
        for (const problem of await axeProblems(axeCtx.page)) problems.push(`${where}: ${problem}`);
      };
      await body({ ...ctx, axePage: axeCtx.page, checkHere });
      problems.push(...axeCtx.problems);
    } finally {
      await axeCtx.context.close();
    }
  });
}

/** Submits the form that holds `inner` with its submit button; returns the final response. */
async function send(page, inner) {
  const form = formWith(page, inner);
  assert.ok((await form.count()) > 0, `no form with ${inner} on ${page.url()}`);
  return submitAndWait(page, () => form.locator(SEL.submit).first().click());
}

/**
 * The whole number in a cell as written in Farsi or Arabic (Persian or Arabic-Indic digits,
 * isolates, separators): every digit, in order.
 */
function number(text) {
  const western = text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const digits = western.replace(/[^0-9]/g, '');
  assert.ok(digits.length > 0, `not a number: ${JSON.stringify(text)}`);
  return Number(digits);
}

/**
 * What the product says in `locale`, read from its own Fluent file, so that a test asserts the
 * words a person reads without copying them: `say(id)` is the text of a message without
 * placeables, as the pages show it.
 */
function messagesOf(locale) {
  const file = new URL(`../../crates/piazza-web/locales/${locale}.ftl`, import.meta.url);
  const lines = readFileSync(file, 'utf8').split('\n');
  const found = new Map();
  lines.forEach((line, i) => {
    const m = /^([a-z][a-z0-9-]*)\s*=\s*(.*)$/.exec(line);
    // A value that goes on to indented lines (variants, several lines) is not a plain text.
    if (m && !/^\s+\S/.test(lines[i + 1] || '')) found.set(m[1], m[2].trim());
  });
  const say = (id) => {
    const text = found.get(id);
    assert.ok(text, `${locale}.ftl has no one-line message ${id}`);
    assert.ok(!text.includes('{'), `${locale}.ftl: ${id} has placeables; a test cannot read it as it is shown`);
    return text;
  };
  /** `say.before(id)`: the words of a one-line message before its first placeable. */
  say.before = (id) => {
    const text = found.get(id);
    assert.ok(text, `${locale}.ftl has no one-line message ${id}`);
    const words = text.split('{')[0].trim();
    assert.ok(words, `${locale}.ftl: ${id} starts with a placeable; there are no words before it`);
    return words;
  };
  return say;
}

/**
 * `refusalCheck(say)` gives `assertRefusedAt(page, response, field, message)`, which checks what a
 * person sees after a form was refused for one field: the answer is 422, the title starts with the
 * locale's error prefix, one announced error summary points to `field` alone, and the field is
 * marked invalid and described by an error next to it that says `message`.
 */
function refusalCheck(say) {
  /** The error summary's links, by the id each points to. */
  const summaryTargets = (page) =>
    page.locator('main .error-summary a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href').slice(1)));

  return async function assertRefusedAt(page, response, field, message) {
    assert.equal(response?.status(), 422, `the refusal: ${await describePage(page, response)}`);
    assert.ok((await page.title()).startsWith(say('error-title-prefix')), `the title says there is an error: ${await page.title()}`);
    const summary = page.locator('main .error-summary');
    assert.equal(await summary.count(), 1, `one error summary: ${await describePage(page, response)}`);
    assert.equal(await summary.getAttribute('role'), 'alert', 'the error summary is announced');
    assert.deepEqual(await summaryTargets(page), [field], `the summary points to ${field} alone`);
    const error = page.locator(`main p.error#${field}-error`);
    assert.equal(await error.count(), 1, `an error next to ${field}`);
    assert.ok((await error.innerText()).includes(message), `the error by ${field} says "${message}": ${await error.innerText()}`);
    const input = page.locator(`main [name="${field}"]`);
    assert.equal(await input.getAttribute('aria-invalid'), 'true', `${field} is marked invalid`);
    assert.ok((await input.getAttribute('aria-describedby') || '').split(/\s+/).includes(`${field}-error`), `${field} is described by its error`);
  };
}

// ---------------------------------------------------------------------------
describe('a) crawl: axe WCAG 2.2 AA, no 5xx, no broken links, same origin only, lang/dir', () => {
  for (const role of [null, ...ROLES]) {
    for (const locale of LOCALES) {
      const who = role ? `signed in as ${role}` : 'signed out';
      test(`${who}, ${locale}`, { timeout: CRAWL_TIMEOUT_MS }, async (t) => {
        const acct = role ? account(role) : null;
        await scenario(`crawl ${who} (${locale})`, { locale }, async ({ page, problems, origin }) => {
          if (acct) {
            await signIn(page, acct);
            // The account's stored language wins over Accept-Language: choose it.
            await chooseLanguage(page, locale);
          }
          const check = async (p) => {
            const found = [];
            const ld = langDirProblem(locale, await htmlLangDir(p));
            if (ld) found.push(ld);
            found.push(...(await axeProblems(p)));
            return found;
          };

          if (!acct) {
            // The not-found page is a page people see too: probe it explicitly.
            const probe = `/no-such-page-${Date.now().toString(36)}`;
            const res = await page.goto(probe);
            const url = page.url();
            if (!res || res.status() !== 404) {
              problems.push(`${url}: unknown path answered ${res ? res.status() : 'nothing'}, expected 404`);
            } else {
              for (const p of await check(page)) problems.push(`${url} (404 page): ${p}`);
            }
          }

          const { visited, unvisited, page: tab } = await crawl({ page, origin, report: report(problems), check });
          t.diagnostic(crawlSummary(visited, unvisited));
          if (visited.length < MIN_PAGES_PER_CRAWL) {
            problems.push(
              `${origin}/: crawl reached only ${visited.length} page(s): ${visited.join(', ')}`,
            );
          }
          if (acct) {
            await tab.goto('/');
            if (!(await isSignedIn(tab))) {
              problems.push(`${tab.url()}: no longer signed in after the crawl (a GET link signed ${acct.username} out?)`);
            }
          }
        });
      });
    }
  }
});

// ---------------------------------------------------------------------------
describe('b) JavaScript off', () => {
  const noJs = { locale: 'en', javaScriptEnabled: false };

  for (const role of [null, 'resident', 'instance-admin']) {
    const who = role ? `signed in as ${role}` : 'signed out';
    test(`crawl ${who}: status < 400, one h1, a main landmark`, { timeout: CRAWL_TIMEOUT_MS }, async (t) => {
      const acct = role ? account(role) : null;
      await scenario(`JS-off crawl ${who}`, noJs, async ({ page, problems, origin }) => {
        if (acct) {
          await signIn(page, acct);
          await chooseLanguage(page, 'en');
        }
        const check = async (p) => {
          const found = [];
          const h1s = await p.locator('h1').count();
          if (h1s !== 1) found.push(`expected exactly one h1, found ${h1s}`);
          const mains = await p.locator(SEL.main).count();
          if (mains === 0) found.push('no main landmark (<main> or role="main")');
          if (mains > 1) found.push(`${mains} main landmarks, expected one`);
          const ld = langDirProblem('en', await htmlLangDir(p));
          if (ld) found.push(ld);
          return found;
        };
        const { visited, unvisited } = await crawl({
          page,
          origin,
          report: report(problems),
          check,
          strictStatus: true,
        });
        t.diagnostic(crawlSummary(visited, unvisited));
        if (visited.length < MIN_PAGES_PER_CRAWL) {
          problems.push(`${origin}/: crawl reached only ${visited.length} page(s)`);
        }
      });
    });
  }

  test('register, sign out, sign in again, switch to Arabic', { timeout: FLOW_TIMEOUT_MS }, async () => {
    await scenario('JS-off account flow', noJs, async ({ page }) => {
      const username = uniqueUsername('nojs');
      const password = strongPassword();

      // Register.
      const reg = await page.goto('/register');
      assert.ok(reg && reg.status() < 400, `GET /register: ${await describePage(page, reg)}`);
      const form = formWith(page, 'input[name="password_confirmation"]');
      assert.equal(await form.count(), 1, `no registration form on /register: ${await describePage(page, reg)}`);
      await form.locator('input[name="username"]').fill(username);
      await form.locator('input[name="display_name"]').fill('No Script Tester');
      await form.locator('input[name="password"]').fill(password);
      await form.locator('input[name="password_confirmation"]').fill(password);
      const regRes = await submitAndWait(page, () => form.locator(SEL.submit).first().click());
      assert.ok(
        await isSignedIn(page),
        `registering ${username} did not end signed in (no sign-out button): ${await describePage(page, regRes)}`,
      );

      // Sign out, then in again.
      await signOut(page);
      await signIn(page, { username, password });

      // Language form to Arabic (throws unless the page comes back lang="ar" dir="rtl").
      await chooseLanguage(page, 'ar');
      await page.goto('/');
      const front = await htmlLangDir(page);
      assert.equal(
        langDirProblem('ar', front),
        null,
        `front page after choosing Arabic (choice not kept?): ${langDirProblem('ar', front)}`,
      );
      assert.ok(await isSignedIn(page), `no longer signed in after switching language: ${await describePage(page)}`);
    });
  });

  test('wrong password: error by the field, username kept', { timeout: FLOW_TIMEOUT_MS }, async () => {
    const acct = account('resident');
    await scenario('JS-off wrong password', noJs, async ({ page }) => {
      const first = await page.goto('/signin');
      assert.ok(first && first.status() < 400, `GET /signin: ${await describePage(page, first)}`);
      const before = await formMessages(page);
      const form = formWith(page, 'input[name="password"]');
      await form.locator('input[name="username"]').fill(acct.username);
      await form.locator('input[name="password"]').fill(`${acct.password}-wrong`);
      const res = await submitAndWait(page, () => form.locator(SEL.submit).first().click());
      const where = await describePage(page, res);

      assert.ok(!(await isSignedIn(page)), `signed in with a wrong password! ${where}`);
      const again = formWith(page, 'input[name="password"]');
      assert.equal(await again.count(), 1, `no sign-in form after a wrong password: ${where}`);
      const found = [];
      const kept = await again.locator('input[name="username"]').inputValue();
      if (kept !== acct.username) {
        found.push(`username not kept: input value ${JSON.stringify(kept)}, typed ${JSON.stringify(acct.username)}`);
      }
      const after = await formMessages(page);
      if (!after.some((m) => !before.includes(m))) {
        found.push(
          'no error message in the sign-in form or referenced by the username/password field ' +
            '(aria-describedby/aria-errormessage)',
        );
      }
      assert.equal(found.length, 0, `after a wrong password: ${found.join('; ')}\n  page: ${where}`);
    });
  });
});

/**
 * Text lines inside the sign-in form, plus texts the username/password fields
 * point at with aria-describedby / aria-errormessage.
 */
async function formMessages(page) {
  const form = formWith(page, 'input[name="password"]');
  if ((await form.count()) === 0) return [];
  const lines = (await form.innerText()).split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  for (const name of ['username', 'password']) {
    const input = form.locator(`input[name="${name}"]`);
    if ((await input.count()) === 0) continue;
    for (const attr of ['aria-describedby', 'aria-errormessage']) {
      const ids = ((await input.first().getAttribute(attr)) || '').split(/\s+/).filter(Boolean);
      for (const id of ids) {
        const el = page.locator(`[id="${id}"]`);
        if (await el.count()) lines.push(`${name}#${id}: ${(await el.first().innerText()).replace(/\s+/g, ' ').trim()}`);
      }
    }
  }
  return lines.filter((l) => l && !/:\s*$/.test(l));
}

// ---------------------------------------------------------------------------
describe('c) keyboard only', () => {
  test('first Tab on the front page focuses a visible skip link to main', { timeout: FLOW_TIMEOUT_MS }, async () => {
    await scenario('skip link', { locale: 'en' }, async ({ page }) => {
      await page.goto('/');
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        const href = el?.getAttribute('href') || '';
        const id = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : null;
        const target = id ? document.getElementById(id) : null;
        const r = el?.getBoundingClientRect();
        return {
          tag: el?.tagName.toLowerCase(),
          href,
          text: (el?.innerText || '').trim(),
          target: target ? `${target.tagName.toLowerCase()}${target.getAttribute('role') ? `[role=${target.getAttribute('role')}]` : ''}` : null,
          targetIsMain: !!target && (target.tagName === 'MAIN' || target.getAttribute('role') === 'main'),
          box: r ? { x: r.x, y: r.y, w: r.width, h: r.height } : null,
          viewport: { w: innerWidth, h: innerHeight },
        };
      });
      const what = JSON.stringify(info);
      assert.equal(info.tag, 'a', `first Tab on / focused ${info.tag ?? 'nothing'}, expected a skip link: ${what}`);
      assert.ok(info.href.startsWith('#'), `first focused link on / is not an in-page link: ${what}`);
      assert.ok(info.target, `skip link ${info.href} on / points at no element: ${what}`);
      assert.ok(info.targetIsMain, `skip link ${info.href} on / targets ${info.target}, not the main element: ${what}`);
      const b = info.box;
      assert.ok(
        b && b.w >= 2 && b.h >= 2 && b.x + b.w > 0 && b.y + b.h > 0 && b.x < info.viewport.w && b.y < info.viewport.h,
        `focused skip link on / is not visible on screen: ${what}`,
      );
    });
  });

  test('sign up at /register and sign in at /signin with the keyboard alone', { timeout: FLOW_TIMEOUT_MS }, async () => {
    await scenario('keyboard sign-up/sign-in', { locale: 'en' }, async ({ page }) => {
      const username = uniqueUsername('kbd');
      const password = strongPassword();
      const submit = ':is(button[type="submit"], button:not([type]), input[type="submit"])';

      // Sign up.
      await page.goto('/register');
      const reg = 'form:has(input[name="password_confirmation"])';
      await tabTo(page, `${reg} input[name="username"]`);
      await page.keyboard.type(username);
      await tabTo(page, `${reg} input[name="display_name"]`);
      await page.keyboard.type('Keyboard Tester');
      await tabTo(page, `${reg} input[name="password"]`);
      await page.keyboard.type(password);
      await tabTo(page, `${reg} input[name="password_confirmation"]`);
      await page.keyboard.type(password);
      await tabTo(page, `${reg} ${submit}`);
      const regRes = await submitAndWait(page, () => page.keyboard.press('Enter'));
      assert.ok(
        await isSignedIn(page),
        `keyboard registration of ${username} did not end signed in: ${await describePage(page, regRes)}`,
      );

      // Sign out with the keyboard too.
      await tabTo(page, `:is(${SEL.signOutButton})`);
      const outRes = await submitAndWait(page, () => page.keyboard.press('Enter'));
      assert.ok(!(await isSignedIn(page)), `Enter on the sign-out button did not sign out: ${await describePage(page, outRes)}`);

      // Sign in.
      await page.goto('/signin');
      const form = 'form:has(input[name="password"])';
      await tabTo(page, `${form} input[name="username"]`);
      await page.keyboard.type(username);
      await tabTo(page, `${form} input[name="password"]`);
      await page.keyboard.type(password);
      await tabTo(page, `${form} ${submit}`);
      assert.ok(await focusMatches(page, `${form} ${submit}`), `focus is on ${await focused(page)}`);
      const inRes = await submitAndWait(page, () => page.keyboard.press('Space'));
      assert.ok(
        await isSignedIn(page),
        `keyboard sign-in as ${username} (Space on the submit button) did not show a sign-out button: ` +
          (await describePage(page, inRes)),
      );
    });
  });
});

// ---------------------------------------------------------------------------
describe('d) a proposal from creation to implementation, JavaScript off, in Arabic', () => {
  const arabicNoJs = { locale: 'ar', javaScriptEnabled: false };

  /**
   * Signs `username` in, in Arabic with JavaScript off, and runs `body`. axe needs JavaScript,
   * so `checkHere` opens the page the person is on in a second, scripted tab of the same person
   * and runs axe there.
   */
  async function as(username, body) {
    await scenario(`${username} (ar, JavaScript off)`, arabicNoJs, async (ctx) => {
      await signIn(ctx.page, person(username));
      await chooseLanguage(ctx.page, 'ar');
      const axeCtx = await openContext(env.browser, env.server.baseURL, { locale: 'ar' });
      try {
        await signIn(axeCtx.page, person(username));
        await chooseLanguage(axeCtx.page, 'ar');
        const checkHere = async () => {
          const url = ctx.page.url();
          const ld = langDirProblem('ar', await htmlLangDir(ctx.page));
          if (ld) ctx.problems.push(`${url}: ${ld}`);
          await axeCtx.page.goto(url);
          for (const problem of await axeProblems(axeCtx.page)) ctx.problems.push(`${url}: ${problem}`);
        };
        await body({ ...ctx, checkHere });
        ctx.problems.push(...axeCtx.problems);
      } finally {
        await axeCtx.context.close();
      }
    });
  }

  /** Submits the form that holds `inner` and checks the answer is not an error. */
  async function submit(page, inner, what) {
    const form = formWith(page, inner);
    assert.ok((await form.count()) > 0, `no form with ${inner} on ${page.url()} (${what})`);
    const response = await submitAndWait(page, () => form.locator('button[type="submit"]').first().click());
    assert.ok(response && response.status() < 400, `${what}: ${await describePage(page, response)}`);
    return response;
  }

  test('resident, co-author, amender, supporters, official, moderator and facilitator', { timeout: 6 * 60_000 }, async () => {
    let proposal = '';
    let process = '';
    await as('amina', async ({ page, checkHere }) => {
      await page.goto('/c/lorenza/processes');
      await checkHere();
      await submitAndWait(page, () => page.locator('a', { hasText: 'Cortili scolastici più verdi' }).first().click());
      process = new URL(page.url()).pathname;
      await page.goto(`${process}/proposals/new`);
      await checkHere();
      await page.locator('input[name="title"]').fill('مقاعد تحت الأشجار في الفناء');
      await page.locator('textarea[name="body"]').fill('مقاعد خشبية في الظل لأولياء الأمور والأجداد.');
      await page.locator('select[name="category"]').selectOption('public-space');
      await submit(page, 'textarea[name="body"]', 'creating the proposal');
      proposal = new URL(page.url()).pathname;
      assert.match(proposal, /^\/proposals\/\d+$/, `after creating: ${page.url()}`);
      await checkHere();
      await page.locator('input[name="invitee"]').fill('tom');
      await submit(page, 'input[name="invitee"]', 'inviting Tom to co-author');
    });
    await as('tom', async ({ page, checkHere }) => {
      await page.goto(proposal);
      const accept = page.locator('form[action$="/accept"][action^="/invitations/"] button');
      assert.ok((await accept.count()) > 0, 'Tom is offered the invitation to accept');
      await submitAndWait(page, () => accept.first().click());
      await page.goto(proposal);
      await checkHere();
      assert.ok((await page.locator('#authors + dd', { hasText: 'Tom' }).count()) > 0, 'Tom is shown as an author');
    });
    await as('giulia', async ({ page, checkHere }) => {
      await page.goto(`${proposal}/amendments/new`);
      await checkHere();
      await page.locator('textarea[name="body"]').fill('مقاعد خشبية في الظل لأولياء الأمور والأجداد، مع طاولة صغيرة.');
      await page.locator('textarea[name="reason"]').fill('Una tavola serve per i compiti.');
      await submit(page, 'textarea[name="reason"]', 'proposing an amendment');
    });
    await as('amina', async ({ page, checkHere }) => {
      await page.goto(proposal);
      const accept = page.locator('form[action^="/amendments/"][action$="/accept"] button');
      assert.ok((await accept.count()) > 0, 'the author is offered the amendment to accept');
      await submitAndWait(page, () => accept.first().click());
      await page.goto(`${proposal}/versions`);
      await checkHere();
      assert.ok((await page.locator('ins', { hasText: 'طاولة' }).count()) > 0, 'the new version shows what changed');
    });
    for (const supporter of ['giulia', 'samir', 'tom']) {
      await as(supporter, async ({ page }) => {
        await page.goto(proposal);
        const button = page.locator(`form[action="${proposal}/support"] button`);
        assert.ok((await button.count()) > 0, `${supporter} is offered a support button`);
        const response = await submitAndWait(page, () => button.first().click());
        assert.ok(response && response.status() < 400, `${supporter} supports: ${await describePage(page, response)}`);
      });
    }
    await as('lorenza-official', async ({ page, checkHere }) => {
      await page.goto(proposal);
      await checkHere();
      assert.equal(await page.locator('input[name="seen_state"]').getAttribute('value'), 'evaluating', 'the threshold sent it to evaluation');
      await page.locator('select[name="state"]').selectOption('accepted');
      await page.locator('textarea[name="answer"]').fill('مقبول: ستُركَّب المقاعد في الخريف.');
      await submit(page, 'textarea[name="answer"]', 'accepting');
      await page.locator('select[name="state"]').selectOption('implemented');
      await page.locator('textarea[name="answer"]').fill('تم التنفيذ: المقاعد في مكانها.');
      await submit(page, 'textarea[name="answer"]', 'marking it implemented');
      await checkHere();
      const history = await page.locator('ol.history li').count();
      assert.ok(history >= 4, `the history lists every change of state, found ${history}`);
    });
    await as('lorenza-moderator', async ({ page, checkHere }) => {
      const queue = await page.goto('/c/lorenza/moderation');
      assert.equal(queue.status(), 200);
      await checkHere();
      await page.goto('/c/lorenza/moderation-log');
      await checkHere();
      await page.goto(`/report/proposal/${proposal.split('/').pop()}`);
      await checkHere();
    });
    await as('lorenza-facilitator', async ({ page, checkHere }) => {
      await page.goto(`${process}/meetings/new`);
      await checkHere();
      await page.locator('input[name="title"]').fill('ورشة المقاعد');
      await page.locator('textarea[name="description"]').fill('نختار معًا مكان المقاعد.');
      await page.locator('input[name="address"]').fill('Cortile della scuola Collodi');
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      await page.locator('input[name="date"]').fill(tomorrow);
      await page.locator('input[name="starts"]').fill('17:00');
      await page.locator('input[name="ends"]').fill('18:30');
      await page.locator('input[name="capacity"]').fill('12');
      await page.locator('input[name="access"][value="step-free"]').check();
      await submit(page, 'textarea[name="description"]', 'planning a meeting');
      assert.match(new URL(page.url()).pathname, /^\/meetings\/\d+$/);
      await checkHere();
    });
    await as('amina', async ({ page, checkHere }) => {
      await page.goto('/notifications');
      await checkHere();
      assert.ok((await page.locator('ul.notifications li').count()) > 0, 'the author was told what happened');
      await page.goto(proposal);
      await checkHere();
    });
  });
  test('a participatory budget: Amina votes in Arabic without script, a code votes at a stand, the official counts', { timeout: 6 * 60_000 }, async () => {
    let budget = '';
    await as('amina', async ({ page, checkHere }) => {
      await page.goto('/c/lorenza/processes');
      const process = await page.locator('a[href^="/processes/"]', { hasText: 'Bilancio partecipativo' }).first().getAttribute('href');
      assert.ok(process, 'Lorenza has a participatory budget process');
      await page.goto(`${process}/budgets`);
      await checkHere();
      budget = await page.locator('ul.cards a[href^="/budgets/"]').first().getAttribute('href');
      await page.goto(budget);
      await checkHere();
      const boxes = page.locator('input[name="project"]');
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      let response = await submitAndWait(page, () => page.locator('button[value="check"]').click());
      assert.ok(response && response.status() === 200, `checking the total: ${await describePage(page, response)}`);
      assert.equal(await page.locator('input[name="project"]:checked').count(), 2, 'the ticks stay after checking');
      assert.ok((await page.locator('.ballot-summary').innerText()).length > 0, 'the running total is shown');
      response = await submitAndWait(page, () => page.locator('button[value="cast"]').click());
      assert.ok(response && response.status() < 400, `casting: ${await describePage(page, response)}`);
      assert.match(page.url(), /done=recorded/);
      assert.equal(await page.locator('input[name="project"]:checked').count(), 2, 'the ballot recorded is shown');
      await checkHere();
    });
    await scenario('the total updates in place with JavaScript', { locale: 'en' }, async ({ page }) => {
      await signIn(page, person('giulia'));
      await chooseLanguage(page, 'en');
      await page.goto(budget);
      const summary = page.locator('.ballot-summary');
      const before = await summary.innerText();
      const boxes = page.locator('input[name="project"]');
      const last = boxes.nth((await boxes.count()) - 1);
      await (await last.isChecked() ? last.uncheck() : last.check());
      await page.waitForFunction(
        (previous) => document.querySelector('.ballot-summary').innerText !== previous,
        before,
        { timeout: 10_000 },
      );
      assert.notEqual(await summary.innerText(), before, 'the summary changed without a page load');
    });
    let code = '';
    await as('lorenza-official', async ({ page }) => {
      await page.goto(budget);
      await page.locator('input[name="count"]').fill('2');
      const response = await submitAndWait(page, () => page.locator('form[action$="/codes"] button').click());
      assert.ok(response && response.status() === 200, `printing codes: ${await describePage(page, response)}`);
      code = (await page.locator('.voting-code').first().innerText()).trim();
      assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    });
    await scenario('a code at a stand (JavaScript off)', { locale: 'ar', javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${budget}/vote`);
      await page.locator('input[name="code"]').fill(code);
      await page.locator('input[name="project"]').nth(2).check();
      const response = await submitAndWait(page, () => page.locator('button[value="cast"]').click());
      assert.ok(response && response.status() === 200, `voting with a code: ${await describePage(page, response)}`);
      assert.equal(await page.locator('.notice ol li').count(), 1, 'the confirmation shows exactly what was recorded');
    });
    await as('lorenza-official', async ({ page, checkHere }) => {
      await page.goto(budget);
      const response = await submitAndWait(page, () => page.locator('form[action$="/count"] button').click());
      assert.ok(response && response.status() < 400, `counting: ${await describePage(page, response)}`);
      assert.match(new URL(page.url()).pathname, /\/results$/);
      assert.ok((await page.locator('figure.chart svg rect').count()) > 0, 'the chart is drawn');
      assert.ok((await page.locator('table tbody tr').count()) > 0, 'the numbers are in a table');
      await checkHere();
    });
  });
  test('consent, one\'s data and erasure: a new person in Arabic without script', { timeout: FLOW_TIMEOUT_MS }, async () => {
    const username = uniqueUsername('privacy');
    const password = strongPassword();
    await scenario('privacy (ar, JavaScript off)', arabicNoJs, async ({ page, problems }) => {
      await page.goto('/register');
      const form = formWith(page, 'input[name="password_confirmation"]');
      await form.locator('input[name="username"]').fill(username);
      await form.locator('input[name="password"]').fill(password);
      await form.locator('input[name="password_confirmation"]').fill(password);
      await submitAndWait(page, () => form.locator(SEL.submit).first().click());
      assert.ok(await isSignedIn(page), `${username} is registered and signed in`);
      await chooseLanguage(page, 'ar');
      const axeCtx = await openContext(env.browser, env.server.baseURL, { locale: 'ar' });
      const checkHere = async () => {
        const url = page.url();
        const ld = langDirProblem('ar', await htmlLangDir(page));
        if (ld) problems.push(`${url}: ${ld}`);
        await axeCtx.page.goto(url);
        for (const problem of await axeProblems(axeCtx.page)) problems.push(`${url}: ${problem}`);
      };
      try {
        await signIn(axeCtx.page, { username, password });
        await chooseLanguage(axeCtx.page, 'ar');
        await page.goto('/account/consents');
        await checkHere();
        const granted = await submitAndWait(page, () => page.locator('#consent-contact button').click());
        assert.ok(granted && granted.status() === 200, `granting: ${await describePage(page, granted)}`);
        assert.equal(await page.locator('#consent-contact button[value="withdraw"]').count(), 1, 'withdrawing is one button');
        assert.equal(await page.locator('table tbody tr').count(), 2, 'the ledger shows the answer, after the consent to taking part given registering');
        await checkHere();
        await page.goto('/account/data');
        assert.equal(await page.locator('a[href="/account/data.zip"]').count(), 1);
        await checkHere();
        await page.goto('/account/erase');
        await checkHere();
        problems.push(...axeCtx.problems);
      } finally {
        await axeCtx.context.close();
      }
      await page.locator('input[name="password"]').fill(password);
      const erased = await submitAndWait(page, () => page.locator('form[action="/account/erase"] button').click());
      assert.ok(erased && erased.status() === 200, `erasing: ${await describePage(page, erased)}`);
      assert.equal(await isSignedIn(page), false, 'signed out once erased');
    });
  });
  test('who may vote: Amina gives her birth date in Arabic without script, then the ballot appears; officials change a budget and import one', { timeout: 5 * 60_000 }, async () => {
    let budget = '';
    let process = '';
    await as('amina', async ({ page, checkHere }) => {
      await page.goto('/c/san-vito-al-lora/processes');
      process = await page.locator('a[href^="/processes/"]', { hasText: 'Bilancio partecipativo' }).first().getAttribute('href');
      assert.ok(process, 'San Vito has a participatory budget process');
      await page.goto(`${process}/budgets`);
      budget = await page.locator('ul.cards a[href^="/budgets/"]', { hasText: 'Energy fund 2027' }).getAttribute('href');
      await page.goto(budget);
      assert.equal(await page.locator('input[name^="choice-"]').count(), 0, 'no ballot before the birth date is known');
      await checkHere();
      const response = await submitAndWait(page, () => page.locator('a[href*="/voter-details"]').click());
      assert.ok(response && response.status() === 200, `the details page: ${await describePage(page, response)}`);
      await checkHere();
      await page.locator('input[name="declared_born_on"]').fill('1990-04-21');
      const saved = await submitAndWait(page, () => page.locator('form:has(input[name="declared_born_on"]) button').click());
      assert.ok(saved && saved.status() === 200, `saving the details: ${await describePage(page, saved)}`);
      assert.equal(new URL(page.url()).pathname, budget, 'back at the budget');
      assert.ok((await page.locator('input[name^="choice-"]').count()) > 0, 'the ballot is there now');
      await checkHere();
    });
    await as('sanvito-official', async ({ page, checkHere }) => {
      await page.goto(`${budget}/edit`);
      assert.equal(await page.locator('input[name="min_age"]').count(), 0, 'ballots are cast: only the wording can change');
      await checkHere();
      await page.goto(`${process}/budgets/import`);
      assert.equal(await page.locator('input[type="file"][name="file"]').count(), 1);
      await checkHere();
    });
  });
});

// ---------------------------------------------------------------------------
describe('e) representation and assisted participation, in Farsi (right-to-left)', () => {
  const LOCALE = 'fa';
  const CLAIM_CODE = /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/;
  /** What fa.ftl says in place of a count under five ("fewer than 5"): the user reads this. */
  const FEWER_THAN_FIVE = 'کمتر از ۵';

  /** Group e's people, in Farsi with JavaScript off: see `withoutScript`. */
  const farsiWithoutScript = (title, username, body) => withoutScript(LOCALE, title, username, body);

  /** Proposals counted for the channel labelled `label` in "How contributions came in". */
  async function proposalsBy(page, label) {
    const table = page.locator('section[aria-labelledby="channels-heading"] table');
    assert.equal(await table.count(), 1, `a "how contributions came in" table on ${page.url()}`);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ label: tr.querySelector('th')?.innerText.trim(), cells: [...tr.querySelectorAll('td')].map((td) => td.innerText) })),
    );
    const row = rows.find((r) => r.label === label);
    assert.ok(row, `no row "${label}" in the channel table on ${page.url()}: ${JSON.stringify(rows)}`);
    return number(row.cells[0]);
  }

  test('a facilitator records a paper proposal, a newcomer claims it and says who they are, anyone sees who takes part', { timeout: 4 * 60_000 }, async () => {
    const said = {
      name: 'رزا ب.',
      event: 'غرفهٔ بازار شنبه، Piazza Grande',
      title: 'آبخوری در حیاط مدرسه',
      body: 'یک آبخوری آب آشامیدنی کنار نیمکت‌ها، برای بچه‌ها و سالمندان.',
      ageBand: '16-24',
    };
    let process = '';
    let code = '';
    let recorded = '';
    let paperLabel = '';
    let paperBefore = 0;

    /** Fills the assisted form on `page` with what the person said on paper. */
    const fillAssisted = async (page) => {
      const form = formWith(page, 'input[name="channel"]');
      await form.locator('input[name="display_name"]').fill(said.name);
      await form.locator('input[name="channel"][value="paper"]').check();
      await form.locator('input[name="event"]').fill(said.event);
      await form.locator('input[name="consents"][value="taking-part"]').check();
      await form.locator('input[name="consents"][value="demographics"]').check();
      // The questions about the person are folded away in a <details>: open it as a person would.
      await form.locator('details > summary').click();
      await form.locator(`input[name="age-band"][value="${said.ageBand}"]`).check();
      await form.locator('input[name="kind"][value="proposal"]').check();
      await form.locator('input[name="title"]').fill(said.title);
      await form.locator('textarea[name="body"]').fill(said.body);
    };

    // 1. A facilitator at a street stand writes down what someone said on paper.
    await farsiWithoutScript('lorenza-facilitator records a paper proposal', 'lorenza-facilitator', async ({ page, checkHere }) => {
      await page.goto('/c/lorenza/processes');
      await checkHere();
      const processes = [
        ...new Set(
          await page
            .locator('main a[href^="/processes/"]')
            .evaluateAll((as) => as.map((a) => a.getAttribute('href')).filter((h) => /^\/processes\/\d+$/.test(h))),
        ),
      ];
      for (const candidate of processes) {
        await page.goto(candidate);
        const assisted = await page.locator(`main a[href="${candidate}/assisted"]`).count();
        const proposing = await page.locator(`main a[href="${candidate}/proposals/new"]`).count();
        if (assisted && proposing) {
          process = candidate;
          break;
        }
      }
      assert.ok(process, `no Lorenza process offers the facilitator both the assisted form and proposals now: ${processes.join(', ')}`);
      await checkHere();
      let response = await submitAndWait(page, () => page.locator(`main a[href="${process}/assisted"]`).first().click());
      assert.equal(response?.status(), 200, `the assisted form: ${await describePage(page, response)}`);
      await checkHere();
      assert.equal(await page.locator('input#channel').getAttribute('value'), 'paper', 'the first channel is paper');
      paperLabel = (await page.locator('label[for="channel"]').innerText()).trim();

      // How contributions came in so far: the paper row, to see ours arrive later.
      await page.goto('/c/lorenza/representation');
      paperBefore = await proposalsBy(page, paperLabel);
      await checkHere();
      await page.goto(`${process}/assisted`);

      // Sent as it comes: an error summary, and the answer says so.
      const sendEmpty = (p) => send(p, 'input[name="channel"]');
      response = await sendEmpty(page);
      assert.equal(response?.status(), 422, `sending the empty form: ${await describePage(page, response)}`);
      const summary = page.locator('.error-summary');
      assert.equal(await summary.count(), 1, `one error summary: ${await describePage(page, response)}`);
      assert.equal(await summary.getAttribute('role'), 'alert', 'the error summary is announced');
      const targets = await summary.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href').slice(1)));
      assert.ok(targets.length >= 4, `the summary lists each missing answer, found ${JSON.stringify(targets)}`);
      for (const id of targets) {
        assert.equal(await page.locator(`[id="${id}"]`).count(), 1, `the summary links to #${id}, which is on the page once`);
      }
      for (const name of ['display_name', 'event', 'title']) {
        assert.equal(await page.locator(`input[name="${name}"]`).getAttribute('aria-invalid'), 'true', `${name} is marked invalid`);
      }
      await checkHere(async (axePage) => {
        await axePage.goto(`${process}/assisted`);
        const again = await sendEmpty(axePage);
        assert.equal(again?.status(), 422, 'the empty form in the scripted tab');
      });

      // Filled in: a receipt with a claim code.
      await fillAssisted(page);
      response = await send(page, 'input[name="channel"]');
      assert.equal(response?.status(), 200, `recording: ${await describePage(page, response)}`);
      assert.equal(await page.locator('main .notice[role="status"]').count(), 1, 'the receipt says it is recorded');
      assert.ok((await page.locator('main h2', { hasText: said.name }).count()) > 0, 'the receipt names the person');
      code = (await page.locator('p.claim-code strong').innerText()).trim();
      recorded = await page.locator('section.receipt dd a[href^="/proposals/"]').first().getAttribute('href');
      assert.ok(recorded, 'the receipt links to the proposal recorded');
      assert.match(code, CLAIM_CODE, 'the receipt shows a claim code');
      await checkHere(async (axePage) => {
        await axePage.goto(`${process}/assisted`);
        await fillAssisted(axePage);
        const receipt = await send(axePage, 'input[name="channel"]');
        assert.equal(receipt?.status(), 200, 'the receipt in the scripted tab');
        assert.equal(await axePage.locator('p.claim-code strong').count(), 1, 'the scripted tab has a receipt too');
      });

      // The form to print for the next stand.
      response = await page.goto(`${process}/paper-form`);
      assert.equal(response?.status(), 200, `the paper form: ${await describePage(page, response)}`);
      assert.ok((await page.locator('main h2').count()) >= 3, 'the paper form has its parts');
      await checkHere();
    });

    // 2. The person registers, claims what was recorded, then says who they are.
    const username = uniqueUsername('claim');
    const password = strongPassword();
    await farsiWithoutScript('a newcomer claims the receipt', null, async ({ page, axePage, checkHere }) => {
      await page.goto('/register');
      await checkHere();
      const form = formWith(page, 'input[name="password_confirmation"]');
      await form.locator('input[name="username"]').fill(username);
      await form.locator('input[name="password"]').fill(password);
      await form.locator('input[name="password_confirmation"]').fill(password);
      const registered = await submitAndWait(page, () => form.locator(SEL.submit).first().click());
      assert.ok(await isSignedIn(page), `${username} is registered and signed in: ${await describePage(page, registered)}`);
      await chooseLanguage(page, LOCALE);
      await signIn(axePage, { username, password });
      await chooseLanguage(axePage, LOCALE);

      await page.goto('/claim');
      await checkHere();
      await page.locator('input[name="code"]').fill(code.toLowerCase());
      let response = await send(page, 'input[name="code"]');
      assert.equal(response?.status(), 200, `claiming ${code.toLowerCase()}: ${await describePage(page, response)}`);
      assert.match(new URL(page.url()).search, /[?&]claimed=/, 'back at /claim with the outcome');
      const notice = page.locator('main .notice[role="status"]');
      assert.equal(await notice.count(), 1, `a notice after claiming: ${await describePage(page, response)}`);
      await checkHere();
      // The paper proposal is theirs now, under their own name.
      await page.goto(recorded);
      assert.ok(
        (await page.locator('main dd bdi', { hasText: username }).count()) > 0,
        `the claimed proposal names ${username}: ${await describePage(page, null)}`,
      );

      // The consents ticked on paper came along; taking them back deletes the answers at once.
      await page.goto('/account/consents');
      await checkHere();
      const demographics = page.locator('#consent-demographics');
      assert.equal(await demographics.locator('button[value="withdraw"]').count(), 1, 'the demographics consent given on paper is now theirs');
      await page.goto('/c/lorenza/about-you');
      assert.equal(
        await page.locator('input[name="age-band"]:checked').getAttribute('value'),
        said.ageBand,
        'the age band said on paper is theirs',
      );
      await checkHere();
      await page.goto('/account/consents');
      response = await submitAndWait(page, () => demographics.locator('button[value="withdraw"]').click());
      assert.equal(response?.status(), 200, `withdrawing: ${await describePage(page, response)}`);
      await checkHere();
      await page.goto('/c/lorenza/about-you');
      assert.equal(await page.locator('main input[type="radio"]').count(), 0, 'no questions without the consent');
      await checkHere();

      // Giving the consent with its own button: the questions are asked again, blank.
      response = await submitAndWait(page, () => page.locator('main a[href="/account/consents#consent-demographics"]').click());
      assert.equal(response?.status(), 200, `the way to the consent: ${await describePage(page, response)}`);
      response = await submitAndWait(page, () => demographics.locator('button[value="grant"]').click());
      assert.equal(response?.status(), 200, `granting: ${await describePage(page, response)}`);
      assert.equal(await demographics.locator('button[value="withdraw"]').count(), 1, 'granted: withdrawing is one button');
      await checkHere();
      response = await page.goto('/c/lorenza/about-you');
      assert.equal(response?.status(), 200);
      assert.equal(await page.locator('input[name="age-band"]:checked').getAttribute('value'), '', 'the answers went with the withdrawal');
      await checkHere();
      await page.locator('input[name="age-band"][value="25-44"]').check();
      response = await send(page, 'input[name="age-band"]');
      assert.equal(response?.status(), 200, `saving the answers: ${await describePage(page, response)}`);
      assert.equal(await page.locator('main .notice[role="status"]').count(), 1, `a saved notice: ${await describePage(page, response)}`);
      assert.equal(await page.locator('input[name="age-band"]:checked').getAttribute('value'), '25-44', 'the answer is kept');
      await checkHere();
    });

    // 3. Anyone, signed out: who takes part, with small groups hidden.
    await farsiWithoutScript('who takes part, signed out', null, async ({ page, checkHere }) => {
      let response = await page.goto('/c/lorenza/representation');
      assert.equal(response?.status(), 200, `the dashboard: ${await describePage(page, response)}`);
      assert.deepEqual(await htmlLangDir(page), { lang: 'fa', dir: 'rtl' }, 'the dashboard is in Farsi, right to left');
      assert.ok((await page.locator('main table').count()) >= 1, 'the numbers are in tables');
      const hidden = await page.locator('main td', { hasText: FEWER_THAN_FIVE }).count();
      assert.ok(hidden >= 1, `small groups read "${FEWER_THAN_FIVE}"`);
      assert.ok((await page.locator('main .notice.problem').count()) >= 1, 'a notice names the group furthest behind');
      const paperAfter = await proposalsBy(page, paperLabel);
      // One proposal from each tab of the facilitator.
      assert.equal(paperAfter, paperBefore + 2, `proposals on paper: ${paperBefore} before, ${paperAfter} after`);
      await checkHere();
      response = await page.goto(`${process}/representation`);
      assert.equal(response?.status(), 200, `the process dashboard: ${await describePage(page, response)}`);
      assert.ok((await page.locator('main table').count()) >= 1, 'the process dashboard has tables');
      await checkHere();
    });
  });
});

// ---------------------------------------------------------------------------
describe('f) service feedback in Arabic, JavaScript off', () => {
  const LOCALE = 'ar';
  const say = messagesOf(LOCALE);
  /** Pietrabuona takes reports from people without an account; San Vito asks them to sign in. */
  const OPEN = 'pietrabuona';
  const CLOSED_DOOR = 'san-vito-al-lora';
  const WASTE = `${OPEN}-waste`;
  const THIRD_PARTY = 'https://other.example';

  /** The facts of a request page (`dl.facts`): each term's text with its description's. */
  async function factsOf(page) {
    const pairs = await page.locator('main dl.facts dt').evaluateAll((dts) =>
      dts.map((dt) => [dt.innerText.trim(), dt.nextElementSibling?.innerText.trim() ?? '']),
    );
    return Object.fromEntries(pairs);
  }

  /** The status a request page shows (the words before the official's note). */
  async function statusShown(page) {
    const facts = await factsOf(page);
    const status = facts[say('field-request-status')];
    assert.ok(status !== undefined, `no status among the facts on ${page.url()}: ${JSON.stringify(facts)}`);
    return status;
  }

  const timeline = (page) => page.locator('section#timeline ol.timeline li');
  const notice = (page) => page.locator('main p.notice[role="status"]');

  /** The row of the "by kind of problem" indicator table for `service`, as numbers. */
  async function indicatorRow(page, service) {
    const rows = await page.locator('section[aria-labelledby="by-service"] table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ name: tr.querySelector('th')?.innerText.trim(), cells: [...tr.querySelectorAll('td')].map((td) => td.innerText) })),
    );
    const row = rows.find((r) => r.name === service);
    assert.ok(row, `no row "${service}" in the by-service table on ${page.url()}: ${JSON.stringify(rows)}`);
    // Columns: requests, closed, median days, average rating, ratings.
    return { requests: number(row.cells[0]), closed: number(row.cells[1]), ratings: number(row.cells[4]) };
  }

  /** An Open311 call from another site's application: Node's fetch, not the browser. */
  function open311(path, init = {}) {
    return fetch(new URL(`/open311/v2/${path}`, env.server.baseURL), {
      ...init,
      headers: { Origin: THIRD_PARTY, Accept: 'application/json', ...init.headers },
      signal: AbortSignal.timeout(30_000),
    });
  }

  async function json(response, what) {
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      assert.fail(`${what}: not JSON (status ${response.status}, ${response.headers.get('content-type')}): ${text.slice(0, 300)}`);
    }
  }

  test('a report without an account, the official\'s answers, Karim\'s rating and the indicators', { timeout: 5 * 60_000 }, async () => {
    const said = {
      description: 'أكياس زجاج مكسور بجانب حاوية القمامة أمام الكنيسة.',
      address: 'Piazza della Chiesa',
      email: 'lettore@example.org',
      working: 'نُقل الزجاج إلى مركز إعادة التدوير هذا الأسبوع.',
      done: 'رُفع الزجاج ونُظِّف المكان.',
      comment: 'سريع، شكرًا.',
    };
    let request = '';
    let service = '';
    let vetro = '';
    let before = null;

    // 1. Signed out: San Vito asks to sign in first; Pietrabuona takes the report.
    await withoutScript(LOCALE, 'a report without an account', null, async ({ page, checkHere }) => {
      let response = await page.goto(`/c/${CLOSED_DOOR}/report`);
      assert.equal(response?.status(), 200, `San Vito's report page: ${await describePage(page, response)}`);
      assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' }, 'the report page is in Arabic, right to left');
      assert.equal(
        await page.locator('main p.notice', { hasText: say('problem-report-sign-in-first') }).count(),
        1,
        `San Vito says to sign in first: ${await describePage(page, response)}`,
      );
      assert.equal(await page.locator(`main a[href^="/c/${CLOSED_DOOR}/report/"]`).count(), 0, 'no kind of problem to follow signed out');
      assert.equal(await page.locator('main a[href^="/signin?next="]').count(), 1, 'a way to sign in and come back');
      await checkHere();
      response = await page.goto(`/c/${CLOSED_DOOR}/report/${CLOSED_DOOR}-waste`);
      const landed = new URL(page.url());
      assert.equal(landed.pathname, '/signin', `San Vito's form sends a signed-out person to sign in: ${await describePage(page, response)}`);
      assert.equal(landed.searchParams.get('next'), `/c/${CLOSED_DOOR}/report/${CLOSED_DOOR}-waste`, 'and back to the form afterwards');

      // From the community page, as a person finds it.
      await page.goto(`/c/${OPEN}`);
      response = await submitAndWait(page, () => page.locator('main a', { hasText: say('problem-report-link') }).first().click());
      assert.equal(new URL(page.url()).pathname, `/c/${OPEN}/report`, `the report link: ${await describePage(page, response)}`);
      assert.equal(await page.locator('main p.notice', { hasText: say('problem-report-sign-in-first') }).count(), 0, 'Pietrabuona does not ask to sign in');
      await checkHere();
      const kind = page.locator(`main a[href="/c/${OPEN}/report/${WASTE}"]`);
      assert.equal(await kind.count(), 1, `Pietrabuona offers ${WASTE}`);
      service = (await kind.innerText()).trim();

      // The indicators before, to see the report arrive there later.
      response = await submitAndWait(page, () => page.locator('main a', { hasText: say('indicators-link') }).first().click());
      assert.equal(response?.status(), 200, `the indicators link: ${await describePage(page, response)}`);
      before = await indicatorRow(page, service);

      await page.goto(`/c/${OPEN}/report`);
      response = await submitAndWait(page, () => kind.click());
      assert.equal(response?.status(), 200, `the form for ${WASTE}: ${await describePage(page, response)}`);
      assert.ok((await page.locator('h1').innerText()).includes(service), 'the form is named after the kind of problem');
      assert.equal(await page.locator('input[name="email"]').count(), 1, 'a signed-out person may leave an email');
      vetro = (await page.locator(`label[for="${await page.locator('input[name="attribute-kind"][value="vetro"]').getAttribute('id')}"]`).innerText()).trim();
      await checkHere();

      // No description and no place: back with the errors, what was typed kept.
      const fillHalf = async (p) => {
        await p.locator('input[name="attribute-kind"][value="vetro"]').check();
        await p.locator('input[name="email"]').fill(said.email);
      };
      const sendReport = (p) => send(p, 'textarea[name="description"]');
      await fillHalf(page);
      response = await sendReport(page);
      assert.equal(response?.status(), 422, `a report without description or place: ${await describePage(page, response)}`);
      assert.ok((await page.title()).startsWith(say('error-title-prefix')), `the title says there is an error: ${await page.title()}`);
      const summary = page.locator('main .error-summary');
      assert.equal(await summary.count(), 1, 'one error summary');
      assert.equal(await summary.getAttribute('role'), 'alert', 'the error summary is announced');
      const targets = await summary.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href').slice(1)));
      assert.deepEqual(targets.toSorted(), ['address', 'description'], 'the summary lists the description and the place');
      for (const [id, message] of [
        ['description', 'error-description-required'],
        ['address', 'error-request-location'],
      ]) {
        const field = page.locator(`[id="${id}"]`);
        assert.equal(await field.count(), 1, `the summary links to #${id}, which is on the page once`);
        assert.equal(await field.getAttribute('aria-invalid'), 'true', `${id} is marked invalid`);
        const described = ((await field.getAttribute('aria-describedby')) || '').split(/\s+/).filter(Boolean);
        const texts = [];
        for (const ref of described) texts.push(await page.locator(`[id="${ref}"]`).innerText());
        assert.ok(
          texts.some((t) => t.includes(say(message))),
          `${id} points at its error "${say(message)}": aria-describedby ${JSON.stringify(described)} reads ${JSON.stringify(texts)}`,
        );
        assert.ok((await summary.innerText()).includes(say(message)), `the summary says "${say(message)}"`);
      }
      assert.ok(await page.locator('input[name="attribute-kind"][value="vetro"]').isChecked(), 'the kind ticked is kept');
      assert.equal(await page.locator('input[name="email"]').inputValue(), said.email, 'the email typed is kept');
      await checkHere(async (axePage) => {
        await axePage.goto(`/c/${OPEN}/report/${WASTE}`);
        await fillHalf(axePage);
        assert.equal((await sendReport(axePage))?.status(), 422, 'the same report in the scripted tab');
      });

      // Completed: the request's own page.
      await page.locator('textarea[name="description"]').fill(said.description);
      await page.locator('input[name="address"]').fill(said.address);
      response = await sendReport(page);
      assert.equal(response?.status(), 200, `sending the report: ${await describePage(page, response)}`);
      const url = new URL(page.url());
      assert.match(url.pathname, /^\/requests\/\d+$/, `a report lands on its request page: ${page.url()}`);
      assert.equal(url.searchParams.get('reported'), '1', `the request page knows it was just reported: ${page.url()}`);
      request = url.pathname;
      assert.equal((await notice(page).innerText()).trim(), say('request-done-reported'), 'the page thanks the reporter');
      assert.equal((await page.locator('main p.prose').innerText()).trim(), said.description, 'the description is shown');
      const facts = await factsOf(page);
      assert.equal(await statusShown(page), say('request-status-open'), 'a new request is open');
      assert.ok(facts[say('request-reported-on')]?.includes(say('report-channel-web')), `reported on this site: ${JSON.stringify(facts)}`);
      assert.equal(facts[say('field-address')], said.address, 'the place is shown');
      assert.ok(Object.values(facts).includes(vetro), `the answer "${vetro}" is shown: ${JSON.stringify(facts)}`);
      assert.ok(!JSON.stringify(facts).includes(said.email), 'the email is never shown');
      assert.equal(await timeline(page).count(), 0, 'nothing in the timeline yet');
      assert.equal(await page.locator('section#timeline p', { hasText: say('request-no-updates') }).count(), 1, 'the timeline says nothing was written yet');
      assert.equal(await page.locator('form[action$="/status"]').count(), 0, 'no status form for a resident');
      assert.equal(await page.locator('section#rating').count(), 0, 'no rating before it is closed');
      await checkHere();

      // The public list shows it.
      response = await submitAndWait(page, () => page.locator(`main .breadcrumb a[href="/c/${OPEN}/requests"]`).click());
      assert.equal(response?.status(), 200, `the list of requests: ${await describePage(page, response)}`);
      assert.equal(await page.locator(`main a[href="${request}"]`).count(), 1, `the list links to ${request}`);
      await checkHere();
    });

    // 2. The official moves it along: a note is needed, and each step goes on the timeline.
    await withoutScript(LOCALE, 'the official answers', 'pietrabuona-official', async ({ page, checkHere }) => {
      let response = await page.goto(request);
      assert.equal(response?.status(), 200, `${request} for the official: ${await describePage(page, response)}`);
      const form = `form[action="${request}/status"]`;
      assert.equal(await page.locator(form).count(), 1, `the official has a status form posting to ${request}/status`);
      assert.ok(await page.locator(`${form} input[name="status"][value="open"]`).isChecked(), 'the form starts at the current status');
      await checkHere();

      const update = async (p, status, note, expected) => {
        await p.locator(`${form} input[name="status"][value="${status}"]`).check();
        await p.locator(`${form} textarea[name="note"]`).fill(note);
        if (expected) await p.locator(`${form} input[name="expected_at"]`).fill(expected);
        return send(p, 'textarea[name="note"]');
      };

      const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      response = await update(page, 'in-progress', said.working, inTwoWeeks);
      assert.equal(response?.status(), 200, `moving it to in-progress: ${await describePage(page, response)}`);
      assert.equal(new URL(page.url()).searchParams.get('updated'), '1', `back on the request: ${page.url()}`);
      assert.equal((await notice(page).innerText()).trim(), say('request-done-updated'), 'the page says the reporter was told');
      assert.equal(await statusShown(page), `${say('request-status-in-progress')}: ${said.working}`, 'the status and its note');
      assert.ok((await factsOf(page))[say('field-request-expected')], 'the expected day is shown');
      assert.equal(await timeline(page).count(), 1, 'one step on the timeline');
      const first = await timeline(page).first().innerText();
      assert.ok(first.includes(say('request-status-in-progress')) && first.includes(said.working), `the step says what and why: ${first}`);
      await checkHere();

      // Closing without a note: refused, nothing added.
      response = await update(page, 'closed', '');
      assert.equal(response?.status(), 422, `closing without a note: ${await describePage(page, response)}`);
      assert.equal(await page.locator(`${form} textarea[name="note"]`).getAttribute('aria-invalid'), 'true', 'the note is marked invalid');
      assert.ok(
        (await page.locator('main .error-summary').innerText()).includes(say('error-request-note-required')),
        `the summary asks for a note: ${await describePage(page, response)}`,
      );
      assert.ok(await page.locator(`${form} input[name="status"][value="closed"]`).isChecked(), 'the status chosen is kept');
      assert.equal(await timeline(page).count(), 1, 'still one step on the timeline');
      await checkHere(async (axePage) => {
        await axePage.goto(request);
        assert.equal((await update(axePage, 'closed', ''))?.status(), 422, 'the same refusal in the scripted tab');
      });

      response = await update(page, 'closed', said.done);
      assert.equal(response?.status(), 200, `closing: ${await describePage(page, response)}`);
      assert.equal(await statusShown(page), `${say('request-status-closed')}: ${said.done}`, 'closed, with the note');
      assert.equal(await timeline(page).count(), 2, 'two steps on the timeline');
      assert.equal(await timeline(page).filter({ hasText: said.done }).count(), 1, 'the closing note is on the timeline');
      assert.equal(await page.locator('section#rating').count(), 1, 'once closed, the request can be rated');
      await checkHere();
    });

    // 3. Karim, who lives there, rates what was done.
    await withoutScript(LOCALE, 'Karim rates it', 'karim', async ({ page, checkHere }) => {
      let response = await page.goto(request);
      assert.equal(response?.status(), 200, `${request} for Karim: ${await describePage(page, response)}`);
      const rating = page.locator('section#rating');
      assert.equal(await rating.count(), 1, 'a rating section');
      assert.equal(await page.locator('form[action$="/status"]').count(), 0, 'no status form for a resident');
      assert.equal((await rating.locator('legend').innerText()).trim(), say('rating-question'), 'asked how satisfied he is');
      assert.equal(await rating.locator('p', { hasText: say('rating-none') }).count(), 1, 'nobody rated it yet');
      assert.equal(await rating.locator('input[name="score"]').count(), 5, 'five scores to choose from');
      await checkHere();
      await rating.locator('input[name="score"][value="4"]').check();
      await rating.locator('textarea[name="comment"]').fill(said.comment);
      response = await send(page, 'input[name="score"]');
      assert.equal(response?.status(), 200, `rating: ${await describePage(page, response)}`);
      const url = new URL(page.url());
      assert.equal(url.pathname, request, 'back on the request');
      assert.equal(url.searchParams.get('rated'), '1', `the page knows he just rated: ${page.url()}`);
      assert.equal((await notice(page).innerText()).trim(), say('rating-done'), 'a thank-you notice');
      assert.ok(await rating.locator('input[name="score"][value="4"]').isChecked(), 'his score is shown as his');
      assert.equal((await rating.locator('legend').innerText()).trim(), say('rating-change'), 'he may change it now');
      assert.equal(await rating.locator('p', { hasText: say('rating-none') }).count(), 0, 'no longer "no ratings"');
      await checkHere();

      // 4. The indicators count it, in charts drawn from the reader's side and in tables.
      await page.goto(`/c/${OPEN}/requests`);
      response = await submitAndWait(page, () => page.locator('main a', { hasText: say('indicators-link') }).first().click());
      assert.equal(new URL(page.url()).pathname, `/c/${OPEN}/indicators`, `the indicators link: ${await describePage(page, response)}`);
      assert.equal(response?.status(), 200);
      assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' }, 'the indicators are in Arabic, right to left');
      const charts = page.locator('main figure.chart svg[role="img"]');
      assert.equal(await charts.count(), 3, 'three charts: by kind of problem, by neighbourhood, by month');
      const drawn = await page.locator('main section:has(figure.chart)').evaluateAll((sections) =>
        sections.map((section) => {
          const svg = section.querySelector('figure.chart svg');
          const names = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
          return {
            heading: section.querySelector('h2')?.id,
            name: names.map((id) => document.getElementById(id)?.textContent.trim() || `(no #${id})`).join(' / '),
            anchors: [...svg.querySelectorAll('text')].map((t) => t.getAttribute('text-anchor')),
            labels: [...svg.querySelectorAll('text')].map((t) => t.textContent.trim()),
            bars: svg.querySelectorAll('rect').length,
            caption: section.querySelector('table caption')?.textContent.trim() || '',
            rows: section.querySelectorAll('table tbody tr').length,
          };
        }),
      );
      for (const chart of drawn) {
        const what = JSON.stringify(chart);
        assert.ok(!chart.name.includes('(no #'), `the chart is named by its heading and caption: ${what}`);
        assert.ok(chart.bars > 0 && chart.labels.length === chart.bars, `one label per bar: ${what}`);
        assert.ok(chart.labels.every(Boolean), `every bar has a label: ${what}`);
        // SVG reads text-anchor in the text's own direction: "start" right to left is the right edge.
        assert.ok(chart.anchors.every((a) => a === 'start'), `labels are anchored at their start: ${what}`);
        assert.ok(chart.caption, `the table has a caption: ${what}`);
        assert.equal(chart.rows, chart.bars, `the table has a row for each bar: ${what}`);
      }
      const after = await indicatorRow(page, service);
      assert.deepEqual(
        after,
        { requests: before.requests + 1, closed: before.closed + 1, ratings: before.ratings + 1 },
        `the "${service}" row counts the new request, its closing and Karim's rating (before: ${JSON.stringify(before)})`,
      );
      await checkHere();
    });
  });

  test('an Open311 client on another site lists the services and files a request the site then shows', { timeout: 2 * 60_000 }, async () => {
    const said = {
      description: 'زجاجات مكسورة على الرصيف بجانب موقف الحافلات.',
      lat: '43.8431',
      long: '10.5061',
    };

    // The services of a jurisdiction, answered to any site.
    let response = await open311(`services.json?jurisdiction_id=${OPEN}`);
    assert.equal(response.status, 200, `GET services.json: ${response.status}`);
    assert.match(response.headers.get('content-type') || '', /^application\/json/, 'services.json is JSON');
    assert.equal(response.headers.get('access-control-allow-origin'), '*', 'other sites may read it');
    const services = await json(response, 'services.json');
    assert.ok(Array.isArray(services) && services.length > 0, `a list of services: ${JSON.stringify(services)}`);
    const codes = services.map((s) => s.service_code);
    assert.ok(codes.every((c) => c.startsWith(`${OPEN}-`)), `only ${OPEN}'s services: ${codes.join(', ')}`);
    const waste = services.find((s) => s.service_code === WASTE);
    assert.ok(waste, `${WASTE} is offered: ${codes.join(', ')}`);
    assert.equal(waste.metadata, true, `${WASTE} has questions to answer`);

    // Its questions, as a client reads them before filing.
    response = await open311(`services/${WASTE}.json?jurisdiction_id=${OPEN}`);
    assert.equal(response.status, 200, `GET services/${WASTE}.json`);
    const definition = await json(response, `services/${WASTE}.json`);
    const kind = definition.attributes?.find((a) => a.code === 'kind');
    assert.ok(kind, `${WASTE} asks "kind": ${JSON.stringify(definition)}`);
    assert.equal(kind.required, true, 'the kind is required');
    const vetro = kind.values.find((v) => v.key === 'vetro');
    assert.ok(vetro, `"vetro" is one of the kinds: ${JSON.stringify(kind.values)}`);

    const form = (fields) => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    const filed = [
      ['jurisdiction_id', OPEN],
      ['service_code', WASTE],
      ['lat', said.lat],
      ['long', said.long],
      ['description', said.description],
      ['attribute[kind]', 'vetro'],
    ];

    // Refusals a client can act on: a missing description, a community that wants people signed in.
    response = await open311('requests.json', form(filed.filter(([k]) => k !== 'description')));
    assert.equal(response.status, 400, 'a request without a description is refused');
    const errors = await json(response, 'the refusal');
    assert.ok(Array.isArray(errors) && errors.some((e) => /^description:/.test(e.description)), `the error names the description: ${JSON.stringify(errors)}`);
    response = await open311('requests.json', form([['service_code', `${CLOSED_DOOR}-waste`], ['address_string', 'Via Roma 1'], ['description', said.description], ['attribute[kind]', 'vetro']]));
    assert.equal(response.status, 403, `${CLOSED_DOOR} takes no reports without an account`);

    // Filed.
    response = await open311('requests.json', form(filed));
    const created = await json(response, 'POST requests.json');
    assert.equal(response.status, 200, `POST requests.json: ${JSON.stringify(created)}`);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', 'the other site may read the answer');
    assert.ok(Array.isArray(created) && created.length === 1, `one request created: ${JSON.stringify(created)}`);
    const id = created[0].service_request_id;
    assert.match(id, /^\d+$/, `a request id: ${JSON.stringify(created)}`);
    response = await open311(`requests/${id}.json?jurisdiction_id=${OPEN}`);
    assert.equal(response.status, 200, `GET requests/${id}.json`);
    const [back] = await json(response, `requests/${id}.json`);
    assert.equal(back?.status, 'open', `the new request is open: ${JSON.stringify(back)}`);
    assert.equal(back?.description, said.description, 'with its description');

    // A person sees it on the site, in Arabic without script.
    await withoutScript(LOCALE, 'the request filed through Open311', null, async ({ page, checkHere }) => {
      const answer = await page.goto(`/requests/${id}`);
      assert.equal(answer?.status(), 200, `/requests/${id}: ${await describePage(page, answer)}`);
      assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' }, 'the request page is in Arabic, right to left');
      assert.equal((await page.locator('main p.prose').innerText()).trim(), said.description, 'the description sent is shown');
      const facts = await factsOf(page);
      assert.equal(await statusShown(page), say('request-status-open'), 'it is open');
      assert.ok(facts[say('request-reported-on')]?.includes(say('report-channel-open311')), `reported through another application: ${JSON.stringify(facts)}`);
      assert.ok(facts[say('field-map-point')]?.includes(said.lat) && facts[say('field-map-point')]?.includes(said.long), `the point on the map: ${JSON.stringify(facts)}`);
      assert.ok(Object.values(facts).includes(vetro.name), `the answer "${vetro.name}" is shown: ${JSON.stringify(facts)}`);
      await checkHere();
      await page.goto(`/c/${OPEN}/requests`);
      assert.equal(await page.locator(`main a[href="/requests/${id}"]`).count(), 1, `the list of ${OPEN}'s requests links to it`);
    });
  });

  test('the indicator and budget charts show their bar labels inside the chart, right to left', { timeout: FLOW_TIMEOUT_MS }, async () => {
    // Every counted budget's results page draws the same kind of chart.
    const budgets = await (await fetch(`${env.server.baseURL}/api/v1/budgets?limit=200`)).json();
    const counted = budgets.data.filter((b) => b.spent !== null).map((b) => `/budgets/${b.id}/results`);
    assert.ok(counted.length > 0, 'the demo has a counted budget');
    for (const chartPage of [`/c/${OPEN}/indicators`, ...counted]) {
      await scenario(`chart labels on ${chartPage} (ar)`, { locale: LOCALE, javaScriptEnabled: false }, async ({ page }) => {
        const response = await page.goto(chartPage);
        assert.equal(response?.status(), 200, `${chartPage}: ${await describePage(page, response)}`);
        assert.ok((await page.locator('main figure.chart svg text').count()) > 0, `${chartPage} draws a chart with labels`);
        const outside = await page.locator('main figure.chart svg').evaluateAll((svgs) =>
          svgs.flatMap((svg) => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')]
              .map((text) => ({ text, r: text.getBoundingClientRect() }))
              .filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1)
              .map(
                ({ text, r }) =>
                  `"${text.textContent.trim()}" (text-anchor=${text.getAttribute('text-anchor')}, x=${text.getAttribute('x')}) ` +
                  `drawn at ${Math.round(r.left)}..${Math.round(r.right)}, its chart spans ${Math.round(box.left)}..${Math.round(box.right)}`,
              );
          }),
        );
        assert.equal(outside.length, 0, `bar labels drawn outside their chart, where nobody sees them:\n  ${outside.join('\n  ')}`);
      });
    }
  });
});

// ---------------------------------------------------------------------------
describe('g) practice exchange, JavaScript off', () => {
  /** Italian: the language of the village, and of the demo's cases. */
  const LOCALE = 'it';
  const say = messagesOf(LOCALE);
  const CITY = 'lorenza';
  const VILLAGE = 'pietrabuona';
  const VILLAGE_NAME = 'Pietrabuona';
  /** The demo's case from the city, replicated by the town and by the village. */
  const CITY_CASE = 'Cortili scolastici più verdi';

  /** A day `days` from today, as a date input takes it (the server counts days in UTC). */
  const day = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  /** After a refused form: one announced summary, and the field marked and explained where it is. */
  const assertRefusedAt = refusalCheck(say);

  /** The schema.org JSON-LD in the page's head, parsed. */
  async function jsonLdOf(page) {
    const scripts = page.locator('head script[type="application/ld+json"]');
    assert.equal(await scripts.count(), 1, `one JSON-LD script on ${page.url()}`);
    const text = await scripts.textContent();
    try {
      return JSON.parse(text);
    } catch (err) {
      assert.fail(`the JSON-LD on ${page.url()} does not parse (${err.message}): ${text.slice(0, 300)}`);
    }
  }

  /** What a case page's JSON-LD must say of the case with `title` shown on it. */
  async function assertJsonLd(page, title) {
    const ld = await jsonLdOf(page);
    const what = JSON.stringify(ld).slice(0, 400);
    assert.equal(ld['@context'], 'https://schema.org', `schema.org context: ${what}`);
    assert.equal(ld['@type'], 'CreativeWork', `a CreativeWork: ${what}`);
    assert.equal(ld.name, title, `named after the case: ${what}`);
    assert.equal(new URL(ld.url).pathname, new URL(page.url()).pathname, `its url is the case page's: ${what}`);
  }

  /** The kinds of phase on a process page's timeline, in order. */
  const phasesOf = (page) => page.locator('main ol.timeline > li > strong').allInnerTexts();

  /**
   * Opens the city's practice from the list of practices and returns its address. Of the practices
   * titled CITY_CASE, it is the one others replicated: the city's official may describe the same
   * process again, and that new practice has no replicas.
   */
  async function openCityCase(page) {
    await page.goto('/cases');
    const candidates = await page
      .locator('main ul.cards > li h3 a')
      .evaluateAll((as, title) => as.filter((a) => a.textContent.trim() === title).map((a) => a.getAttribute('href')), CITY_CASE);
    assert.ok(candidates.length > 0, `/cases lists no practice titled "${CITY_CASE}": ${await describePage(page, null)}`);
    for (const href of candidates) {
      if (new URL(page.url()).pathname !== '/cases') await page.goto('/cases');
      const response = await submitAndWait(page, () => page.locator(`main ul.cards a[href="${href}"]`).first().click());
      assert.equal(response?.status(), 200, `${href}: ${await describePage(page, response)}`);
      if (await page.locator('main section[aria-labelledby="replicas-heading"] ul.family > li').count()) {
        assert.equal(await page.locator(`main dl.facts a[href="/c/${CITY}"]`).count(), 1, 'the practice is the city\'s');
        return href;
      }
    }
    assert.fail(`none of the practices titled "${CITY_CASE}" lists its replicas: ${candidates.join(', ')}`);
  }

  /** What a case page says for the fact labelled `label`, as many times as it says it. */
  const factOf = (page, label) =>
    page.locator('main dl.facts > dt').evaluateAll((dts, label) => dts.filter((dt) => dt.textContent.trim() === label).map((dt) => dt.nextElementSibling?.innerText.trim()), label);

  /** The rows of a case page's own outcomes table, each as the texts of its cells. */
  const outcomesOf = (page) =>
    page
      .locator('main table', { has: page.locator('caption', { hasText: say('case-outcomes-caption') }) })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.innerText.trim())));

  test('the village\'s official finds the city\'s case with the filters, compares, replicates it and sees the new process', { timeout: 4 * 60_000 }, async () => {
    await withoutScript(LOCALE, `${VILLAGE}-official replicates the city's case`, `${VILLAGE}-official`, async ({ page, checkHere }) => {
      // 1. From the footer to the search, filtered on the city's kind of place and cost.
      await page.goto('/');
      const footerLink = page.locator('footer a[href="/cases"]', { hasText: say('footer-cases') });
      assert.equal(await footerLink.count(), 1, `the footer links to the practices: ${await describePage(page, null)}`);
      let response = await submitAndWait(page, () => footerLink.click());
      assert.equal(response?.status(), 200, `/cases: ${await describePage(page, response)}`);
      assert.equal((await page.locator('h1').innerText()).trim(), say('cases-title'));
      await checkHere();
      const filters = page.locator('main form[role="search"][action="/cases"]');
      assert.equal(await filters.count(), 1, 'a search form for the practices');
      assert.equal((await filters.getAttribute('method'))?.toLowerCase(), 'get', 'the filters are a GET form, bookmarkable');
      await filters.locator('select[name="settlement"]').selectOption({ label: say('settlement-type-urban') });
      await filters.locator('select[name="cost"]').selectOption({ label: say('cost-band-over-100000') });
      response = await send(page, 'select[name="settlement"]');
      assert.equal(response?.status(), 200, `filtering: ${await describePage(page, response)}`);
      const query = new URL(page.url()).searchParams;
      assert.equal(query.get('settlement'), 'urban', `the address keeps the filters: ${page.url()}`);
      assert.equal(query.get('cost'), 'over-100000', `the address keeps the filters: ${page.url()}`);
      assert.equal(await page.locator('select[name="settlement"] option:checked').getAttribute('value'), 'urban', 'the settlement chosen is shown');
      assert.equal(await page.locator('select[name="cost"] option:checked').getAttribute('value'), 'over-100000', 'the cost chosen is shown');
      const found = await page.locator('main ul.cards > li h3 a').evaluateAll((as) => as.map((a) => ({ title: a.textContent.trim(), href: a.getAttribute('href') })));
      assert.deepEqual(found.map((f) => f.title), [CITY_CASE], `exactly the city's case is found: ${JSON.stringify(found)}`);
      const casePath = found[0].href;
      assert.match(casePath, /^\/cases\/\d+$/, 'it links to its page');
      await checkHere();

      // 2. The case: the city's, where it was replicated, and the outcomes side by side.
      response = await submitAndWait(page, () => page.locator(`main ul.cards a[href="${casePath}"]`).click());
      assert.equal(response?.status(), 200, `${casePath}: ${await describePage(page, response)}`);
      assert.equal((await page.locator('h1').innerText()).trim(), CITY_CASE);
      assert.equal(await page.locator(`main dl.facts a[href="/c/${CITY}"]`).count(), 1, 'the case is the city\'s');
      await assertJsonLd(page, CITY_CASE);
      const replicas = page.locator('main section[aria-labelledby="replicas-heading"]');
      assert.equal((await replicas.locator('h2').first().innerText()).trim(), say('case-replicas'));
      const family = await replicas.locator('ul.family > li').evaluateAll((lis) =>
        lis.map((li) => ({ text: li.innerText, process: li.querySelector('a[href^="/processes/"]')?.getAttribute('href') })),
      );
      assert.ok(family.length >= 2 && family.every((m) => m.process), `the family lists each replica with its process: ${JSON.stringify(family)}`);
      const comparison = replicas.locator('table');
      assert.equal(await comparison.count(), 1, 'a comparison table');
      assert.equal((await comparison.locator('caption').innerText()).trim(), say('case-comparison-caption'));
      const columns = (await comparison.locator('thead th').allInnerTexts()).map((t) => t.trim());
      assert.deepEqual(columns.slice(0, 2), [say('field-outcome-name'), say('field-outcome-target')], `the first columns: ${JSON.stringify(columns)}`);
      const compared = columns.slice(3);
      assert.ok(compared.length >= 2, `the original beside at least two replicas: ${JSON.stringify(columns)}`);
      for (const name of compared) {
        assert.ok(family.some((m) => m.text.includes(name)), `the column "${name}" is one of the replicas listed: ${JSON.stringify(family)}`);
      }
      const village = compared.indexOf(VILLAGE_NAME);
      assert.ok(village >= 0, `the village is one of the replicas compared: ${JSON.stringify(compared)}`);
      const outcomes = await page.locator('main table', { has: page.locator('caption', { hasText: say('case-outcomes-caption') }) }).locator('tbody tr').count();
      const rows = await comparison.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ scope: tr.querySelector('th')?.getAttribute('scope'), cells: [...tr.querySelectorAll('td')].map((td) => td.innerText.trim()) })),
      );
      assert.equal(rows.length, outcomes, `a row for each of the city's ${outcomes} outcomes: ${JSON.stringify(rows)}`);
      for (const row of rows) {
        assert.equal(row.scope, 'row', 'each row is headed by its indicator');
        assert.equal(row.cells.length, 2 + compared.length, `target, the city and each replica: ${JSON.stringify(row)}`);
        assert.match(row.cells[2 + village], /\d/, `the village measured the same indicator: ${JSON.stringify(row)}`);
      }
      await checkHere();

      // 3. Replicate: refused with a day in the past, then next week.
      const replicate = page.locator(`main a[href="${casePath}/replicate"]`);
      assert.equal((await replicate.innerText()).trim(), say('case-replicate-link'));
      response = await submitAndWait(page, () => replicate.click());
      assert.equal(response?.status(), 200, `the replicate form: ${await describePage(page, response)}`);
      assert.ok((await page.locator('h1').innerText()).includes(CITY_CASE), 'the form names the case');
      assert.equal(await page.locator('select[name="community"] option:checked').getAttribute('value'), VILLAGE, 'the village is chosen');
      assert.equal((await page.locator('select[name="community"] option:checked').innerText()).trim(), VILLAGE_NAME, 'by its name');
      assert.equal(await page.locator('input[name="title"]').inputValue(), CITY_CASE, 'the title starts as the case\'s');
      assert.equal(await page.locator('input[name="starts_on"]').getAttribute('type'), 'date', 'the first day is a date input');
      await checkHere();
      const past = day(-30);
      const replicateOn = (p, starts) => p.locator('input[name="starts_on"]').fill(starts).then(() => send(p, 'input[name="starts_on"]'));
      response = await replicateOn(page, past);
      await assertRefusedAt(page, response, 'starts_on', say('error-replicate-past'));
      assert.equal(await page.locator('input[name="starts_on"]').inputValue(), past, 'the day typed is kept');
      assert.equal(await page.locator('input[name="title"]').inputValue(), CITY_CASE, 'the title is kept');
      assert.equal(await page.locator('select[name="community"] option:checked').getAttribute('value'), VILLAGE, 'the community is kept');
      await checkHere(async (axePage) => {
        await axePage.goto(`${casePath}/replicate`);
        assert.equal((await replicateOn(axePage, past))?.status(), 422, 'the same refusal in the scripted tab');
      });
      response = await replicateOn(page, day(7));
      assert.equal(response?.status(), 200, `replicating from next week: ${await describePage(page, response)}`);
      const process = new URL(page.url()).pathname;
      assert.match(process, /^\/processes\/\d+$/, `the new process's page: ${page.url()}`);

      // 4. The new process: the village's, started from the case, not open yet.
      assert.equal((await page.locator('h1').innerText()).trim(), CITY_CASE, 'the process has the title given');
      assert.equal(await page.locator(`main .breadcrumb a[href="/c/${VILLAGE}/processes"]`).count(), 1, 'it is the village\'s');
      const from = page.locator('main p.notice', { hasText: say('process-replicates') });
      assert.equal(await from.count(), 1, `the page says it was started from a case: ${await describePage(page, response)}`);
      assert.equal(await from.locator(`a[href="${casePath}"]`).count(), 1, 'with a link back to the case');
      const stage = (await page.locator('main section.now > p').first().innerText()).trim();
      assert.ok(stage.startsWith(say.before('stage-not-started')), `the process has not opened yet: "${stage}"`);
      assert.equal(await page.locator('main section.now p', { hasText: say('process-nothing-now') }).count(), 1, 'nothing to do in it yet');
      const phases = await phasesOf(page);
      assert.ok(phases.length > 0, 'the process has phases');
      assert.equal(await page.locator('main ol.timeline > li[aria-current]').count(), 0, 'no phase is under way');
      await checkHere();

      // Back to the case, by the link: the new process is in the family now.
      response = await submitAndWait(page, () => from.locator(`a[href="${casePath}"]`).click());
      assert.equal(new URL(page.url()).pathname, casePath, `the link leads back to the case: ${await describePage(page, response)}`);
      assert.equal(await replicas.locator(`ul.family a[href="${process}"]`).count(), 1, `the case lists ${process} among its replicas`);
      await checkHere();

      // The same phases, in the same order, as the process the city described.
      const source = await page.locator('main dl.facts a[href^="/processes/"]').first().getAttribute('href');
      assert.ok(source, 'the case links to the city\'s process');
      await page.goto(source);
      assert.deepEqual(phases, await phasesOf(page), `the replica has the phases of ${source}`);
    });
  });

  test('the city\'s official describes a process as a practice, from the pre-filled form', { timeout: 4 * 60_000 }, async () => {
    await withoutScript(LOCALE, `${CITY}-official describes a process`, `${CITY}-official`, async ({ page, checkHere }) => {
      await page.goto(`/c/${CITY}/processes`);
      const processes = [
        ...new Set(
          await page
            .locator('main a[href^="/processes/"]')
            .evaluateAll((as) => as.map((a) => a.getAttribute('href')).filter((h) => /^\/processes\/\d+$/.test(h))),
        ),
      ];
      let process = '';
      let describeLink = '';
      for (const candidate of processes) {
        await page.goto(candidate);
        const link = `/c/${CITY}/cases/new?process=${candidate.split('/').pop()}`;
        if (await page.locator(`main a[href="${link}"]`).count()) {
          process = candidate;
          describeLink = link;
          break;
        }
      }
      assert.ok(process, `no ${CITY} process offers its official to describe it as a practice: ${processes.join(', ')}`);
      const processTitle = (await page.locator('h1').innerText()).trim();
      const offer = page.locator(`main a[href="${describeLink}"]`);
      assert.equal((await offer.innerText()).trim(), say('case-from-process'));
      await checkHere();

      // The form, pre-filled from the process.
      let response = await submitAndWait(page, () => offer.click());
      assert.equal(response?.status(), 200, `the pre-filled form: ${await describePage(page, response)}`);
      assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, describeLink);
      assert.ok(
        (await page.locator('main p.notice').innerText()).includes(processTitle),
        `the form says which process it was filled from: ${await describePage(page, response)}`,
      );
      const form = formWith(page, 'input[name="contact_role"]');
      const title = await form.locator('input[name="title"]').inputValue();
      assert.ok(title.trim(), 'the title is pre-filled');
      assert.equal(title, processTitle, 'with the process\'s title');
      assert.ok((await form.locator('textarea[name="summary"]').inputValue()).trim(), 'the summary is pre-filled');
      assert.equal(await form.locator('input[name="source_process"]').inputValue(), process.split('/').pop(), 'the form remembers the process');
      assert.equal(await form.locator('input[name="contact_role"]').inputValue(), '', 'the contact is left to the official');
      await checkHere();

      // Sent without a contact: refused by that field, the rest kept.
      const area = say('category-green-spaces');
      const sendWithout = async (p) => {
        await p.locator('select[name="policy_area"]').selectOption({ label: area });
        return send(p, 'input[name="contact_role"]');
      };
      response = await sendWithout(page);
      await assertRefusedAt(page, response, 'contact_role', say('error-title-required'));
      assert.equal(await page.locator('input[name="title"]').inputValue(), title, 'the title is kept');
      assert.equal((await page.locator('select[name="policy_area"] option:checked').innerText()).trim(), area, 'the area chosen is kept');
      assert.equal(await page.locator('input[name="source_process"]').inputValue(), process.split('/').pop(), 'the process is still remembered');
      await checkHere(async (axePage) => {
        await axePage.goto(describeLink);
        assert.equal((await sendWithout(axePage))?.status(), 422, 'the same refusal in the scripted tab');
      });

      // With a contact: published, and the case page shows it.
      await page.locator('input[name="contact_role"]').fill('Ufficio partecipazione, Comune di Lorenza');
      response = await send(page, 'input[name="contact_role"]');
      assert.equal(response?.status(), 200, `publishing: ${await describePage(page, response)}`);
      const casePath = new URL(page.url()).pathname;
      assert.match(casePath, /^\/cases\/\d+$/, `the new case's page: ${page.url()}`);
      assert.equal((await page.locator('h1').innerText()).trim(), title, 'the case page shows its title');
      assert.equal(await page.locator(`main dl.facts a[href="${process}"]`).count(), 1, 'the case links to the process it describes');
      assert.equal(await page.locator(`main dl.facts a[href="/c/${CITY}"]`).count(), 1, 'the case is the city\'s');
      await assertJsonLd(page, title);
      await checkHere();

      // It is found with the others.
      await page.goto('/cases');
      assert.equal(await page.locator(`main ul.cards a[href="${casePath}"]`).count(), 1, `/cases lists ${casePath}`);
    });
  });

  test('the town\'s facilitator translates the city\'s practice into English, and an English reader reads it with the original a link away', { timeout: 4 * 60_000 }, async () => {
    const english = {
      title: 'Greener school yards',
      summary: 'Lorenza turned the asphalt yards of its schools into small parks open to the neighbourhood, choosing with children, families and neighbours what to put in them.',
      problem: 'In summer the asphalt yards reached 50 degrees; many families in the eastern neighbourhoods have no garden.',
    };
    let casePath = '';

    // 1. The town's facilitator translates the city's practice, which is not the town's to correct.
    await withoutScript(LOCALE, 'sanvito-facilitator translates the city\'s case', 'sanvito-facilitator', async ({ page, checkHere }) => {
      casePath = await openCityCase(page);
      const summary = (await page.locator('main p.lead').innerText()).trim();
      assert.equal(await page.locator(`main a[href="${casePath}/edit"]`).count(), 0, 'the town\'s facilitator is not offered to correct the city\'s practice');
      const translate = page.locator(`main a[href="${casePath}/translate"]`);
      assert.equal((await translate.innerText()).trim(), say('case-translate-link'), 'but is offered to translate it');
      await checkHere();

      // First the language: every one but Italian, the language the practice is written in.
      let response = await submitAndWait(page, () => translate.click());
      assert.equal(response?.status(), 200, `the translation page: ${await describePage(page, response)}`);
      const heading = (await page.locator('h1').innerText()).trim();
      assert.ok(heading.startsWith(say.before('case-translate-title')) && heading.includes(CITY_CASE), `the page names the practice: "${heading}"`);
      const languages = page.locator('main select[name="lang"]');
      assert.equal((await page.locator(`main label[for="${await languages.getAttribute('id')}"]`).innerText()).trim(), say('field-case-translate-into'), 'the list of languages has its label');
      const offered = await languages.locator('option').evaluateAll((os) => os.map((o) => o.value));
      assert.ok(offered.includes('en') && !offered.includes(LOCALE), `English is offered, Italian is not: ${JSON.stringify(offered)}`);
      assert.equal(await page.locator(`main form[method="post"][action="${casePath}/translate"]`).count(), 0, 'no fields to fill before a language is chosen');
      await checkHere();

      await languages.selectOption('en');
      response = await submitAndWait(page, () => page.locator('main form', { has: page.locator('select[name="lang"]') }).locator('button', { hasText: say('case-translate-choose') }).click());
      assert.equal(response?.status(), 200, `choosing English: ${await describePage(page, response)}`);
      assert.equal(new URL(page.url()).searchParams.get('lang'), 'en', `the address keeps the language: ${page.url()}`);
      assert.equal(await languages.locator('option:checked').getAttribute('value'), 'en', 'English is shown as chosen');
      assert.equal(await page.locator('main input[type="hidden"][name="locale"]').inputValue(), 'en', 'the form translates into English');

      // Each field starts empty, below the original it translates, marked as Italian, which
      // describes the field.
      const original = async (p, name) => (await p.locator(`main #${name}-hint p[lang="${LOCALE}"]`).innerText()).trim();
      const assertBeside = async (name, label, text) => {
        assert.equal(await original(page, name), text, `the original ${name} is shown above its field`);
        const field = page.locator(`main [name="${name}"]`);
        assert.equal((await page.locator(`main label[for="${await field.getAttribute('id')}"]`).innerText()).trim(), label, `the ${name} field has its label`);
        assert.ok((await field.getAttribute('aria-describedby') || '').split(/\s+/).includes(`${name}-hint`), `the ${name} field is described by the original`);
        assert.equal(await field.getAttribute('lang'), 'en', `what is typed in ${name} is English`);
        assert.equal(await field.inputValue(), '', `the ${name} field starts empty`);
      };
      await assertBeside('title', say('field-title'), CITY_CASE);
      await assertBeside('summary', say('field-case-summary'), summary);
      await checkHere();

      // Sent without a title: refused by that field, what was translated kept.
      const translateWith = async (p, title) => {
        await p.locator('main input[name="title"]').fill(title);
        await p.locator('main textarea[name="summary"]').fill(english.summary);
        await p.locator('main textarea[name="problem"]').fill(english.problem);
        return send(p, 'input[name="locale"]');
      };
      response = await translateWith(page, '');
      await assertRefusedAt(page, response, 'title', say('error-title-required'));
      assert.equal(await page.locator('main textarea[name="summary"]').inputValue(), english.summary, 'the summary is kept');
      assert.equal(await page.locator('main textarea[name="problem"]').inputValue(), english.problem, 'the problem is kept');
      assert.equal(await page.locator('main input[name="locale"]').inputValue(), 'en', 'still into English');
      assert.equal(await original(page, 'title'), CITY_CASE, 'the original title is still shown above its field');
      await checkHere(async (axePage) => {
        await axePage.goto(`${casePath}/translate?lang=en`);
        assert.equal((await translateWith(axePage, ''))?.status(), 422, 'the same refusal in the scripted tab');
      });

      // With a title: the practice in English, for the facilitator whose pages stay in Italian.
      response = await translateWith(page, english.title);
      assert.equal(response?.status(), 200, `saving the translation: ${await describePage(page, response)}`);
      const saved = new URL(page.url());
      assert.equal(saved.pathname, casePath, `back on the practice: ${page.url()}`);
      assert.equal(saved.searchParams.get('lang'), 'en', `in English: ${page.url()}`);
      assert.equal((await page.locator('main p.notice[role="status"]').innerText()).trim(), say('case-done-translated'));
      const article = page.locator('main article[lang="en"]');
      assert.equal((await article.locator('h1').innerText()).trim(), english.title, 'the English title, marked as English');
      assert.equal((await article.locator('p.lead').innerText()).trim(), english.summary, 'and the English summary');
      assert.ok((await page.locator('main p.note').innerText()).trim().startsWith(say.before('case-translated-from')), 'the page says it is a translation');
      const versions = page.locator(`main nav[aria-label="${say('case-versions')}"]`);
      assert.equal(await versions.locator(`a[href="${casePath}?lang=${LOCALE}"]`).count(), 1, 'the original is a link away');
      await checkHere();
    });

    // 2. An English reader, signed out, reads the practice in English, and the original a link away.
    const sayEn = messagesOf('en');
    await withoutScript('en', 'an English reader reads the city\'s case', null, async ({ page, checkHere }) => {
      let response = await page.goto(casePath);
      assert.equal(response?.status(), 200, `${casePath}: ${await describePage(page, response)}`);
      assert.equal((await page.locator('h1').innerText()).trim(), english.title, 'the English title');
      assert.equal(await page.locator('main article[lang]').count(), 0, 'in the reader\'s own language, not marked as foreign');
      assert.equal((await page.locator('main p.lead').innerText()).trim(), english.summary, 'the English summary');
      assert.equal(await page.locator('main p.prose', { hasText: english.problem }).count(), 1, 'the English problem');
      assert.ok((await page.locator('main p.note').innerText()).trim().startsWith(sayEn.before('case-translated-from')), 'the page says it is a translation');
      const versions = page.locator(`main nav[aria-label="${sayEn('case-versions')}"]`);
      assert.equal(await versions.count(), 1, `the versions are offered: ${await describePage(page, response)}`);
      assert.equal(await versions.locator('strong[lang="en"]').count(), 1, 'English is the version read');
      const italian = versions.locator(`a[href="${casePath}?lang=${LOCALE}"]`);
      assert.equal(await italian.getAttribute('hreflang'), LOCALE, 'the link says the original is in Italian');
      assert.equal((await italian.innerText()).trim(), sayEn(`language-name-${LOCALE}`), 'named in Italian');
      await checkHere();

      response = await submitAndWait(page, () => italian.click());
      assert.equal(response?.status(), 200, `the original: ${await describePage(page, response)}`);
      assert.equal((await page.locator(`main article[lang="${LOCALE}"] h1`).innerText()).trim(), CITY_CASE, 'the original title, marked as Italian');
      assert.ok((await page.locator('main p.note').innerText()).trim().startsWith(sayEn.before('text-in-language')), 'the page says the text is in another language');
      assert.equal(await page.locator(`main nav[aria-label="${sayEn('case-versions')}"] a[href="${casePath}?lang=en"]`).count(), 1, 'the English version is a link away');
      await checkHere();

      // Back in English: what the translation leaves as it was (the outcomes) is still Italian,
      // and a screen reader must be told so, to read it with an Italian voice.
      await page.goto(casePath);
      const outcomes = await page
        .locator('main table', { has: page.locator('caption', { hasText: sayEn('case-outcomes-caption') }) })
        .locator('tbody th[scope="row"]')
        .evaluateAll((ths) => ths.map((th) => ({ text: th.innerText.trim(), lang: th.closest('[lang]').getAttribute('lang') })));
      assert.ok(outcomes.length > 0, 'the outcomes are shown');
      assert.deepEqual(outcomes.filter((o) => o.lang !== LOCALE), [], 'the untranslated outcomes are marked as Italian');
    });
  });

  test('the city\'s official corrects the practice, refused without a summary, and the case page shows the correction', { timeout: 4 * 60_000 }, async () => {
    // The lessons, with what the city learned in the second year; the title stays, for the other
    // tests find the practice by it.
    const lessons =
      'I banchetti davanti alle scuole hanno portato più proposte delle serate; rispondere a tutte, anche alle respinte, ha mantenuto la fiducia. ' +
      'Il secondo anno, i turni di annaffiatura con le famiglie hanno salvato le piante d\'estate.';
    await withoutScript(LOCALE, `${CITY}-official corrects the practice`, `${CITY}-official`, async ({ page, checkHere }) => {
      const casePath = await openCityCase(page);
      const summary = (await page.locator('main p.lead').innerText()).trim();
      const source = await page.locator('main dl.facts a[href^="/processes/"]').first().getAttribute('href');
      const outcomes = await outcomesOf(page);
      assert.ok(outcomes.length > 0, 'the practice has outcomes');
      const edit = page.locator(`main a[href="${casePath}/edit"]`);
      assert.equal((await edit.innerText()).trim(), say('case-edit-link'), 'the city\'s official is offered to correct the city\'s practice');
      await checkHere();

      // The form holds the practice as it is.
      let response = await submitAndWait(page, () => edit.click());
      assert.equal(response?.status(), 200, `the correction form: ${await describePage(page, response)}`);
      const heading = (await page.locator('h1').innerText()).trim();
      assert.ok(heading.startsWith(say.before('case-edit-title')) && heading.includes(CITY_CASE), `the form names the practice: "${heading}"`);
      assert.equal((await page.locator(`main .breadcrumb a[href="${casePath}"]`).innerText()).trim(), say('case-edit-back'), 'a way back to the practice');
      const form = page.locator(`main form[method="post"][action="${casePath}/edit"]`);
      assert.equal(await form.count(), 1, `the form corrects this practice: ${await describePage(page, response)}`);
      assert.equal(await form.locator('input[name="title"]').inputValue(), CITY_CASE, 'the title is filled in');
      assert.equal(await form.locator('textarea[name="summary"]').inputValue(), summary, 'so is the summary');
      assert.equal(await form.locator('select[name="locale"] option:checked').getAttribute('value'), LOCALE, 'and the language it is written in');
      assert.equal(await form.locator('select[name="policy_area"] option:checked').getAttribute('value'), 'green-spaces', 'and its area');
      assert.equal(await form.locator('input[name="outcome1_name"]').inputValue(), outcomes[0][0], 'and its outcomes');
      assert.ok((await form.locator('textarea[name="lessons"]').inputValue()).trim(), 'and its lessons');
      assert.equal((await form.locator(SEL.submit).last().innerText()).trim(), say('case-edit-submit'));
      await checkHere();

      // The summary emptied by mistake: refused by that field, the lessons corrected kept.
      const correctWith = async (p, text) => {
        await p.locator('main textarea[name="summary"]').fill(text);
        await p.locator('main textarea[name="lessons"]').fill(lessons);
        return send(p, 'textarea[name="lessons"]');
      };
      response = await correctWith(page, '');
      await assertRefusedAt(page, response, 'summary', say('error-case-summary-required'));
      assert.equal(await page.locator('main textarea[name="lessons"]').inputValue(), lessons, 'the lessons typed are kept');
      assert.equal(await page.locator('main input[name="title"]').inputValue(), CITY_CASE, 'the title is kept');
      assert.equal(await page.locator(`main form[method="post"][action="${casePath}/edit"]`).count(), 1, 'the form still corrects this practice');
      await checkHere(async (axePage) => {
        await axePage.goto(`${casePath}/edit`);
        assert.equal((await correctWith(axePage, ''))?.status(), 422, 'the same refusal in the scripted tab');
      });

      // With the summary back: the practice shows the correction, and nothing else changed.
      response = await correctWith(page, summary);
      assert.equal(response?.status(), 200, `saving the correction: ${await describePage(page, response)}`);
      const saved = new URL(page.url());
      assert.equal(saved.pathname, casePath, `back on the practice: ${page.url()}`);
      assert.equal((await page.locator('main p.notice[role="status"]').innerText()).trim(), say('case-done-updated'));
      assert.deepEqual(await factOf(page, say('field-case-lessons')), [lessons], 'the corrected lessons are shown');
      assert.equal((await page.locator('h1').innerText()).trim(), CITY_CASE, 'the title is the same');
      assert.equal((await page.locator('main p.lead').innerText()).trim(), summary, 'so is the summary');
      assert.deepEqual(await outcomesOf(page), outcomes, 'so are the outcomes');
      assert.equal(await page.locator(`main dl.facts a[href="${source}"]`).count(), 1, 'and the process it describes');
      await assertJsonLd(page, CITY_CASE);
      await checkHere();
    });
  });

  test('the village\'s official plans a meeting like the city\'s stand, from the replica\'s meetings', { timeout: 4 * 60_000 }, async () => {
    // The city's stand and workshop, in the process its practice describes (demo data).
    const STAND = 'Banchetto davanti alla scuola Collodi';
    const WORKSHOP = 'Laboratorio: disegna il tuo cortile';
    const address = 'Sagrato della chiesa, davanti alla scuola di Pietrabuona';
    await withoutScript(LOCALE, `${VILLAGE}-official plans a meeting like the city's`, `${VILLAGE}-official`, async ({ page, checkHere }) => {
      // 1. From the city's practice to the village's replica of it, and its meetings.
      await openCityCase(page);
      const replicas = await page
        .locator('main section[aria-labelledby="replicas-heading"] ul.family > li > a[href^="/processes/"]')
        .evaluateAll((as, name) => as.filter((a) => a.nextSibling?.textContent.split('·')[1]?.trim() === name).map((a) => a.getAttribute('href')), VILLAGE_NAME);
      assert.ok(replicas.length > 0, `the practice lists a replica in ${VILLAGE_NAME}: ${await describePage(page, null)}`);
      const process = replicas[0];
      let response = await submitAndWait(page, () => page.locator(`main ul.family a[href="${process}"]`).click());
      assert.equal(response?.status(), 200, `${process}: ${await describePage(page, response)}`);
      assert.equal(await page.locator(`main .breadcrumb a[href="/c/${VILLAGE}/processes"]`).count(), 1, 'the process is the village\'s');
      response = await submitAndWait(page, () => page.locator(`main a[href="${process}/meetings"]`).first().click());
      assert.equal(response?.status(), 200, `${process}/meetings: ${await describePage(page, response)}`);

      // 2. The meetings the city held, offered as formats to plan from.
      const formats = page.locator('main section[aria-labelledby="formats-heading"]');
      assert.equal((await formats.locator('h2').innerText()).trim(), say('meetings-formats-heading'), `the city's meetings are offered: ${await describePage(page, response)}`);
      const held = (await formats.locator('li h3').allInnerTexts()).map((t) => t.trim());
      // Other journeys of the suite may plan more meetings in the city's process; the stand and
      // the workshop are there whatever ran before, each once.
      for (const meeting of [STAND, WORKSHOP]) {
        assert.equal(held.filter((title) => title === meeting).length, 1, `the city held "${meeting}": ${JSON.stringify(held)}`);
      }
      const like = formats.locator('li', { has: page.locator('h3', { hasText: STAND }) }).locator(`a[href^="${process}/meetings/new?like="]`);
      assert.equal(await like.count(), 1, 'the stand can be planned again');
      const name = (await like.innerText()).trim();
      assert.ok(name.startsWith(say('meetings-plan-like')) && name.includes(STAND), `the link says which meeting it copies: "${name}"`);
      await checkHere();

      // 3. The form, filled in like the stand but for the day and the place.
      response = await submitAndWait(page, () => like.click());
      assert.equal(response?.status(), 200, `the form like the stand: ${await describePage(page, response)}`);
      assert.equal((await page.locator('h1').innerText()).trim(), say('meeting-new-title'));
      const form = page.locator(`main form[method="post"][action="${process}/meetings/new"]`);
      assert.equal(await form.count(), 1, 'the form plans a meeting of the village\'s process');
      assert.equal(await form.locator('input[name="title"]').inputValue(), STAND, 'the title is the stand\'s');
      assert.ok((await form.locator('textarea[name="description"]').inputValue()).trim(), 'so is the description');
      assert.equal(await form.locator('input[name="format"]:checked').getAttribute('value'), 'in-person', 'in person, as the stand was');
      assert.equal(await form.locator('input[name="starts"]').inputValue(), '16:00', 'from four, as the stand was');
      assert.equal(await form.locator('input[name="ends"]').inputValue(), '18:00', 'to six');
      assert.equal(await form.locator('input[name="capacity"]').inputValue(), '', 'with no limit of places');
      const access = await form.locator('input[name="access"]:checked').evaluateAll((cs) => cs.map((c) => c.value));
      assert.deepEqual(access.sort(), ['interpretation', 'step-free'], 'step-free and with interpreters, as the stand was');
      assert.ok((await form.locator('input[name="access_notes"]').inputValue()).trim(), 'with its notes on access');
      assert.equal(await form.locator('input[name="date"]').inputValue(), '', 'the day is the village\'s to choose');
      assert.equal(await form.locator('input[name="address"]').inputValue(), '', 'and so is the place');
      await checkHere();

      // 4. A day in two weeks and the village's square: the meeting is planned.
      const date = day(14);
      await form.locator('input[name="date"]').fill(date);
      await form.locator('input[name="address"]').fill(address);
      response = await send(page, 'input[name="address"]');
      assert.equal(response?.status(), 200, `planning the meeting: ${await describePage(page, response)}`);
      const meeting = new URL(page.url()).pathname;
      assert.match(meeting, /^\/meetings\/\d+$/, `the new meeting's page: ${page.url()}`);
      assert.equal((await page.locator('h1').innerText()).trim(), STAND);
      const when = (await factOf(page, say('field-meeting-when'))).join(' ');
      assert.ok(when.includes('16:00') && when.includes('18:00'), `from four to six: "${when}"`);
      assert.deepEqual(await factOf(page, say('field-meeting-format')), [say('meeting-format-in-person')], 'in person');
      assert.deepEqual(await factOf(page, say('field-meeting-address')), [address], 'at the place given');
      const features = (await page.locator('main dl.facts ul li').allInnerTexts()).map((t) => t.trim());
      assert.deepEqual(features.sort(), [say('meeting-access-interpretation'), say('meeting-access-step-free')].sort(), 'step-free and with interpreters');
      await checkHere();

      // Among the replica's upcoming meetings.
      response = await submitAndWait(page, () => page.locator(`main .breadcrumb a[href="${process}/meetings"]`).click());
      assert.equal(response?.status(), 200, `${process}/meetings: ${await describePage(page, response)}`);
      assert.equal(await page.locator(`main ul.cards a[href="${meeting}"]`).count(), 1, `the replica's meetings list ${meeting}`);
    });
  });
});

// ---------------------------------------------------------------------------
describe('h) links between communities, JavaScript off', () => {
  /** Ukrainian: none of the demo's people use it, so every word of the product comes from uk.ftl. */
  const LOCALE = 'uk';
  const say = messagesOf(LOCALE);
  const assertRefusedAt = refusalCheck(say);
  const TOWN = 'san-vito-al-lora';
  const TOWN_NAME = 'San Vito al Lora';
  const VILLAGE = 'pietrabuona';
  const VILLAGE_NAME = 'Pietrabuona';
  /** The town's practice in the demo, which the village asks about. */
  const TOWN_CASE = 'Community solar on public roofs';

  /** The heading of the second level in main that says exactly `text`. */
  const heading = (page, text) => page.locator('main').getByRole('heading', { level: 2, name: text, exact: true });

  /** Links under `scope` to pages whose address matches `pattern`, by address, each once. */
  const linksIn = async (scope, pattern) => [
    ...new Set(await scope.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))),
  ].filter((href) => pattern.test(href));

  /**
   * Opens the person's notifications (checked like every page), follows the new one that leads to
   * `href` and returns what it said.
   */
  async function followNotification(page, checkHere, href, what) {
    await page.goto('/notifications');
    const item = page.locator('main ul.notifications > li.unread', { has: page.locator(`a[href="${href}"]`) });
    assert.equal(await item.count(), 1, `one new notification leads to ${href} (${what}): ${await describePage(page, null)}`);
    assert.equal((await item.locator('strong').innerText()).trim(), say('notifications-new'), 'it is marked new');
    const text = (await item.locator('a').innerText()).trim();
    await checkHere();
    const response = await submitAndWait(page, () => item.locator(`a[href="${href}"]`).click());
    assert.equal(response?.status(), 200, `following the notification (${what}): ${await describePage(page, response)}`);
    return text;
  }

  test('the town proposes a twinning to the village, is refused without a purpose, the village accepts, and each page shows the other; then a facilitator of the village co-runs a process of the town', { timeout: 6 * 60_000 }, async () => {
    const purpose =
      'Містечко й село вчаться одне в одного: як ставити сонячні панелі на громадських дахах, як збирати голоси на папері, і фасилітатори допомагають одне одному на зустрічах.';
    let process = '';
    let facilitator = '';

    // 1. The town's official proposes the twinning from the town's page.
    await withoutScript(LOCALE, `${TOWN}'s official proposes a twinning`, 'sanvito-official', async ({ page, checkHere }) => {
      await page.goto(`/c/${TOWN}`);
      const link = page.locator(`main ul.actions a[href="/c/${TOWN}/twinning"]`);
      assert.equal((await link.innerText()).trim(), say('twinning-link'), 'the town\'s page offers its official the twinnings');
      let response = await submitAndWait(page, () => link.click());
      assert.equal(response?.status(), 200, `the twinnings page: ${await describePage(page, response)}`);
      const title = (await page.locator('h1').innerText()).trim();
      assert.ok(title.startsWith(say.before('twinning-title')) && title.includes(TOWN_NAME), `the page is the town's twinnings: "${title}"`);
      assert.equal(await page.locator(`select[name="partner"] option[value="${VILLAGE}"]`).count(), 1, 'the village is one of the communities offered');
      await checkHere();

      // Sent without a purpose: refused by that field, the village still chosen.
      const proposeTo = async (p, partner) => {
        await p.locator('select[name="partner"]').selectOption(partner);
        return send(p, 'textarea[name="purpose"]');
      };
      response = await proposeTo(page, VILLAGE);
      await assertRefusedAt(page, response, 'purpose', say('error-twinning-purpose-required'));
      assert.equal(await page.locator('select[name="partner"] option:checked').getAttribute('value'), VILLAGE, 'the village chosen is kept');
      assert.ok((await page.locator('select[name="partner"] option:checked').innerText()).includes(VILLAGE_NAME), 'by its name');
      await checkHere(async (axePage) => {
        await axePage.goto(`/c/${TOWN}/twinning`);
        assert.equal((await proposeTo(axePage, VILLAGE))?.status(), 422, 'the same refusal in the scripted tab');
      });

      // With a purpose: sent, and waiting for the village's answer.
      await page.locator('textarea[name="purpose"]').fill(purpose);
      response = await proposeTo(page, VILLAGE);
      assert.equal(response?.status(), 200, `proposing: ${await describePage(page, response)}`);
      assert.equal(new URL(page.url()).pathname, `/c/${TOWN}/twinning`, 'back on the town\'s twinnings');
      assert.equal((await page.locator('main p.notice[role="status"]').innerText()).trim(), say('twinning-done-proposed'));
      const waiting = heading(page, say('twinning-sent-heading'));
      assert.equal(await waiting.count(), 1, `a list of proposals awaiting an answer: ${await describePage(page, response)}`);
      assert.equal(
        await waiting.locator(`xpath=following-sibling::ul[1]//a[@href="/c/${VILLAGE}"]`).count(),
        1,
        'the proposal to the village awaits its answer',
      );
      assert.equal(await page.locator(`select[name="partner"] option[value="${VILLAGE}"]`).count(), 0, 'the village is not offered twice');
      await checkHere();
    });

    // 2. The village's official hears of it and accepts.
    await withoutScript(LOCALE, `${VILLAGE}'s official accepts`, `${VILLAGE}-official`, async ({ page, checkHere }) => {
      const told = await followNotification(page, checkHere, `/c/${VILLAGE}/twinning`, 'the proposal');
      assert.ok(told.includes(TOWN_NAME), `the notification names the town: "${told}"`);
      const toAnswer = heading(page, say('twinning-received-heading'));
      assert.equal(await toAnswer.count(), 1, `a proposal to answer: ${await describePage(page, null)}`);
      const card = toAnswer.locator('xpath=following-sibling::ul[1]/li').filter({ has: page.locator(`a[href="/c/${TOWN}"]`) });
      assert.equal(await card.count(), 1, 'the town\'s proposal is there');
      assert.equal((await card.locator('p[dir="auto"]').innerText()).trim(), purpose, 'with the purpose the town gave');
      const accept = card.locator('form[action^="/twinnings/"][action$="/accept"] button');
      const decline = card.locator('form[action^="/twinnings/"][action$="/end"] button');
      assert.ok((await accept.innerText()).trim().startsWith(say('twinning-accept-submit')), 'an accept button');
      assert.ok((await decline.innerText()).trim().startsWith(say('twinning-decline-submit')), 'and a decline button');
      await checkHere();

      const response = await submitAndWait(page, () => accept.click());
      assert.equal(response?.status(), 200, `accepting: ${await describePage(page, response)}`);
      assert.equal(new URL(page.url()).pathname, `/c/${VILLAGE}/twinning`, 'back on the village\'s twinnings');
      assert.equal((await page.locator('main p.notice[role="status"]').innerText()).trim(), say('twinning-done-accepted'));
      assert.equal(await heading(page, say('twinning-received-heading')).count(), 0, 'nothing left to answer');
      const twins = heading(page, say('twinning-active-heading')).locator('xpath=following-sibling::ul[1]/li');
      const town = twins.filter({ has: page.locator(`h3 a[href="/c/${TOWN}"]`) });
      assert.equal(await town.count(), 1, `the town is among the village's twins: ${await describePage(page, response)}`);
      assert.equal((await town.locator('p[dir="auto"]').innerText()).trim(), purpose, 'with its purpose');
      assert.ok((await town.locator('p.meta').innerText()).trim().startsWith(say.before('twinning-since')), 'since today');
      await checkHere();
    });

    // 3. Anyone, signed out: each community's page shows the other, its purpose, its open
    // processes and its practices, as the other's own pages list them.
    await withoutScript(LOCALE, 'each page shows the other', null, async ({ page, checkHere }) => {
      let townProcesses = [];
      for (const [here, other, otherName] of [[TOWN, VILLAGE, VILLAGE_NAME], [VILLAGE, TOWN, TOWN_NAME]]) {
        await page.goto(`/c/${other}/processes`);
        const otherProcesses = await linksIn(page.locator('main'), /^\/processes\/\d+$/);
        await page.goto(`/c/${other}`);
        const otherCases = await linksIn(heading(page, say('community-cases')).locator('xpath=following-sibling::ul[1]'), /^\/cases\/\d+$/);

        const response = await page.goto(`/c/${here}`);
        assert.equal(response?.status(), 200, `/c/${here}: ${await describePage(page, response)}`);
        const twins = heading(page, say('community-twins'));
        assert.equal(await twins.count(), 1, `/c/${here} has a section of twins: ${await describePage(page, response)}`);
        const section = twins.locator(`xpath=following-sibling::section[@aria-labelledby="twin-${other}"]`);
        assert.equal(await section.count(), 1, `/c/${here} shows ${other} under its twins`);
        assert.equal((await section.locator(`h3 a[href="/c/${other}"]`).innerText()).trim(), otherName, 'by its name');
        assert.equal((await section.locator('p[dir="auto"]').innerText()).trim(), purpose, 'with the purpose of the twinning');

        const processes = await linksIn(section.locator('ul.cards'), /^\/processes\/\d+$/);
        assert.equal(
          await section.locator('p', { hasText: processes.length ? say('twin-open-processes') : say('twin-no-open-processes') }).count(),
          1,
          'the section says what follows',
        );
        for (const shown of processes) {
          assert.ok(otherProcesses.includes(shown), `${shown}, under ${other} on /c/${here}, is one of ${other}'s processes: ${otherProcesses.join(', ')}`);
        }
        const cases = await linksIn(section.locator('ul:not(.cards)'), /^\/cases\/\d+$/);
        assert.deepEqual(cases.sort(), otherCases.sort(), `/c/${here} lists the practices ${other} described`);
        if (other === TOWN) {
          assert.equal(await section.locator('a[href^="/cases/"]', { hasText: TOWN_CASE }).count(), 1, `the town's practice is shown on the village's page`);
          townProcesses = processes;
        }
        await checkHere();
      }

      // The one of the town's open processes that takes proposals now, for the village to help with.
      for (const candidate of townProcesses) {
        await page.goto(candidate);
        if (await page.locator(`main a[href$="${candidate}/proposals/new"]`).count()) {
          process = candidate;
          break;
        }
      }
      assert.ok(process, `none of the town's open processes shown to the village takes proposals now: ${townProcesses.join(', ')}`);
    });

    // 4. The town's official invites the village's facilitator to co-run one of the processes the
    // village sees.
    await withoutScript(LOCALE, `${TOWN}'s official invites a co-runner`, 'sanvito-official', async ({ page, checkHere }) => {
      await page.goto(process);
      const link = page.locator(`main a[href="${process}/co-runners"]`);
      assert.equal((await link.innerText()).trim(), say('co-run-title'), 'the process offers its official the co-running');
      let response = await submitAndWait(page, () => link.click());
      assert.equal(response?.status(), 200, `the co-running page: ${await describePage(page, response)}`);
      assert.equal((await page.locator('h1').innerText()).trim(), say('co-run-title'));
      assert.equal(await page.locator('main p', { hasText: say('co-run-none') }).count(), 1, 'nobody co-runs it yet');
      const groups = await page.locator('select[name="facilitator"] optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
      assert.deepEqual(groups, [VILLAGE_NAME], 'the facilitators offered are the twin\'s, grouped under its name');
      const offered = page.locator(`select[name="facilitator"] optgroup[label="${VILLAGE_NAME}"] option`);
      assert.equal(await offered.count(), 1, 'the village has one facilitator');
      const value = await offered.getAttribute('value');
      facilitator = (await offered.innerText()).trim();
      await checkHere();

      await page.locator('select[name="facilitator"]').selectOption(value);
      response = await send(page, 'select[name="facilitator"]');
      assert.equal(response?.status(), 200, `inviting: ${await describePage(page, response)}`);
      assert.equal((await page.locator('main p.notice[role="status"]').innerText()).trim(), say('co-run-done-invited'));
      const row = page.locator('main table tbody tr', { has: page.locator('th', { hasText: facilitator }) });
      assert.equal(await row.count(), 1, `${facilitator} is listed: ${await describePage(page, response)}`);
      assert.equal(await row.locator(`td a[href="/c/${VILLAGE}"]`).count(), 1, 'as the village\'s');
      assert.ok((await row.locator('td').nth(1).innerText()).trim().startsWith(say.before('co-run-invited-on')), 'invited, not answered yet');
      assert.equal(await page.locator(`select[name="facilitator"] option[value="${value}"]`).count(), 0, 'and not offered again');
      await checkHere();
    });

    // 5. The village's facilitator accepts, and may then record contributions in the town's process.
    await withoutScript(LOCALE, `${VILLAGE}'s facilitator co-runs`, `${VILLAGE}-facilitator`, async ({ page, checkHere }) => {
      // Invited, not yet co-running: the assisted form is not the facilitator's to use.
      const before = await page.goto(`${process}/assisted`);
      assert.equal(before?.status(), 403, `the assisted form before accepting: ${await describePage(page, before)}`);
      await followNotification(page, checkHere, `${process}/co-runners`, 'the invitation');
      const accept = page.locator(`main form[action="${process}/co-runners/accept"] button`);
      assert.equal((await accept.innerText()).trim(), say('co-run-accept-submit'), 'the facilitator is offered to accept');
      await checkHere();
      let response = await submitAndWait(page, () => accept.click());
      assert.equal(response?.status(), 200, `accepting: ${await describePage(page, response)}`);
      assert.equal((await page.locator('main p.notice[role="status"]').innerText()).trim(), say('co-run-done-accepted'));
      const row = page.locator('main table tbody tr', { has: page.locator('th', { hasText: facilitator }) });
      assert.ok((await row.locator('td').nth(1).innerText()).trim().startsWith(say.before('co-run-since')), 'co-running since today');
      await checkHere();

      response = await submitAndWait(page, () => page.locator(`main .breadcrumb a[href="${process}"]`).click());
      assert.equal(response?.status(), 200, `the process: ${await describePage(page, response)}`);
      const coRun = page.locator('main p', { hasText: say('co-run-with') });
      assert.equal(await coRun.count(), 1, `the process says who co-runs it: ${await describePage(page, response)}`);
      assert.ok((await coRun.innerText()).includes(facilitator), `it names ${facilitator}: ${await coRun.innerText()}`);
      assert.equal(await coRun.locator(`a[href="/c/${VILLAGE}"]`).count(), 1, 'and the village');
      const assisted = page.locator(`main a[href="${process}/assisted"]`);
      assert.equal((await assisted.innerText()).trim(), say('assisted-link'), 'the co-runner may record for others');
      await checkHere();
      response = await submitAndWait(page, () => assisted.click());
      assert.equal(response?.status(), 200, `the assisted form: ${await describePage(page, response)}`);
      assert.ok((await page.locator('main input[name="channel"]').count()) > 0, 'the form to record a contribution');
      await checkHere();
    });
  });

  test('the village asks the town about its practice, the town answers, the village marks the answer that helped', { timeout: 5 * 60_000 }, async () => {
    const question = {
      title: 'Як ви вирішували, які дахи вкрити першими?',
      body: 'У нашому селі є школа й спортзал із пласкими дахами, але ми не знаємо, чи витримають вони панелі.\n\nХто у вас перевіряв дахи і хто за це платив?',
    };
    const answer =
      'Дахи перевіряли інженери містечка, за рахунок громади, ще до голосування.\n\nПочніть зі школи: кооператив дає частку енергії родинам із низькими доходами, і мешканці це підтримали.';
    let casePath = '';
    let thread = '';
    let answerId = '';

    // 1. The village's official finds the town's practice and asks the town about it.
    await withoutScript(LOCALE, `${VILLAGE}'s official asks the town`, `${VILLAGE}-official`, async ({ page, checkHere }) => {
      await page.goto('/cases');
      const found = page.locator('main ul.cards a[href^="/cases/"]', { hasText: TOWN_CASE });
      assert.equal(await found.count(), 1, `the town's practice is among the practices: ${await describePage(page, null)}`);
      casePath = await found.getAttribute('href');
      let response = await submitAndWait(page, () => found.click());
      assert.equal(response?.status(), 200, `${casePath}: ${await describePage(page, response)}`);
      assert.equal((await page.locator('h1').innerText()).trim(), TOWN_CASE);
      assert.equal(await page.locator(`main dl.facts a[href="/c/${TOWN}"]`).count(), 1, 'the practice is the town\'s');
      const ask = page.locator(`main a[href="/peer/new?case=${casePath.split('/').pop()}"]`);
      assert.equal(await ask.count(), 1, `the village's official is offered to ask the town: ${await describePage(page, response)}`);
      const asking = (await ask.innerText()).trim();
      assert.ok(asking.startsWith(say.before('case-ask-link')) && asking.includes(TOWN_NAME), `the link says whom it asks: "${asking}"`);
      await checkHere();

      // The form: for the village, about this practice.
      response = await submitAndWait(page, () => ask.click());
      assert.equal(response?.status(), 200, `the question form: ${await describePage(page, response)}`);
      assert.equal((await page.locator('h1').innerText()).trim(), say('peer-new-title'));
      const kept = async (what) => {
        assert.equal((await page.locator('select[name="community"] option:checked').innerText()).trim(), VILLAGE_NAME, `the village asks (${what})`);
        assert.equal(await page.locator('input[name="about"]:checked').getAttribute('value'), 'case', `about the practice (${what})`);
        const about = (await page.locator('label[for="about-case"]').innerText()).trim();
        assert.ok(about.includes(TOWN_NAME) && about.includes(TOWN_CASE), `the choice names the town and its practice (${what}): "${about}"`);
      };
      await kept('as the form opens');
      await checkHere();

      // Sent without a title: refused by that field, the rest kept.
      const askWith = async (p, title) => {
        await p.locator('input[name="title"]').fill(title);
        await p.locator('textarea[name="body"]').fill(question.body);
        return send(p, 'textarea[name="body"]');
      };
      response = await askWith(page, '');
      await assertRefusedAt(page, response, 'title', say('error-title-required'));
      assert.equal(await page.locator('textarea[name="body"]').inputValue(), question.body, 'the details are kept');
      await kept('after the refusal');
      await checkHere(async (axePage) => {
        await axePage.goto(`/peer/new?case=${casePath.split('/').pop()}`);
        assert.equal((await askWith(axePage, ''))?.status(), 422, 'the same refusal in the scripted tab');
      });

      // With a title: the thread, waiting for the town.
      response = await askWith(page, question.title);
      assert.equal(response?.status(), 200, `asking: ${await describePage(page, response)}`);
      thread = new URL(page.url()).pathname;
      assert.match(thread, /^\/peer\/\d+$/, `the new thread: ${page.url()}`);
      assert.equal((await page.locator('h1').innerText()).trim(), question.title);
      const meta = await page.locator('main p.meta').first().innerText();
      assert.ok([VILLAGE_NAME, TOWN_NAME, TOWN_CASE].every((name) => meta.includes(name)), `the thread says who asked whom about what: "${meta}"`);
      assert.equal((await page.locator(`main a[href="${casePath}"]`).innerText()).trim(), say('peer-case-link'), 'it links to the practice');
      assert.equal(await page.locator('main .body p').count(), 2, 'the question keeps its two paragraphs');
      assert.equal(await page.locator('main p', { hasText: say('peer-no-answers') }).count(), 1, 'no answer yet');
      await checkHere();
    });

    // 2. The town's official finds the question among the threads and answers it.
    await withoutScript(LOCALE, `${TOWN}'s official answers`, 'sanvito-official', async ({ page, checkHere }) => {
      // The practice is the town's own: nobody offers it to ask itself.
      await page.goto(casePath);
      assert.equal(await page.locator('main a[href^="/peer/new"]').count(), 0, 'the town is not offered to ask about its own practice');

      await page.goto(`/c/${TOWN}`);
      const threads = page.locator('main ul.actions a[href="/peer"]');
      assert.equal((await threads.innerText()).trim(), say('peer-title'), 'the town\'s page offers its official the peer learning');
      let response = await submitAndWait(page, () => threads.click());
      assert.equal(response?.status(), 200, `/peer: ${await describePage(page, response)}`);
      assert.equal((await page.locator('h1').innerText()).trim(), say('peer-title'));
      const listed = page.locator(`main ul.cards a[href="${thread}"]`);
      assert.equal((await listed.innerText()).trim(), question.title, 'the village\'s question is among the threads');
      await checkHere();

      response = await submitAndWait(page, () => listed.click());
      assert.equal(response?.status(), 200, `${thread}: ${await describePage(page, response)}`);
      await checkHere();
      await page.locator('textarea[name="body"]').fill(answer);
      response = await send(page, 'textarea[name="body"]');
      assert.equal(response?.status(), 200, `answering: ${await describePage(page, response)}`);
      const url = new URL(page.url());
      assert.equal(url.pathname, thread, 'back on the thread');
      answerId = url.hash.slice(1);
      assert.match(answerId, /^answer-\d+$/, `the page opens at the answer: ${page.url()}`);
      const answered = page.locator(`main ol.thread > li[id="${answerId}"]`);
      assert.equal(await answered.count(), 1, `the answer is in the thread: ${await describePage(page, response)}`);
      assert.ok((await answered.locator('p.meta').innerText()).includes(TOWN_NAME), 'for the town');
      assert.equal(await answered.locator('div[dir="auto"] p').count(), 2, 'in its two paragraphs');
      assert.equal(await page.locator(`main form[action="${thread}/helpful"]`).count(), 0, 'the town does not mark its own answer');
      await checkHere();
    });

    // 3. The village's official hears of the answer and marks it as the one that helped.
    await withoutScript(LOCALE, `${VILLAGE}'s official marks the answer`, `${VILLAGE}-official`, async ({ page, checkHere }) => {
      const told = await followNotification(page, checkHere, thread, 'the answer');
      assert.ok(told.includes(question.title), `the notification names the question: "${told}"`);
      const answered = page.locator(`main ol.thread > li[id="${answerId}"]`);
      const mark = answered.locator(`form[action="${thread}/helpful"] button`);
      assert.ok((await mark.innerText()).trim().startsWith(say('peer-mark-helpful')), 'the village may mark the answer');
      await checkHere();

      const response = await submitAndWait(page, () => mark.click());
      assert.equal(response?.status(), 200, `marking: ${await describePage(page, response)}`);
      assert.equal(new URL(page.url()).hash, `#${answerId}`, 'back at the answer');
      assert.equal((await answered.locator('strong').innerText()).trim(), say('peer-helped-this'), 'the answer says it helped');
      assert.equal(await page.locator(`main form[action="${thread}/helpful"]`).count(), 0, 'nothing left to mark');
      await checkHere();

      // The threads list says so too.
      await page.goto('/peer');
      const card = page.locator('main ul.cards > li', { has: page.locator(`a[href="${thread}"]`) });
      assert.equal((await card.locator('strong').innerText()).trim(), say('peer-helped'), 'the thread is one where an answer helped');
      await checkHere();
    });

    // 4. An official of a third community does not see the thread, and is refused at its address.
    await withoutScript(LOCALE, 'an outsider', 'lorenza-official', async ({ page, checkHere }) => {
      await page.goto('/peer');
      assert.equal(await page.locator(`main a[href="${thread}"]`).count(), 0, 'the thread is not among the city\'s');
      const response = await page.goto(thread);
      assert.equal(response?.status(), 403, `the thread, for the city: ${await describePage(page, response)}`);
      assert.equal((await page.locator('h1').innerText()).trim(), say('error-forbidden-title'));
      assert.ok(!(await page.locator('main').innerText()).includes(question.title), 'the question is not shown');
      await checkHere();
    });
  });
});
