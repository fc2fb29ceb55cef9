/**
 * How the worker process is started, by `npm start` and by `npm run worker` alike: node itself with
 * the TypeScript loader (no second process between), and memory settings for a long-lived
 * background process that works in chunks:
 * - its V8 heap capped (WORKER_MAX_HEAP_MB, 256 MB) and a 16 MB young generation, so garbage is
 *   collected before the heap grows into what the machine has;
 * - at most two glibc allocator arenas (MALLOC_ARENA_MAX, 2 unless set) instead of one per thread.
 * Tighter settings save memory at the cost of time: a 96 MB cap with a 4 MB young generation made an
 * import of updates about a quarter slower, running V8 single-threaded about a third.
 * `npm run bench:csv` starts its import worker the same way and measures it.
 */
export function workerCommand(env = process.env, script = "scripts/worker.ts") {
  const heapMb = Number(env.WORKER_MAX_HEAP_MB ?? 256);
  if (!Number.isInteger(heapMb) || heapMb < 64)
    throw new Error(
      `WORKER_MAX_HEAP_MB must be a whole number of megabytes, at least 64 (it is "${env.WORKER_MAX_HEAP_MB}")`,
    );
  return {
    cmd: process.execPath,
    args: [
      `--max-old-space-size=${heapMb}`,
      "--max-semi-space-size=16",
      "--import",
      "tsx",
      "--conditions=react-server",
      script,
    ],
    env: { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2" },
  };
}
