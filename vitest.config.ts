import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects: pure/unit code in Node, React components in jsdom, and end-to-end tests that
// drive the built browser mode in Debian's Chromium (they need `npm run build` first).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'test/*.test.ts',
            'test/sync/**/*.test.ts',
            'bench/**/*.test.ts',
            'core/**/*.test.ts',
            'db/**/*.test.ts',
            'main/**/*.test.ts',
            'preload/**/*.test.ts',
            'server/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['renderer/test-setup.ts'],
          include: ['renderer/**/*.test.tsx', 'renderer/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
