import { handlers } from "@/lib/identity/shop-auth";

export const { GET, POST } = handlers;
