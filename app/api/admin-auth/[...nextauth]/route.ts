import { handlers } from "@/lib/identity/staff-auth";

export const { GET, POST } = handlers;
