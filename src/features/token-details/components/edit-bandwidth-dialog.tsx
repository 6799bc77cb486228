import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ServiceToken } from '@/api/types';
import { formatBandwidth } from '@/lib/format';
import {
  bandwidthChoices,
  deviceTokenBandwidthCap,
  portTokenBandwidthCap,
} from '@/lib/token-rules';
import { assetKind, tokenSide } from '@/lib/tokens/describe-token';
import { bandwidthPatch } from '../lib/token-patches';
import { useTokenUpdate } from '../lib/use-token-update';
import { EditDialog } from './edit-dialog';

interface Props {
  token: ServiceToken & { uuid: string };
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** The menu for this asset, plus the token's current values should they lie outside it. */
function choicesFor(token: ServiceToken): number[] {
  const cap = assetKind(token) === 'VD' ? deviceTokenBandwidthCap : portTokenBandwidthCap;
  const current = [
    ...(token.connection?.supportedBandwidths ?? []),
    ...(token.connection?.bandwidthLimit !== undefined ? [token.connection.bandwidthLimit] : []),
  ];
  return [...new Set([...bandwidthChoices(cap), ...current])].sort((a, b) => a - b);
}

/** A-side tokens have one limit; Z-side tokens a set of speeds the redeemer may pick from. */
export function EditBandwidthDialog({ token, onSaved, onClose }: Props) {
  const isASide = tokenSide(token) === 'A';
  const choices = choicesFor(token);
  const [limit, setLimit] = useState(token.connection?.bandwidthLimit ?? choices[0] ?? 50);
  const [speeds, setSpeeds] = useState<number[]>(token.connection?.supportedBandwidths ?? []);
  const { save, saving, error, fieldError } = useTokenUpdate(token.uuid, () => {
    onSaved('Bandwidth updated');
    onClose();
  });
  const operations = isASide
    ? bandwidthPatch(token, { bandwidthLimit: limit })
    : bandwidthPatch(token, { supportedBandwidths: speeds });
  const noSpeeds = !isASide && speeds.length === 0;

  return (
    <EditDialog
      title="Edit bandwidth"
      canSave={operations.length > 0 && !noSpeeds}
      saving={saving}
      error={error}
      onClose={onClose}
      onSave={() => save(operations)}
    >
      {isASide ? (
        <TextField
          select
          label="Bandwidth limit"
          value={String(limit)}
          onChange={(event) => setLimit(Number(event.target.value))}
          error={Boolean(fieldError('/connection/bandwidthLimit'))}
          helperText={
            fieldError('/connection/bandwidthLimit') ??
            'The highest bandwidth a connection made with this token may have.'
          }
          fullWidth
          sx={{ mt: 1 }}
        >
          {choices.map((mbps) => (
            <MenuItem key={mbps} value={String(mbps)}>
              {formatBandwidth(mbps)}
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <FormControl
          component="fieldset"
          error={noSpeeds || Boolean(fieldError('/connection/supportedBandwidths'))}
        >
          <FormLabel component="legend">Supported bandwidths</FormLabel>
          <FormGroup row>
            {choices.map((mbps) => (
              <FormControlLabel
                key={mbps}
                label={formatBandwidth(mbps)}
                control={
                  <Checkbox
                    checked={speeds.includes(mbps)}
                    onChange={(event) =>
                      setSpeeds((current) =>
                        event.target.checked
                          ? [...current, mbps]
                          : current.filter((speed) => speed !== mbps),
                      )
                    }
                  />
                }
              />
            ))}
          </FormGroup>
          <FormHelperText>
            {noSpeeds
              ? 'Choose at least one bandwidth.'
              : (fieldError('/connection/supportedBandwidths') ??
                'The bandwidths the redeemer may choose from.')}
          </FormHelperText>
        </FormControl>
      )}
    </EditDialog>
  );
}
