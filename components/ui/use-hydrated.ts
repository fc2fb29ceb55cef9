import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False during server rendering, true once React has hydrated (forms mark it for e2e tests and users alike). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
