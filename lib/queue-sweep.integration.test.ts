import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { outageLog } from "./db-outage";
import { startQueueSweep } from "./queue-sweep";

let boss: PgBoss;
const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

beforeAll(async () => {
  boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, max: 2 });
  await boss.start();
});
afterAll(() => boss.stop({ graceful: false, wait: true }));

async function freshQueue() {
  const queue = `sweep-test-${randomUUID().slice(0, 8)}`;
  await boss.createQueue(queue, { name: queue, policy: "stately" });
  return queue;
}

describe("queue sweep", () => {
  it("hands each due id to the queue once, however often it is found due", async () => {
    const queue = await freshQueue();
    const sweeper = startQueueSweep({
      boss,
      queue,
      seconds: 60,
      outage: outageLog(() => {}),
      what: "thing",
      due: async () => ["a", "b"],
    });
    expect(await sweeper.sweep()).toBe(2);
    await sweeper.sweep();
    const jobs = await boss.fetch<{ id: string }>(queue, { batchSize: 10 });
    expect(jobs.map((j) => j.data.id).sort()).toEqual(["a", "b"]);
    await sweeper.pause();
  });

  it("logs an outage once and its end, and a stop waits for the sweep under way", async () => {
    const queue = await freshQueue();
    const lines: string[] = [];
    let calls = 0;
    let release = () => {};
    const sweeper = startQueueSweep({
      boss,
      queue,
      seconds: 0.05,
      outage: outageLog((l) => lines.push(l)),
      what: "thing",
      due: async () => {
        calls++;
        if (calls <= 3) throw refused;
        // the fourth sweep is slow: a stop must wait for it
        await new Promise<void>((r) => (release = r));
        return ["c"];
      },
    });
    while (calls < 4) await new Promise((r) => setTimeout(r, 20));
    let stopped = false;
    const stopping = sweeper.pause().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(calls).toBe(4);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^database unreachable/);
    expect(lines[1]).toMatch(/^database reachable again/);
    expect((await boss.fetch<{ id: string }>(queue)).map((j) => j.data.id)).toEqual(["c"]);
  });
});
