import { createQueryClient } from '@/api/query-client';
import { noteWriteError } from '@/lib/tokens/write-access';

/**
 * The app's one query client: the layout provides it to components, and the route modules'
 * `clientLoader`s fill it before their page renders. A write the server refuses with 403 turns the
 * write actions off.
 */
export const queryClient = createQueryClient({ onMutationError: noteWriteError });
