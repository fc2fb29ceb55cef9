import type { UseFormReturn } from "react-hook-form";
import type { CustomerUserFormInput, CustomerUserFormValues } from "@/lib/customer-users/schema";

export type CustomerUserForm = UseFormReturn<CustomerUserFormInput, unknown, CustomerUserFormValues>;
