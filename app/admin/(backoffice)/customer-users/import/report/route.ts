import { reportRoute } from "@/lib/customer-import/routes";

export const GET = reportRoute();
