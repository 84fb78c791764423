import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl } from './security';

describe('security policy', () => {
  it('the renderer page carries the same CSP as the browser-mode header', () => {
    const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });

  it.each([
    ['https://bip.um.example.pl/', true],
    ['mailto:rzecznik@um.example.pl', true],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['not a url', false],
  ])('%s may be opened outside: %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });
});
