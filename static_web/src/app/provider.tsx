import { ChakraProvider } from "@chakra-ui/react";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Toaster } from "@/components/ui/toaster";
import { handleApiError } from "@/lib/api-errors";
import { AuthProvider } from "@/lib/auth";
import { isApiError } from "@/lib/problem";
import { system } from "./theme";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => handleApiError(error, "query") }),
    // A form that shows its own errors beside its fields says so (`meta.inlineErrors`): no second toast.
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.inlineErrors) handleApiError(error, "mutation");
      },
    }),
    defaultOptions: {
      queries: {
        // A 4xx will not fix itself; network blips and 5xx get two more tries.
        retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ChakraProvider value={system}>
      <QueryClientProvider client={client}>
        <AuthProvider>
          {children}
          <Toaster />
        </AuthProvider>
      </QueryClientProvider>
    </ChakraProvider>
  );
}
