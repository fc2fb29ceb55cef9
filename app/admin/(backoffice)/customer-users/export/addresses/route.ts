import { exportRoute } from "@/lib/customer-users/export-routes";

export const GET = exportRoute("addresses");
