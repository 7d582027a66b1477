// The CJK font of the printed sign: ZCOOL XiaoWei (站酷小薇, SIL OFL 1.1) from the @fontsource/zcool-xiaowei
// npm package — its "chinese-simplified" file covers ~6,000 characters (GB 2312 level 1 and common level 2)
// and Latin, 2.7 MB as WOFF. Read and unwrapped once per process, on the first sign; nothing is downloaded.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { woffToSfnt } from './woff.js';

const require = createRequire(import.meta.url);

/** The package's exports map only its CSS, so locate the font file next to the package's main stylesheet. */
export function signFontPath(): string {
  const dir = dirname(require.resolve('@fontsource/zcool-xiaowei'));
  return join(dir, 'files', 'zcool-xiaowei-chinese-simplified-400-normal.woff');
}

let font: Promise<Buffer> | undefined;

export function loadSignFont(): Promise<Buffer> {
  font ??= readFile(signFontPath()).then(woffToSfnt);
  // A failed read is not cached: the next sign tries again.
  font.catch(() => {
    font = undefined;
  });
  return font;
}
