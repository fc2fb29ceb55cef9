import { handlers } from "@/lib/auth/customer-auth";

export const { GET, POST } = handlers;
