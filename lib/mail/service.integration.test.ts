import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";

import type { MailboxParams } from "./params";
import { listEmails } from "./service";

describe("mailbox list on PostgreSQL", () => {
  it("narrows by recipient (any case), newest first, one page at a time", async () => {
    const id = randomUUID().slice(0, 8);
    const at = (minute: number) => new Date(Date.UTC(2031, 0, 31, 12, minute));
    await prisma.emailMessage.createMany({
      data: [0, 1, 2].map((n) => ({
        idempotencyKey: `list:${id}:${n}`,
        to: `Buyer-${id}-${n}@Example.com`,
        subject: `s${n}`,
        text: "t",
        createdAt: at(n),
      })),
    });
    await prisma.emailMessage.create({
      data: {
        idempotencyKey: `list:${id}:other`,
        to: `other-${id.split("").reverse().join("")}@example.com`,
        subject: "x",
        text: "t",
      },
    });
    const base: MailboxParams = { q: `buyer-${id}`, sort: "createdAt", dir: "desc", page: 1, size: 10, filters: {} };

    const all = await listEmails(base);
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.subject)).toEqual(["s2", "s1", "s0"]);

    const second = await listEmails({ ...base, size: 10, page: 2 });
    expect(second.rows).toEqual([]);
    expect((await listEmails({ ...base, dir: "asc" })).rows.map((r) => r.subject)).toEqual(["s0", "s1", "s2"]);
  });
});
