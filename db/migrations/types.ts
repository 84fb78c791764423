export interface Migration {
  version: number;
  name: string;
  /** SQL applied inside the one migration transaction. Synced tables: additive changes only. */
  up: string;
}
