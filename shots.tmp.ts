import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_LAUNCH } from './scripts/chromium.ts';
const PORT = 4221;
const base = `http://127.0.0.1:${PORT}/`;
const server = spawn('npx', ['vite', 'preview', '--outDir', 'dist-test', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
for (let i = 0; i < 100; i++) { try { if ((await fetch(base)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 200)); }
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const idle = (p: import('@playwright/test').Page) => p.locator('[data-map-state="idle"]').waitFor({ timeout: 90_000 });
async function shot(name: string, url: string, viewport: { width: number; height: number }, opts: { seen?: boolean; print?: boolean; open?: boolean; full?: boolean } = {}) {
  const page = await browser.newPage({ viewport });
  await page.goto(base);
  await page.evaluate((v) => { if (v) localStorage.setItem('dateline:seen:test-developing-story', '1'); else localStorage.clear(); }, opts.seen ?? false);
  await page.goto(base + url);
  if (!opts.print) await idle(page);
  else await page.getByRole('region', { name: 'Updates and corrections' }).waitFor();
  if (opts.open) await page.getByText(/All \d changes/).click();
  if (opts.print) { await page.emulateMedia({ media: 'print' }); await page.pdf({ path: `/tmp/shots/${name}.pdf`, format: 'A4' }); }
  else await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: opts.full ?? false });
  await page.close();
}
await shot('desktop', 'test-developing-story.html?place=hodeidah-port', { width: 1280, height: 800 }, { seen: true, open: true });
await shot('phone', 'test-developing-story.html', { width: 390, height: 844 }, { seen: true, full: true });
await shot('dark', 'test-developing-story.html?theme=dark&place=ras-kathib-power-station', { width: 1280, height: 800 }, { seen: true });
await shot('older', 'test-developing-story.html?version=1', { width: 1280, height: 800 });
await shot('print', 'test-developing-story.html', { width: 1280, height: 800 }, { print: true });
await browser.close();
server.kill();
