import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { countAssignedCustomerUsers } from "@/lib/customer-assignment/service";

/** On a staff user's page: how many customer users they hold, and the way to change that. */
export async function AssignedCustomersLink({ staffUserId }: { staffUserId: string }) {
  const [t, count] = await Promise.all([
    getTranslations("customerAssignment"),
    countAssignedCustomerUsers(staffUserId),
  ]);
  return (
    <p className="mb-4 text-sm" data-testid="assigned-customers-count">
      {t("count", { count })}{" "}
      <Link className="underline" href={`/admin/users/${staffUserId}/customers`}>
        {t("manage")}
      </Link>
    </p>
  );
}
