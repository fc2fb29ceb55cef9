import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { makeStaff } from "@/tests/staff-fixtures";

import { listAccountActivity, setAssistanceAllowed } from "./account";

const NOW = new Date("2031-03-01T12:00:00.000Z");
const min = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe("the customer's account activity", () => {
  it("lists assistance that began, newest first, with the staff member's first name; not previews or unused links", async () => {
    const { user, website } = await makeCustomerUser({ confirmed: true });
    const staff = await makeStaff();
    const base = {
      staffUserId: staff.id,
      customerUserId: user.id,
      customerEmail: user.email,
      websiteId: website.id,
      startTokenExpiresAt: min(1),
      reason: "r",
    };
    await prisma.impersonationSession.createMany({
      data: [
        {
          ...base,
          purpose: "ASSIST",
          startedAt: min(-60),
          expiresAt: min(-30),
          endedAt: min(-48),
          endReason: "LOGGED_OUT",
        },
        { ...base, purpose: "ASSIST", startedAt: min(-5), expiresAt: min(25) },
        { ...base, purpose: "PREVIEW", startedAt: min(-3), expiresAt: min(27) },
        { ...base, purpose: "ASSIST", expiresAt: min(1) },
      ],
    });
    const { rows, total } = await listAccountActivity(user.id, 1, NOW);
    expect(total).toBe(2);
    expect(rows.map((r) => [r.startedAt, r.until, r.live, r.staffFirstName])).toEqual([
      [min(-5), NOW, true, "Acl"],
      [min(-60), min(-48), false, "Acl"],
    ]);
  });

  it("stores the customer's answer on assistance, audited once per change", async () => {
    const { user } = await makeCustomerUser({ confirmed: true });
    const actor = { staffId: null, label: `storefront: ${user.email}`, ip: "192.0.2.1" };
    await setAssistanceAllowed(actor, user.id, true);
    await setAssistanceAllowed(actor, user.id, true);
    await setAssistanceAllowed(actor, user.id, false);
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id: user.id } })).assistanceAllowed).toBe(false);
    const audit = await prisma.auditLog.findMany({
      where: { entity: "customer-user", entityId: user.id },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(audit.map((a) => a.changes)).toEqual([
      { assistanceAllowed: { before: null, after: true } },
      { assistanceAllowed: { before: true, after: false } },
    ]);
  });
});
