// The width table that header lines are measured with is what npm run gen:font-widths makes from
// Liberation Serif 2, whose metrics are Times New Roman's. Needs the fonts (Debian: fonts-liberation2, which
// .ci/run installs); without them it says it skipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_DIR, fontWidthsSource } from '../scripts/gen-font-widths.mjs';
import { ROOT } from './support/cli.js';

const fonts = existsSync(join(FONT_DIR, 'LiberationSerif-Regular.ttf')) && existsSync(join(FONT_DIR, 'LiberationSerif-Bold.ttf'));

describe('font widths', () => {
  it.runIf(fonts)('src/nd30/font-widths.generated.ts is what npm run gen:font-widths makes', () => {
    expect(readFileSync(join(ROOT, 'src/nd30/font-widths.generated.ts'), 'utf8')).toBe(fontWidthsSource());
  });
});
