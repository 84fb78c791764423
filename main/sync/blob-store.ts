import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export interface StoredBlob {
  sha256: string;
  size: number;
  path: string;
}

/**
 * Attachments stored by content: `<dataDir>/blobs/<sha256>`. A file there is complete and verified;
 * downloads in progress live next to it as `<sha256>.part` until their hash checks out.
 */
export class BlobStore {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'blobs');
  }

  pathOf(sha256: string): string {
    assertSha256(sha256);
    return join(this.dir, sha256);
  }

  partPathOf(sha256: string): string {
    return `${this.pathOf(sha256)}.part`;
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  /** Copies a file into the store (e.g. a scan the user attaches) and returns its address. */
  async importFile(source: string): Promise<StoredBlob> {
    const sha256 = await sha256OfFile(source);
    const size = statSync(source).size;
    const path = this.pathOf(sha256);
    if (!existsSync(path)) {
      mkdirSync(this.dir, { recursive: true });
      const tmp = join(this.dir, `.${randomUUID()}.tmp`);
      try {
        await copyFile(source, tmp);
        if ((await sha256OfFile(tmp)) !== sha256) throw new Error(`${source} changed while being copied`);
        renameSync(tmp, path);
      } finally {
        await rm(tmp, { force: true });
      }
    }
    return { sha256, size, path };
  }

  importBytes(bytes: Uint8Array): StoredBlob {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = this.pathOf(sha256);
    if (!existsSync(path)) {
      mkdirSync(this.dir, { recursive: true });
      const tmp = join(this.dir, `.${randomUUID()}.tmp`);
      writeFileSync(tmp, bytes);
      renameSync(tmp, path);
    }
    return { sha256, size: bytes.byteLength, path };
  }
}

export function assertSha256(sha256: string): void {
  if (!SHA256_PATTERN.test(sha256)) throw new Error(`Not a sha256 address: ${sha256}`);
}

export function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
