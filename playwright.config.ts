import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './scripts/chromium.ts';

/** The preview server's port; set DATELINE_TEST_PORT to run two checkouts' tests side by side. */
export const TEST_PORT = Number(process.env.DATELINE_TEST_PORT ?? 4173);
const APP_URL = `http://127.0.0.1:${TEST_PORT}/`;
/**
 * Where the editor's disk endpoint reads and writes during the tests: a folder of its own per
 * port, so the tests never write into geodata/stories/ (see scripts/editor-endpoint.ts).
 */
export const TEST_STORIES_DIR = join(tmpdir(), `dateline-test-stories-${TEST_PORT}`);

/**
 * Browser tests run on the test build (`npm run build:test`: the app with the test stories of
 * `tests/stories/`), served as a static host would.
 */
export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  // SwiftShader is slow and the machine has two cores: keep the map renders from queueing.
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: APP_URL,
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: `npx vite preview --outDir dist-test --port ${TEST_PORT} --strictPort --host 127.0.0.1`,
    url: APP_URL,
    env: { DATELINE_STORIES_DIR: TEST_STORIES_DIR },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
