// Chromium from Debian, driven by playwright-core (which cannot download a browser here). Under CI=true
// it must be there (.ci/run installs it); elsewhere the browser tests skip and say why.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from './cli.js';

/** Screenshots and printed pages the browser tests leave for a person to look at (out/ is not committed). */
export const ARTIFACTS = join(ROOT, 'out', 'test-artifacts');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(CHROMIUM);
export const browserReason = `Chromium is not installed at ${CHROMIUM} (apt-get install chromium)`;

if (process.env.CI === 'true' && !browserAvailable) throw new Error(`CI=true but ${browserReason}: .ci/run should have installed it`);

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}
