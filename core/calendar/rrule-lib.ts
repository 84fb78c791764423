/**
 * The `rrule` library, imported so that it works everywhere we run: bundlers (Vite, esbuild, vitest)
 * read its ES module build, but Node's own ESM loader (tsx scripts, crash tests) gets its UMD build,
 * whose named exports Node cannot see — there the classes hang off the default export.
 */
import * as rruleModule from 'rrule';

type RruleModule = typeof rruleModule;
// Read without naming the property, so bundlers do not warn that the ES build has no default export.
const commonJsExports = Object.getOwnPropertyDescriptor(rruleModule, 'default')?.value as
  RruleModule | undefined;
const resolved = commonJsExports ?? rruleModule;

export const RRule = resolved.RRule;
export type RRule = rruleModule.RRule;
export type { Options } from 'rrule';
