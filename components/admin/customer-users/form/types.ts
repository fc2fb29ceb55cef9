import type { UseFormReturn } from "react-hook-form";

import type { CustomerUserFormInput, CustomerUserFormValues } from "@/lib/customer-users/schema";

export type CustomerUserForm = UseFormReturn<CustomerUserFormInput, unknown, CustomerUserFormValues>;

/**
 * The pickers the viewer may not use, each with the sentence shown in its place: they list records
 * of a resource the viewer may not view. The value already chosen (an id) stays as it was.
 */
export type DeniedPickers = Partial<Record<"companies" | "staffUsers" | "customerRoles", string>>;
