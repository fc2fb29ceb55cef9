import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";

import { supervise } from "./supervise.mjs";

const node = (script: string) => [process.execPath, ["-e", script]] as const;

async function until(check: () => boolean, ms = 5000) {
  for (const end = Date.now() + ms; !check(); await sleep(20)) if (Date.now() > end) throw new Error("timed out");
}

describe("supervise", () => {
  it("starts a child that died again, waiting longer after each quick death, and says why", async () => {
    const lines: string[] = [];
    const [cmd, args] = node("process.exit(3)");
    const child = supervise("the e-mail worker", cmd, [...args], {
      log: (l: string) => lines.push(l),
      minDelayMs: 50,
      maxDelayMs: 120,
    });
    await until(() => child.runs >= 4);
    await child.stop();
    expect(lines.slice(0, 3)).toEqual([
      "the e-mail worker exited with code 3; starting it again in 0.05s",
      "the e-mail worker exited with code 3; starting it again in 0.1s",
      "the e-mail worker exited with code 3; starting it again in 0.12s",
    ]);
  });

  it("names the signal that killed it", async () => {
    const lines: string[] = [];
    const [cmd, args] = node("process.kill(process.pid, 'SIGKILL')");
    const child = supervise("the web server", cmd, [...args], { log: (l: string) => lines.push(l), minDelayMs: 50 });
    await until(() => lines.length >= 1);
    await child.stop();
    expect(lines[0]).toBe("the web server was killed by SIGKILL; starting it again in 0.05s");
  });

  it("stops a running child with SIGTERM and does not start it again", async () => {
    const lines: string[] = [];
    const [cmd, args] = node("process.on('SIGTERM', () => process.exit(0)); setInterval(() => {}, 1000)");
    const child = supervise("the web server", cmd, [...args], { log: (l: string) => lines.push(l), minDelayMs: 50 });
    await sleep(300);
    await child.stop();
    await sleep(200);
    expect(child.runs).toBe(1);
    expect(lines).toEqual([]);
  });

  it("kills a child that ignores SIGTERM after the grace period", async () => {
    const [cmd, args] = node("process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)");
    const child = supervise("the e-mail worker", cmd, [...args], { log: () => {}, graceMs: 200 });
    await sleep(300);
    const t0 = Date.now();
    await child.stop();
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
