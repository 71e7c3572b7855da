import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The server serves the built app from its wwwroot/app folder (Spa:Root), so `dotnet run` needs no Node at run time.
const serverUrl = process.env.WORKFLOWAGENCY_URL ?? 'http://localhost:5180';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../engine/WorkflowAgency.Server/wwwroot/app',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': serverUrl,
      '/client': serverUrl,
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
