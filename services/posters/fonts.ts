/** The embedded poster font: Noto Sans HK (OFL), parsed once per process and subset into each PDF. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

/** The font file name inside resources/fonts. */
export const POSTER_FONT_FILE = 'NotoSansHK-Bold.ttf';

let cached: { path: string; font: unknown } | null = null;

/** The fontkit font for posters, created on first use; pdfkit accepts it directly and embeds a subset. */
export function posterFont(resourcesDir: string): unknown {
  const path = join(resourcesDir, 'fonts', POSTER_FONT_FILE);
  if (cached?.path !== path) cached = { path, font: fontkit.create(readFileSync(path)) };
  return cached.font;
}
