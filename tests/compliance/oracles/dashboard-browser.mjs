// Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) uses the relationship dashboard as a person
// would: refuses a bad key, signs in, reads the figures, sees them change live after status changes made through the
// API (no reload), shows the unreachable-server and empty states.
// {url, graphqlUrl, executablePath, key, badKey, emptyKey, staffKey, requestId, expectationId, screenshot?} in; what the page showed out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { readStdinJson, writeJson } from './io.mjs';

const input = await readStdinJson();
const userDataDir = mkdtempSync(join(tmpdir(), 'graphapi-dashboard-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: input.executablePath,
  headless: true,
  viewport: { width: 1360, height: 1100 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const pageErrors = [];
const result = {};
let page;

async function api(query, variables) {
  const response = await fetch(input.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${input.staffKey}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function signIn(page, key) {
  await page.fill('#key-input', key);
  await page.click('#key-form button[type=submit]');
}

// Every headline tile: its raw value (data-value, as the API returned it) and what a person reads.
const readPage = (page) => page.evaluate(() => ({
  tiles: Object.fromEntries([...document.querySelectorAll('#headline .tile')].map((t) => [t.dataset.metric, { value: JSON.parse(t.dataset.value), text: t.querySelector('.value').textContent }])),
  customers: [...document.querySelectorAll('#customers tbody tr')].map((r) => ({ key: r.dataset.customer, cells: [...r.cells].map((c) => c.textContent) })),
  atRisk: Number(document.querySelector('#at-risk-count').dataset.value),
  atRiskItems: [...document.querySelectorAll('#at-risk li[data-expectation]')].map((li) => li.dataset.expectation),
  weeks: [...document.querySelectorAll('#trend-table tbody tr')].map((r) => ({ week: r.dataset.week, requests: r.cells[1].textContent })),
  chartBars: window.graphApiDashboard.chart ? window.graphApiDashboard.chart.data.datasets[0].data.length : 0,
  live: document.querySelector('#live').dataset.state,
  loads: Number(document.body.dataset.loads || 0),
  emptyShown: !document.querySelector('#empty').hidden,
  customersEmptyShown: !document.querySelector('#customers-empty').hidden,
  atRiskEmptyShown: !document.querySelector('#at-risk-empty').hidden,
  storedKey: sessionStorage.getItem('graphapi.dashboard.apiKey'),
}));

try {
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(input.url, { waitUntil: 'load' });

  // Asks for a key, and says so when it is refused.
  await page.waitForSelector('#key-panel:not([hidden])', { timeout: 20000 });
  await signIn(page, input.badKey);
  await page.waitForSelector('#key-error:not([hidden])', { timeout: 15000 });
  result.badKeyMessage = await page.textContent('#key-error');
  result.contentHiddenWithBadKey = await page.isHidden('#content');

  // Signs in, loads the figures, connects for live updates.
  await signIn(page, input.key);
  await page.waitForFunction(() => document.body.dataset.loads === '1' && document.querySelector('#live').dataset.state === 'live', null, { timeout: 20000 });
  result.before = await readPage(page);
  await page.evaluate(() => { window.sameDocument = true; });

  // Status changes through the API reach the page over the socket; the page refetches without reloading.
  result.statusChange = await api('mutation($id: ID!) { changeRequestStatus(input: { requestId: $id, status: RESOLVED }) { errors { code message } } }', { id: input.requestId });
  result.expectationChange = await api('mutation($id: ID!) { updateExpectationStatus(input: { expectationId: $id, status: AT_RISK }) { errors { code message } } }', { id: input.expectationId });
  await page.waitForFunction(
    (before) => {
      const tile = document.querySelector('#headline .tile[data-metric="resolvedRequests"]');
      return tile && JSON.parse(tile.dataset.value) !== before.resolved && Number(document.querySelector('#at-risk-count').dataset.value) !== before.atRisk;
    },
    { resolved: result.before.tiles.resolvedRequests.value, atRisk: result.before.atRisk },
    { timeout: 20000 },
  );
  result.after = await readPage(page);
  result.reloaded = !(await page.evaluate(() => window.sameDocument === true));
  result.lastEvent = await page.textContent('#updated');
  if (input.screenshot) {
    await page.screenshot({ path: input.screenshot, fullPage: true });
  }

  // The server unreachable: a banner, then recovery by itself once it answers again.
  await page.route('**/graphql', (route) => route.abort('connectionrefused'));
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('#banner:not([hidden])', { timeout: 15000 });
  result.offlineBanner = await page.textContent('#banner');
  await page.unroute('**/graphql');
  await page.waitForFunction(() => document.querySelector('#banner').hidden && Number(document.body.dataset.loads || 0) >= 1, null, { timeout: 20000 });
  result.recovered = true;

  // A key whose customer has no figures yet: the empty states.
  await page.click('#forget');
  await page.waitForSelector('#key-panel:not([hidden])', { timeout: 10000 });
  await signIn(page, input.emptyKey);
  await page.waitForFunction(() => Number(document.body.dataset.loads || 0) >= 2 || (!document.querySelector('#content').hidden && !document.querySelector('#empty').hidden), null, { timeout: 20000 });
  result.empty = await readPage(page);
} catch (error) {
  // What the page showed when a step failed, for the test's message.
  result.error = String(error);
  result.failedPage = page ? await page.evaluate(() => ({ body: document.body.innerText.slice(0, 2000), loads: document.body.dataset.loads })).catch(() => null) : null;
} finally {
  result.pageErrors = pageErrors;
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

writeJson(result);
