import { createQueryClient } from '@/api/query-client';
import { noteWriteError } from '@/lib/tokens/write-access';

/** The app's query client: a write the server refuses with 403 turns the write actions off. */
export const createPortalQueryClient = () => createQueryClient({ onMutationError: noteWriteError });
