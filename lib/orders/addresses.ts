import type { Prisma } from "@/lib/generated/prisma/client";
import { formatPhone } from "@/lib/contact-fields";

/** The fields of an address an order keeps as it was at checkout. */
export const SNAPSHOT_SELECT = {
  organization: true, firstName: true, lastName: true, street: true, street2: true, postalCode: true, city: true, region: true, country: true, phone: true,
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
  return [a.organization, name, a.street, a.street2, [a.postalCode, a.city].filter(Boolean).join(" "), [a.region, a.country].filter(Boolean).join(", "), formatPhone(a.phone)]
    .filter((l): l is string => !!l);
}

export function asSnapshot(value: unknown): AddressSnapshot | null {
  return value && typeof value === "object" ? (value as AddressSnapshot) : null;
}
