/**
 * How the worker process is started, by `npm start` and by `npm run worker` alike: node itself with
 * the TypeScript loader (no second process between), and memory settings for a long-lived
 * background process that works in chunks:
 * - its V8 heap capped (WORKER_MAX_HEAP_MB, 96 MB) and a small young generation, so garbage is
 *   collected early rather than the heap growing into what the machine has;
 * - V8 single-threaded: a background process has no use for parallel compilers and collectors,
 *   whose threads each keep an allocator arena of their own;
 * - at most two glibc allocator arenas (MALLOC_ARENA_MAX, 2 unless set).
 * `npm run bench:csv` starts its import worker the same way and measures it.
 */
export function workerCommand(env = process.env, script = "scripts/worker.ts") {
  const heapMb = Number(env.WORKER_MAX_HEAP_MB ?? 96);
  if (!Number.isInteger(heapMb) || heapMb < 64)
    throw new Error(
      `WORKER_MAX_HEAP_MB must be a whole number of megabytes, at least 64 (it is "${env.WORKER_MAX_HEAP_MB}")`,
    );
  return {
    cmd: process.execPath,
    args: [
      `--max-old-space-size=${heapMb}`,
      "--max-semi-space-size=2",
      "--single-threaded",
      "--import",
      "tsx",
      "--conditions=react-server",
      script,
    ],
    env: { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2" },
  };
}
