import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a static bundle: Electron loads it from disk (relative base), browser mode serves it.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // One desktop bundle loaded from disk or loopback: its size is not a network concern.
    chunkSizeWarningLimit: 2000,
  },
});
