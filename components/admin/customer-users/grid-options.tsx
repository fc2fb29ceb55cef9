"use client";

import { createContext, useContext, type ReactNode } from "react";

import { SavedViews } from "@/components/admin/grid-views/saved-views";

type Website = { id: string; name: string };
type View = { id: string; name: string; isDefault: boolean };
type Options = { websites: Website[]; views: View[] };

const OptionsContext = createContext<Options>({ websites: [], views: [] });

/**
 * What the customer users grid offers that no filter, sort or page changes: the website filter's
 * choices and the viewer's saved views. Its layout reads them once, so a navigation within the
 * grid does not read them again (saving or deleting a view refreshes the layout).
 */
export function GridOptions({ children, ...options }: Options & { children: ReactNode }) {
  return <OptionsContext value={options}>{children}</OptionsContext>;
}

export const useWebsiteOptions = (): Website[] => useContext(OptionsContext).websites;

/** The viewer's saved views of the grid; `state` is the grid's state as its URL holds it now. */
export function CustomerUserViews({ state }: { state: Record<string, string | string[]> }) {
  const { views } = useContext(OptionsContext);
  return <SavedViews grid="customer-users" base="/admin/customer-users" views={views} state={state} />;
}
