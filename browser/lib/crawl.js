// Breadth-first crawl of same-origin links, running a check on every page.

import { AxeBuilder } from '@axe-core/playwright';
import { NAVIGATION_TIMEOUT_MS } from './browser.js';

/** Most pages one crawl visits. */
export const MAX_PAGES_PER_CRAWL = Number(process.env.PIAZZA_CRAWL_MAX_PAGES) || 80;
/**
 * Pages of one shape (the same path with other numbers, the same query keys with other values)
 * one crawl visits at most: the demo has dozens of proposals, and the crawl should reach every
 * kind of page rather than every proposal.
 */
export const MAX_PAGES_PER_SHAPE = Number(process.env.PIAZZA_CRAWL_MAX_PER_SHAPE) || 3;
/**
 * Pages a crawl starts from besides the front page: those reached only through a form, such as
 * search results.
 */
export const EXTRA_STARTS = [
  '/c/lorenza/search?q=panchine',
  '/c/lorenza/search?q=acqua&kind=meeting',
  // Representation and facilitator mode, which a breadth-first crawl may reach too late. (The
  // administrators' setup page is linked from the community page; for others it is forbidden,
  // which a strict crawl would count as a broken start.)
  '/c/lorenza/representation',
  '/c/lorenza/about-you',
  '/claim',
  // The practice exchange and service feedback, reached late by breadth first.
  '/cases',
  '/cases?settlement=urban&cost=over-100000&evidence=yes',
  '/cases/1',
  '/c/pietrabuona/report/pietrabuona-waste',
  // Links between communities: a community's twinnings, and the peer-learning threads (signed
  // out, the threads send to the sign-in page, like the other pages for signed-in people).
  '/c/lorenza/twinning',
  '/peer',
];
/** A crawl that reaches fewer pages than this is suspicious (front page without links?). */
export const MIN_PAGES_PER_CRAWL = 3;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Paths never followed: static files, and anything that changes state if a
// server wrongly offers it over GET.
const SKIP_PATH = [/^\/static\//, /^\/signout(\/|$)/, /^\/logout(\/|$)/];
// Links to file downloads/exports.
const DOWNLOAD_PATH =
  /(^|\/)(export|exports|download|downloads)(\/|$)|\.(csv|tsv|json|zip|pdf|ics|xml|txt|gz|tgz|tar|xlsx?|ods|odt|docx?|png|jpe?g|gif|webp|svg)$/i;

/** Absolute URL without its fragment, or null when the link is not crawlable. */
export function crawlable(href, base, origin) {
  let url;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null; // mailto:, tel:, javascript:
  if (url.origin !== origin) return null;
  if (SKIP_PATH.some((re) => re.test(url.pathname))) return null;
  if (DOWNLOAD_PATH.test(url.pathname)) return null;
  url.hash = '';
  return url.href;
}

/** The shape of a URL: its path with numbers as {n}, and its query's keys without values. */
export function shapeOf(href) {
  const url = new URL(href);
  const path = url.pathname
    .split('/')
    .map((segment) => (/^\d+$/.test(segment) ? '{n}' : segment))
    .join('/');
  const keys = [...new Set(url.searchParams.keys())].sort().join('&');
  return keys ? `${path}?${keys}` : path;
}

/**
 * Crawls from `start`, then from `extraStarts`.
 * @param {object} o
 * @param {import('playwright-core').Page} o.page
 * @param {string} o.origin
 * @param {(url: string, problem: string) => void} o.report
 * @param {(page, info: {url: string, status: number}) => Promise<string[]>} o.check
 *   extra checks on each HTML page that answered < 400; returns problems
 * @param {boolean} [o.strictStatus] report every status >= 400 (default: only 404;
 *   >= 500 is reported by the context's response listener)
 * @returns {Promise<{visited: string[], unvisited: number, page: import('playwright-core').Page}>}
 *   `page` is the tab the crawl ended in (a new one if a navigation failed).
 */
export async function crawl({
  page,
  origin,
  report,
  check,
  strictStatus = false,
  start = '/',
  extraStarts = EXTRA_STARTS,
  maxPages = MAX_PAGES_PER_CRAWL,
}) {
  const starts = [start, ...extraStarts].map((path) => new URL(path, origin).href);
  const queue = starts.map((url) => ({ url, from: null }));
  const seen = new Set(starts);
  const shapes = new Map();
  for (const url of starts) shapes.set(shapeOf(url), (shapes.get(shapeOf(url)) || 0) + 1);
  const visited = [];

  while (queue.length > 0 && visited.length < maxPages) {
    const { url, from } = queue.shift();
    const linked = from ? ` (linked from ${from})` : '';
    let response;
    try {
      response = await page.goto(url, {
        waitUntil: 'load',
        timeout: NAVIGATION_TIMEOUT_MS,
        ...(from ? { referer: from } : {}),
      });
    } catch (err) {
      report(url, `navigation failed${linked}: ${err.message.split('\n')[0]}`);
      // A failed navigation may still be loading an error page that would
      // interrupt the next one: carry on in a new tab of the same context.
      const fresh = await page.context().newPage();
      await page.close().catch(() => {});
      page = fresh;
      continue;
    }
    visited.push(url);
    const finalURL = crawlable(page.url(), page.url(), origin);
    if (finalURL) seen.add(finalURL);
    if (!response) {
      report(url, `no response${linked}`);
      continue;
    }
    const status = response.status();
    if (status >= 500) continue; // reported (with the referer) by the context's response listener
    if (status === 404) {
      report(url, `broken link: HTTP 404${linked}`);
      continue;
    }
    if (strictStatus && status >= 400) {
      report(url, `HTTP ${status}${linked}`);
      continue;
    }
    const type = response.headers()['content-type'] || '';
    if (!type.includes('text/html')) continue;

    let links = [];
    try {
      for (const problem of await check(page, { url: page.url(), status })) report(page.url(), problem);
      links = await page
        .locator('a[href], area[href]')
        .evaluateAll((els) => els.filter((a) => !a.hasAttribute('download')).map((a) => a.getAttribute('href')));
    } catch (err) {
      report(page.url(), `could not check the page: ${err.message.split('\n')[0]}`);
    }
    for (const href of links) {
      const next = crawlable(href, page.url(), origin);
      if (next && !seen.has(next)) {
        seen.add(next);
        const shape = shapeOf(next);
        const taken = shapes.get(shape) || 0;
        if (taken >= MAX_PAGES_PER_SHAPE) continue;
        shapes.set(shape, taken + 1);
        queue.push({ url: next, from: page.url() });
      }
    }
  }
  return { visited, unvisited: queue.length, page };
}

/** Axe violations on the page as problem strings. */
export async function axeProblems(page) {
  // Legacy mode runs axe.run() in the page itself instead of finishing the run
  // in an extra blank page: half the time per page, same results for pages
  // without cross-origin iframes (and any other origin is blocked anyway).
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return results.violations.map((v) => {
    const targets = v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '));
    const shown = targets.slice(0, 6).join(' | ');
    const more = targets.length > 6 ? ` | ... ${targets.length - 6} more` : '';
    return `axe ${v.id} [${v.impact}]: ${v.help} — ${shown}${more}`;
  });
}
