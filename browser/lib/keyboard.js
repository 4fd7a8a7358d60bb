// Keyboard-only helpers: move focus with Tab and inspect where it is.
// Nothing here clicks or fills; reading the DOM is the only non-keyboard access.

export const MAX_TABS = 150;

/** Short description of the focused element. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(body)';
    let d = el.tagName.toLowerCase();
    if (el.id) d += `#${el.id}`;
    for (const attr of ['name', 'type', 'href', 'action']) {
      if (el.getAttribute(attr)) d += `[${attr}="${el.getAttribute(attr)}"]`;
    }
    // Never print what was typed (passwords): only buttons' values.
    const shown = el.tagName === 'INPUT' ? (['submit', 'button', 'reset'].includes(el.type) ? el.value : '') : el.innerText;
    const text = (shown || '').replace(/\s+/g, ' ').trim().slice(0, 30);
    return text ? `${d} "${text}"` : d;
  });
}

export async function focusMatches(page, selector) {
  return page.evaluate((sel) => {
    const el = document.activeElement;
    return !!el && el !== document.body && el.matches(sel);
  }, selector);
}

/**
 * Presses Tab until the focused element matches `selector`.
 * Throws with the sequence of focused elements if it never does.
 */
export async function tabTo(page, selector, maxTabs = MAX_TABS) {
  if (await focusMatches(page, selector)) return;
  const path = [];
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if (await focusMatches(page, selector)) return;
    const here = await focused(page);
    path.push(here);
    // Two full identical laps mean we are cycling without ever reaching it.
    if (path.length > 4 && path.filter((p) => p === here).length > 2) break;
  }
  throw new Error(
    `could not reach ${selector} with Tab on ${page.url()}; focus went through:\n    ` +
      path.slice(0, 60).join('\n    '),
  );
}
