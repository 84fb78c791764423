import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rules that keep the layers apart: renderer/ and core/ cannot reach Node, Electron, db or main. */
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    [
      'renderer/inquiries/Bad.tsx',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    ['renderer/inquiries/Bad.tsx', "import fs from 'fs';\nexport const x = fs;\n"],
    [
      'renderer/inquiries/Bad.tsx',
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
    ],
    [
      'renderer/inquiries/Bad.tsx',
      "import { openDatabase } from '../../db/connection';\nexport const x = openDatabase;\n",
    ],
    [
      'renderer/inquiries/Bad.tsx',
      "import { handlers } from '../../main/api/handlers';\nexport const x = handlers;\n",
    ],
    ['core/inquiries/bad.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n"],
    ['core/inquiries/bad.ts', "import { randomUUID } from 'node:crypto';\nexport const x = randomUUID;\n"],
    ['core/inquiries/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
  ])('%s may not import: %s', async (file, code) => {
    expect(await restricted(file, code)).not.toHaveLength(0);
  });

  it('lets main-side code use Node and the database', async () => {
    expect(
      await restricted(
        'main/services/ok.ts',
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      ),
    ).toEqual([]);
    expect(
      await restricted(
        'renderer/ok.ts',
        "import { contract } from '../core/api/contract';\nexport const x = contract;\n",
      ),
    ).toEqual([]);
  });
});
