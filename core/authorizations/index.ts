/**
 * Public API of interview authorizations (Prawo prasowe art. 14a). Pure TypeScript: no Node, no Electron.
 * See README.md in this folder for the legal decisions, their sources and confidence.
 */
export * from './schema';
export * from './deadline';
export * from './lifecycle';
export * from './diff';
export * from './reply';
