// What every browser test shares: Debian's Chromium driven by playwright-core (no browser download) with the same
// flags (no sandbox: CI runs as root; no background traffic: nothing outside the machine), the rule for a machine
// without it (skipped here, a failure under CI), and a server plus a browser for one describe block.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
/** Screenshots and PDFs the tests leave for a person to look at. */
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
/** The phone the web chat is tested on. */
export const PHONE = { width: 360, height: 740 };
/** axe-core's browser build, injected into pages for the accessibility checks. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Whether Chromium is installed (`.ci/run` installs it; on a machine without it the browser tests are skipped). */
export const haveChromium = existsSync(CHROMIUM);
const havePoppler = existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext');

/**
 * `describe` when the tools a test file needs are installed; `describe.skip` with a warning when they are not, and
 * under CI (which must install them) an error naming the file and the missing package.
 */
export function describeWithTools(file: string, needs: { poppler?: boolean } = {}): jest.Describe {
  const missing = [...(haveChromium ? [] : ['chromium']), ...(needs.poppler && !havePoppler ? ['poppler-utils'] : [])];
  if (missing.length === 0) return describe;
  if (process.env.CI) throw new Error(`${file}: ${missing.join(' and ')} missing under CI; .ci/run must install them`);
  // eslint-disable-next-line no-console
  console.warn(`${file} SKIPPED: ${missing.join(' and ')} absent (apt-get install -y ${missing.join(' ')}); under CI it fails instead`);
  return describe.skip;
}

/** A headless Chromium with the tests' flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The server a describe block runs against and the browser it drives. */
export interface ChromiumWorld<T> {
  readonly browser: Browser;
  readonly world: T;
}

/** Starts `start()`'s server and a Chromium before the block's tests, closes both after them. */
export function useChromium<T>(start: () => Promise<T>, stop: (world: T) => Promise<unknown>): ChromiumWorld<T> {
  const held: { browser?: Browser; world?: T } = {};
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    held.world = await start();
    held.browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await held.browser?.close();
    if (held.world !== undefined) await stop(held.world);
  });
  const ready = <V>(v: V | undefined, what: string): V => {
    if (v === undefined) throw new Error(`browser test: the ${what} is not started (used outside a test?)`);
    return v;
  };
  return {
    get browser() {
      return ready(held.browser, 'browser');
    },
    get world() {
      return ready(held.world, 'server');
    },
  };
}
