// Builds everything the app runs from dist/: the renderer with Vite, and the main side
// (Electron main, browser-mode server, sandboxed preload) with esbuild. Most dependencies stay external.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });

// Pure-JS libraries of core/ are bundled (their ES module builds); everything else (native
// modules, servers, document libraries) stays external.
const BUNDLED = new Set(['rrule', 'ical.js', 'timezones-ical-library']);
const external = Object.keys(pkg.dependencies ?? {})
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external,
  define,
  logLevel: 'warning',
  sourcemap: true,
};
await esbuild({
  ...node,
  entryPoints: { web: 'main/web/main.ts' },
  outdir: 'dist/main',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
});
// Big batches of letters render in a worker thread (main/letters/worker): its own bundle beside the main ones.
await esbuild({
  ...node,
  entryPoints: { 'render-worker': 'main/letters/worker/render-worker.ts' },
  outdir: 'dist/main',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
});
await esbuild({
  ...node,
  entryPoints: { electron: 'main/electron/main.ts' },
  outdir: 'dist/main',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  external: [...external, 'electron'],
});
// A sandboxed preload must be one CommonJS file that requires nothing but 'electron'.
await esbuild({
  ...node,
  packages: undefined,
  external: ['electron'],
  entryPoints: { preload: 'preload/preload.ts' },
  outdir: 'dist/preload',
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
});
console.log('Built dist/renderer, dist/main, dist/preload');
