/**
 * Regenerates the README's picture: the built app (`npm run build`) served by `vite preview`,
 * photographed in headless Chromium once the map is idle. Usage: npm run screenshot [-- url]
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_LAUNCH } from './chromium.ts';

/** A port of your own (the tests' variable), so two checkouts can run it side by side. */
const PORT = Number(process.env.DATELINE_TEST_PORT ?? 4180);
const url = process.argv[2] ?? `http://127.0.0.1:${PORT}/?place=hodeidah-port`;
const out = process.argv[3] ?? 'docs/screenshot.png';

// Vite itself, not through npx: killing npx would leave the server running.
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.locator('[data-map-state="idle"]').waitFor({ timeout: 60_000 });
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`wrote ${out}`);
} finally {
  server.kill();
}

async function waitForServer(address: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(address)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${address} did not answer`);
}
