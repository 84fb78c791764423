/**
 * Small helpers for reading the UI in tests. Controls are always found by role and accessible name in the
 * tests themselves; these helpers only wait, read text and capture downloads.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Retries `read` until the assertion that follows passes (playwright-core has no auto-waiting expect). */
export function eventually<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}

/** The <dd> that belongs to the <dt> with exactly this text, in the detail page's facts list. */
export function fact(page: Page, term: string): Locator {
  return page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** The text of every cell, row by row (header row included), of a table found by role. */
export async function tableRows(table: Locator): Promise<string[][]> {
  const rows = await table.getByRole('row').all();
  return Promise.all(
    rows.map(async (row) => (await row.getByRole('cell').allTextContents()).map((text) => text.trim())),
  );
}

/** Clicks something that starts a download and returns the file's name and bytes. */
export async function download(page: Page, trigger: Locator): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), bytes: await readFile(path) };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
