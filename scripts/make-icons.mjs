// Renders the add-in icon (an SVG drawn here) to the PNG sizes the manifest uses, with the
// system's headless Chromium. Run `node scripts/make-icons.mjs` after changing the drawing;
// the PNGs are committed so builds need no browser.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import chromiumLauncher from './chromium.cjs';

const { launchChromium } = chromiumLauncher;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'assets/icons');
const sizes = [16, 32, 64, 80, 128];

// A ticket (notched card) with a check mark, on the Outlook blue. Thicker strokes at small
// sizes keep the check readable at 16 px.
function svg(size) {
  const stroke = size <= 16 ? 16 : size <= 32 ? 13 : 11;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="0" y="0" width="128" height="128" rx="24" fill="#0F6CBD"/>
  <path d="M18 34 h92 v18 a12 12 0 0 0 0 24 v18 h-92 v-18 a12 12 0 0 0 0 -24 z" fill="#FFFFFF"/>
  <path d="M40 64 l16 16 l32 -32" fill="none" stroke="#107C10" stroke-width="${stroke}"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

const browser = await launchChromium();
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    const file = path.join(outDir, `icon-${size}.png`);
    await writeFile(file, png);
    console.log(`${path.relative(root, file)}: ${size}x${size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
