import { spawn } from "node:child_process";

/**
 * Keeps `cmd args` running: when it exits without being asked to, it is started again after 1 s, 2 s,
 * 4 s ... up to `maxDelayMs` (back to 1 s once a run lasted `stableMs`), so one crash costs a second
 * and a crash loop does not spin. stop() sends SIGTERM, then SIGKILL after `graceMs`.
 */
export function supervise(
  name,
  cmd,
  args,
  { env = process.env, log, minDelayMs = 1000, maxDelayMs = 30_000, stableMs = 60_000, graceMs = 10_000 },
) {
  let child = null;
  let stopping = false;
  let timer = null;
  let delay = minDelayMs;
  let runs = 0;

  function start() {
    const startedAt = Date.now();
    const current = spawn(cmd, args, { stdio: "inherit", env });
    child = current;
    runs++;
    let ended = false;
    const end = (why) => {
      if (ended) return;
      ended = true;
      if (stopping) return;
      if (Date.now() - startedAt >= stableMs) delay = minDelayMs;
      log(`${name} ${why}; starting it again in ${delay / 1000}s`);
      timer = setTimeout(start, delay);
      delay = Math.min(delay * 2, maxDelayMs);
    };
    current.on("error", (e) => end(`could not run (${e.message})`));
    current.on("exit", (code, signal) => end(signal ? `was killed by ${signal}` : `exited with code ${code}`));
  }

  start();
  return {
    /** how often it was started */
    get runs() {
      return runs;
    },
    async stop() {
      stopping = true;
      clearTimeout(timer);
      const c = child;
      if (!c?.pid || c.exitCode !== null || c.signalCode !== null) return;
      await new Promise((resolve) => {
        c.once("exit", resolve);
        const kill = setTimeout(() => c.kill("SIGKILL"), graceMs);
        c.once("exit", () => clearTimeout(kill));
        c.kill("SIGTERM");
      });
    },
  };
}
