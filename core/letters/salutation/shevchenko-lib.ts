/**
 * The `shevchenko` library (Ukrainian anthroponym declension), loaded lazily: it pulls in TensorFlow.js
 * (used for family names), so bundlers put it in a chunk of its own that loads only when a Ukrainian
 * salutation is asked for, and Node pays for it only then.
 * Bundlers read its ES module build; Node's own ESM loader gets its CommonJS build, whose named exports
 * Node finds, but, as for `rrule`, we fall back to the default export should they ever be hidden.
 */
import type * as ShevchenkoModule from 'shevchenko';

export type Shevchenko = typeof ShevchenkoModule;

let loading: Promise<Shevchenko> | undefined;

export function loadShevchenko(): Promise<Shevchenko> {
  loading ??= import('shevchenko').then(
    (module) => {
      // Read without naming the property, so bundlers do not warn that the ES build has no default export.
      const commonJsExports = Object.getOwnPropertyDescriptor(module, 'default')?.value as
        Shevchenko | undefined;
      return typeof module.inVocative === 'function' ? module : (commonJsExports ?? module);
    },
    (error: unknown) => {
      loading = undefined; // let a later call try again
      throw error;
    },
  );
  return loading;
}
