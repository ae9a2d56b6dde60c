import { createContext, useContext, type ReactNode } from 'react';
import type { EngineRunner, WorkbookBridge } from '../bridge/types';

/** Fetches a file that ships beside the pane (case studies); injectable so tests need no network. */
export type AssetFetcher = (path: string) => Promise<ArrayBuffer>;

export interface PaneServices {
  bridge: WorkbookBridge;
  runner: EngineRunner;
  fetchAsset: AssetFetcher;
}

const ServicesContext = createContext<PaneServices | null>(null);

export function ServicesProvider({ services, children }: { services: PaneServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('The task pane was rendered without its bridge and runner.');
  return services;
}

export const fetchAssetOverHttp: AssetFetcher = async (path) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`Could not download ${path} (HTTP ${response.status}).`);
  return response.arrayBuffer();
};
