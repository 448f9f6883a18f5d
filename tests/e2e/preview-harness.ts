// Starts scripts/serve.mjs on a free port and Debian's Chromium (never a downloaded browser)
// for the preview-page tests. Needs `npm run build` first.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
const { executablePath, args } = require('../../scripts/chromium.cjs') as {
  executablePath: string;
  args: string[];
};

export const root = path.join(__dirname, '../..');
export const outputDir = path.join(root, 'test-output');

export interface Harness {
  server: ChildProcess;
  baseUrl: string;
  browser: Browser;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(path.join(root, 'dist/preview/index.html'))) {
    throw new Error('dist/preview/index.html is missing: run `npm run build` before the e2e tests');
  }
  const server = spawn(
    process.execPath,
    [path.join(root, 'scripts/serve.mjs'), '--port', '0', '--no-https'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start:\n${out}`)), 15_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Preview: (http:\/\/localhost:\d+)\/preview\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    server.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}:\n${out}`)));
  });
  const browser = await chromium.launch({
    executablePath,
    args,
  });
  return { server, baseUrl, browser };
}

export async function stopHarness(h: Harness | undefined): Promise<void> {
  await h?.browser.close();
  h?.server.kill();
}

/**
 * Opens the preview in a fresh context (empty localStorage); collects page errors and every
 * request that leaves localhost (the preview must not load office.js or anything else).
 */
export async function openPreview(
  h: Harness,
  query = '',
): Promise<{ page: Page; errors: string[]; external: string[] }> {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(h.baseUrl)) external.push(r.url());
  });
  await page.goto(`${h.baseUrl}/preview/${query}`);
  return { page, errors, external };
}

/** Runs axe-core on the pane and returns its violations (rule id and offending nodes). */
export async function axeViolations(page: Page): Promise<Array<{ id: string; nodes: string[] }>> {
  // Evaluated through the DevTools protocol: the pages' Content-Security-Policy refuses an
  // injected inline <script>, as it should.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: string,
          ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run('#root');
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html) }));
  });
}
