// Debian's Chromium for the browser tests, driven by playwright-core (no browser download), with the flags every
// test uses: no sandbox (CI runs as root), no background traffic, nothing outside the machine.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Whether Chromium is installed (`.ci/run` installs it; on a machine without it the browser tests are skipped). */
export const haveChromium = existsSync(CHROMIUM);

/** A headless Chromium with the tests' flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
