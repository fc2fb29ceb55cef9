import { formatPhone } from "@/lib/contact-fields";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The fields of an address an order keeps as it was at checkout. */
export const SNAPSHOT_SELECT = {
  organization: true,
  firstName: true,
  lastName: true,
  street: true,
  street2: true,
  postalCode: true,
  city: true,
  region: true,
  country: true,
  phone: true,
} as const;

export type AddressSnapshot = { [K in keyof typeof SNAPSHOT_SELECT]: string | null };

/** The addresses a customer user may ship or bill to: their own and their company's. */
export const addressBookOf = (customer: { id: string; companyId: string }): Prisma.CustomerAddressWhereInput => ({
  OR: [{ customerUserId: customer.id }, { companyId: customer.companyId }],
});

/** The address as printed lines, for the order pages and the back office. */
export function addressLines(a: AddressSnapshot | null): string[] {
  if (!a) return [];
  const name = [a.firstName, a.lastName].filter(Boolean).join(" ");
  return [
    a.organization,
    name,
    a.street,
    a.street2,
    [a.postalCode, a.city].filter(Boolean).join(" "),
    [a.region, a.country].filter(Boolean).join(", "),
    formatPhone(a.phone),
  ].filter((l): l is string => !!l);
}

export function asSnapshot(value: unknown): AddressSnapshot | null {
  return value && typeof value === "object" ? (value as AddressSnapshot) : null;
}

/** The addresses offered at checkout, labelled for the pickers, with the defaults preselected. */
export async function checkoutAddresses(customer: { id: string; companyId: string }) {
  const rows = await prisma.customerAddress.findMany({
    where: { AND: [addressBookOf(customer), { OR: [{ billing: true }, { shipping: true }] }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      label: true,
      customerUserId: true,
      billing: true,
      shipping: true,
      defaultBilling: true,
      defaultShipping: true,
      ...SNAPSHOT_SELECT,
    },
  });
  const option = (a: (typeof rows)[number]) => ({
    id: a.id,
    label: [a.label, ...addressLines(a).slice(0, 4)].filter(Boolean).join(", "),
  });
  const billing = rows.filter((a) => a.billing);
  const shipping = rows.filter((a) => a.shipping);
  const preferred = (list: typeof rows, flag: "defaultBilling" | "defaultShipping") =>
    (list.find((a) => a[flag] && a.customerUserId) ?? list.find((a) => a[flag]) ?? list[0])?.id ?? "";
  return {
    billing: billing.map(option),
    shipping: shipping.map(option),
    defaults: {
      billingAddressId: preferred(billing, "defaultBilling"),
      shippingAddressId: preferred(shipping, "defaultShipping"),
    },
  };
}
