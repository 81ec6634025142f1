'use client'
import { useContext, useState } from 'react'
import { QueryClient, QueryClientContext } from '@tanstack/react-query'

/**
 * The TanStack Query client for the kit's mutations: the one given, else the
 * app's `QueryClientProvider`, else a client of the kit's own, so the hook
 * works in apps that do not use TanStack Query themselves.
 */
export function useFlowQueryClient(given?: QueryClient): QueryClient {
  const fromContext = useContext(QueryClientContext)
  // Cheap to create, and created once per component, used only without the other two.
  const [own] = useState(() => new QueryClient())
  return given ?? fromContext ?? own
}
