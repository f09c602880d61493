import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    rollupOptions: {
      onwarn(warning, warn) {
        // A dependency (zod) places purity comments where Rollup cannot use them; Rollup
        // drops them, harmlessly, with a screenful of warnings at every build.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/sync': { target: 'ws://localhost:8080', ws: true },
    },
  },
  test: {
    name: 'web',
    root: import.meta.dirname,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['./src/app/test-setup.ts'],
    // Component tests type, render whole briefings and wait for workers; none measures time
    // (benchmarks do), so a busy machine must not fail them at the default 5 s.
    testTimeout: 30_000,
  },
});
