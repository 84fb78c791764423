/** Injected at build time from package.json by scripts/build.mjs; "dev" when run from source. */
declare const __APP_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
