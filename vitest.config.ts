import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // "server-only" throws outside React Server Components; the package ships an empty entry for other runtimes
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["lib/**/*.integration.test.ts", "tests/**/*.integration.test.ts"],
          environment: "node",
          // one worker per database of INTEGRATION_DATABASE_URLS (tests/integration-setup.ts); files in a
          // worker share its database, and each test owns its rows
          maxWorkers: Math.max(1, process.env.INTEGRATION_DATABASE_URLS?.split(" ").filter(Boolean).length ?? 1),
          fileParallelism: Boolean(process.env.INTEGRATION_DATABASE_URLS?.includes(" ")),
          testTimeout: 30_000,
          setupFiles: ["tests/integration-setup.ts"],
          // next-auth imports "next/server" without an extension; let Vite resolve it
          server: { deps: { inline: ["next-auth"] } },
        },
      },
      {
        // `npm start` against a PostgreSQL the test stops and starts again (node scripts/test.mjs --only=fault)
        test: {
          name: "fault",
          include: ["tests/**/*.fault.test.ts"],
          environment: "node",
          testTimeout: 100_000,
          hookTimeout: 100_000,
        },
      },
    ],
  },
});
