import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { CaseDetail } from '../../lib/types';

export const caseKey = (id: string) => ['case', id] as const;

/** One case as the viewer sees it; refreshed every 15 s while the page is open so the other side's moves show. */
export function useCase(id: string, token: string | null, enabled = true) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: () => api.getCase(id, token),
    enabled,
    refetchInterval: 15_000,
  });
}

/** Runs a command on the case; the answer (the case as it now stands) replaces the cached one. */
export function useCaseAction(id: string) {
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: (run: () => Promise<CaseDetail>) => run(),
    onSuccess: (c) => {
      qc.setQueryData(caseKey(id), c);
      // Whether photos may still be added follows the case (none once it has ended).
      void qc.invalidateQueries({ queryKey: ['evidence', id] });
    },
  });
  return {
    busy: m.isPending,
    /** The last command's failure, for <FloatingError>; cleared by the next command or by `dismiss`. */
    error: m.error,
    dismiss: () => m.reset(),
    /** Resolves once done; never throws (the error is in `error`). */
    run: (fn: () => Promise<CaseDetail>) => m.mutateAsync(fn).catch(() => undefined),
  };
}
