// How the home page reaches the server. Tests pass a fake client factory; the app uses the
// real REST client.
import { createContext, useContext } from 'react';
import { createApiClient, type ApiClient } from '../api/client.ts';

export type ClientFactory = (token: string | null) => ApiClient;

export const ClientFactoryContext = createContext<ClientFactory>((token) => createApiClient(token));

export function useClientFactory(): ClientFactory {
  return useContext(ClientFactoryContext);
}
