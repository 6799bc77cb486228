import Delete from '@mui/icons-material/Delete';
import Send from '@mui/icons-material/Send';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';
import { useDeleteServiceToken, useResendServiceToken } from '@/api/mutations/service-tokens';
import type { ServiceToken } from '@/api/types';
import { type PerTokenResult, runPerToken } from '../api/run-per-token';
import type { BulkKind } from './bulk-dialog';

// Loaded on first use: the landing page does not pay for dialogs most visits never open.
const BulkDialog = lazy(() => import('./bulk-dialog').then((m) => ({ default: m.BulkDialog })));

interface Props {
  tokens: ServiceToken[];
  onClear: () => void;
}

type Phase =
  | { step: 'confirm'; kind: BulkKind }
  | { step: 'running'; kind: BulkKind; done: number }
  | { step: 'done'; kind: BulkKind; results: PerTokenResult[] };

/** Resend or delete the selected (INACTIVE) tokens, then report the outcome token by token. */
export function BulkActions({ tokens, onClear }: Props) {
  const [phase, setPhase] = useState<Phase | undefined>();
  const remove = useDeleteServiceToken();
  const resend = useResendServiceToken();

  const run = async (kind: BulkKind) => {
    setPhase({ step: 'running', kind, done: 0 });
    const action = (uuid: string) => (kind === 'delete' ? remove : resend).mutateAsync(uuid);
    const results = await runPerToken(
      tokens,
      action,
      kind === 'delete' ? 'Deleted' : 'Notification sent',
      (done) => setPhase({ step: 'running', kind, done }),
    );
    setPhase({ step: 'done', kind, results });
  };

  const close = () => {
    if (phase?.step === 'done') onClear();
    setPhase(undefined);
  };

  return (
    <Box
      role="region"
      aria-label="Bulk actions"
      sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}
    >
      <Typography sx={{ fontWeight: 600 }}>
        {tokens.length} {tokens.length === 1 ? 'token' : 'tokens'} selected
      </Typography>
      <Button
        startIcon={<Send />}
        variant="outlined"
        onClick={() => setPhase({ step: 'confirm', kind: 'resend' })}
      >
        Resend notifications
      </Button>
      <Button
        startIcon={<Delete />}
        variant="outlined"
        color="error"
        onClick={() => setPhase({ step: 'confirm', kind: 'delete' })}
      >
        Delete tokens
      </Button>
      <Button onClick={onClear}>Clear selection</Button>
      {phase && (
        <Suspense fallback={null}>
          <BulkDialog
            kind={phase.kind}
            tokens={tokens}
            running={phase.step === 'running' ? phase.done : undefined}
            results={phase.step === 'done' ? phase.results : undefined}
            onConfirm={() => void run(phase.kind)}
            onClose={close}
          />
        </Suspense>
      )}
    </Box>
  );
}
