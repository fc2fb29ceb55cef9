import { templateRoute } from "@/lib/customer-users/export-routes";

export const GET = templateRoute();
