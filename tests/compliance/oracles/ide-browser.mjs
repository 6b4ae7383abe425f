// Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) opens the IDE, runs a query
// and a subscription and reads what the result pane shows. {url, executablePath} in, {title, query, subscription} out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { readStdinJson, writeJson } from './io.mjs';

const { url, executablePath } = await readStdinJson();
const userDataDir = mkdtempSync(join(tmpdir(), 'graphapi-ide-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const consoleErrors = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 20000 });

  async function run(query, expected) {
    await page.evaluate((text) => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(text), query);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      (text) => (document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? '').includes(text),
      expected,
      { timeout: 15000 },
    );
    return page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue());
  }

  const query = await run('{ hello(name: "IDE") }', 'Hello, IDE!');
  const subscription = await run('subscription { counter(to: 3) }', '"counter": 3');
  writeJson({ title: await page.title(), query, subscription, consoleErrors });
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
