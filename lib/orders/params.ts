import type { GridParams } from "@/lib/grid/params";

export const ORDER_SORTS = ["number", "total", "status", "createdAt"] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];
export const ORDER_STATUSES = ["OPEN", "PROCESSING", "SHIPPED", "CLOSED", "CANCELLED"] as const;
export const ORDER_FILTERS = {
  status: ORDER_STATUSES,
  createdBy: ["staff", "customer"],
} as const;
export type OrderFilter = keyof typeof ORDER_FILTERS;
export type OrderListParams = GridParams<OrderSort, OrderFilter>;
export const ORDER_GRID = {
  sorts: ORDER_SORTS,
  defaultSort: "createdAt",
  defaultDir: "desc",
  filters: ORDER_FILTERS,
} as const;
