import Link from "next/link";

import type { GridColumn } from "@/components/ui/admin-grid";
import type { Sees } from "@/lib/acl/visibility";

type Person = { firstName: string; lastName: string; email: string };
type Document = { number: string; company: { name: string } | null; customerUser: Person | null };

/**
 * The columns a customer's quotes and requests for quote share: the number, which opens the document
 * under `base`, then its company and customer user, for viewers who may view those.
 */
export function documentColumns<R extends Document>(
  base: string,
  sees: Sees,
  person: (p: Person) => string,
): GridColumn<R, "number">[] {
  return [
    {
      key: "number",
      sort: "number",
      cell: (d) => (
        <Link className="underline" href={`${base}/${d.number}`}>
          {d.number}
        </Link>
      ),
    },
    { key: "company", show: sees("customers/company/view"), cell: (d) => d.company?.name },
    {
      key: "customerUser",
      show: sees("customers/customer-user/view"),
      cell: (d) => (d.customerUser ? person(d.customerUser) : "—"),
    },
  ];
}
