import { describe, expect, it } from "vitest";

import { attempt, type Failure } from "./run-attempts";

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
const failed = async (f: Failure) => `failed: ${f.reason}${f.detail ? ` (${f.detail})` : ""}`;
const broken = async (): Promise<string> => {
  throw new Error("no such column");
};

describe("attempt", () => {
  it("hands an error back to the queue while attempts are left, and fails the run on the last", async () => {
    await expect(attempt(1, broken, failed)).rejects.toThrow("no such column");
    await expect(attempt(2, broken, failed)).rejects.toThrow("no such column");
    expect(await attempt(3, broken, failed)).toBe("failed: error (no such column)");
  });

  it("gives up without working when earlier workers died too often", async () => {
    let worked = false;
    const work = async () => {
      worked = true;
      return "done";
    };
    expect(await attempt(4, work, failed)).toBe("failed: stopped");
    expect(worked).toBe(false);
  });

  it("does not count a last attempt that made progress before failing, nor a database outage", async () => {
    const progressedThenBroke = async (progressed: () => void): Promise<string> => {
      progressed();
      throw new Error("later chunk failed");
    };
    await expect(attempt(3, progressedThenBroke, failed)).rejects.toThrow("later chunk failed");
    await expect(attempt(3, async () => Promise.reject(refused), failed)).rejects.toThrow("ECONNREFUSED");
    expect(await attempt(3, async () => "done", failed)).toBe("done");
  });
});
