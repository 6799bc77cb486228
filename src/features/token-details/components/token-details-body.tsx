import Box from '@mui/material/Box';
import Snackbar from '@mui/material/Snackbar';
import { Suspense, useState, type ComponentType } from 'react';
import type { ServiceToken } from '@/api/types';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { useActionGuard } from '../lib/use-action-guard';
import { RawJson } from './raw-json';
import { RedeemingConnection } from './redeeming-connection';
import { TokenActions } from './token-actions';
import { TokenAsset } from './token-asset';
import { DeleteTokenDialog, tokenEditors, type TokenDialog } from './token-dialogs';
import { TokenHistory } from './token-history';
import { TokenRecipients } from './token-recipients';
import { TokenSummary } from './token-summary';

/** A section another feature adds to the page (the app layer passes the demo's controls). */
export type TokenPanel = ComponentType<{
  token: ServiceToken & { uuid: string };
  onNotice: (message: string) => void;
}>;

interface PageError {
  title: string;
  error: unknown;
}

interface Props {
  token: ServiceToken & { uuid: string };
  extraPanel?: TokenPanel;
}

export function TokenDetailsBody({ token, extraPanel: ExtraPanel }: Props) {
  const guard = useActionGuard(token);
  const [dialog, setDialog] = useState<TokenDialog | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [pageError, setPageError] = useState<PageError | undefined>();
  const close = () => setDialog(undefined);
  const Editor = dialog && dialog !== 'delete' ? tokenEditors[dialog] : undefined;

  return (
    <>
      {pageError && <ApiErrorAlert title={pageError.title} error={pageError.error} />}
      <TokenActions
        token={token}
        guard={guard}
        onOpen={(next) => {
          setPageError(undefined);
          setDialog(next);
        }}
        onNotice={setNotice}
        onError={(title, error) => setPageError({ title, error })}
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
        <TokenSummary token={token} />
        <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
          <TokenAsset token={token} />
          <TokenRecipients
            token={token}
            blockedReason={guard.edit}
            onEdit={() => setDialog('recipients')}
          />
          <TokenHistory token={token} />
        </Box>
      </Box>
      <RedeemingConnection token={token} />
      {ExtraPanel && (
        <Suspense fallback={null}>
          <ExtraPanel token={token} onNotice={setNotice} />
        </Suspense>
      )}
      <RawJson token={token} />
      <Suspense fallback={null}>
        {Editor && <Editor token={token} onSaved={setNotice} onClose={close} />}
        {dialog === 'delete' && (
          <DeleteTokenDialog token={token} onDeleted={setNotice} onClose={close} />
        )}
      </Suspense>
      <Snackbar
        open={Boolean(notice)}
        message={notice}
        autoHideDuration={6_000}
        onClose={() => setNotice(undefined)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      />
    </>
  );
}
