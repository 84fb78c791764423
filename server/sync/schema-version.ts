import { SCHEMA_VERSION } from '../../db/migrations';
import { ServerError } from '../errors';

/**
 * Which workstation data schemas this server syncs with. Synced tables only grow (additive changes),
 * but a workstation older than the server lacks fields the others write, so it is told to update;
 * one newer than the server is refused too and the administrator is told to update the server.
 */
export interface SchemaVersions {
  min: number;
  max: number;
}

export const DEFAULT_SCHEMA_VERSIONS: SchemaVersions = { min: SCHEMA_VERSION, max: SCHEMA_VERSION };

export function checkSchemaVersion(version: number, versions: SchemaVersions): void {
  const details = {
    clientSchemaVersion: version,
    minSchemaVersion: versions.min,
    maxSchemaVersion: versions.max,
  };
  if (version < versions.min)
    throw new ServerError(
      426,
      'CLIENT_TOO_OLD',
      `This workstation's PressDesk is older than the server (data schema ${version}, the server needs ${versions.min}). Update PressDesk on this workstation.`,
      details,
    );
  if (version > versions.max)
    throw new ServerError(
      409,
      'BAD_REQUEST',
      `The PressDesk server is older than this workstation (data schema ${version}, the server knows up to ${versions.max}). Ask the administrator to update the server.`,
      { ...details, reason: 'SERVER_TOO_OLD' },
    );
}
