import type { StaffSession } from "@/lib/identity/staff-session";
import { CURRENCY } from "@/lib/money/money";
import { addressChoicesFor } from "@/lib/sales-documents/staff-documents";

import { DocumentForm } from "./document-form";

type Props = {
  kind: "order" | "quote";
  customerUserId: string;
  staff: StaffSession;
  fromRequest?: Parameters<typeof DocumentForm>[0]["fromRequest"];
};

/** The new order or quote form with what the server knows: the customer's address book, and whether this staff member may change prices. */
export async function NewDocument({ kind, customerUserId, staff, fromRequest }: Props) {
  const addresses = kind === "order" ? ((await addressChoicesFor(customerUserId)) ?? undefined) : undefined;
  return (
    <DocumentForm
      kind={kind}
      customerUserId={customerUserId}
      currency={CURRENCY}
      fromRequest={fromRequest}
      addresses={addresses}
      mayOverridePrice={staff.can(kind === "order" ? "sales/order/override-price" : "sales/quote/override-price")}
      mayLookUp={staff.can("catalog/product/view")}
    />
  );
}
