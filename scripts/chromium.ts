/**
 * How every tool here launches Chromium: Debian's build (Playwright cannot download its
 * own on these machines), with WebGL 2 on SwiftShader so MapLibre can draw without a GPU,
 * and no background traffic to other origins. Chromium 156 builds its address bar's two
 * popups (WebUI pages of some 400 files) in every new window, headless too: switched off, so
 * each test and each benchmark load has the machine to itself and the page.
 */
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
  ],
};
