import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { memo, useCallback } from 'react';
import type { ServiceTokenState } from '@/api/types';
import { tokenStateMeta, tokenStates } from '@/lib/tokens/token-state';
import {
  clearFilters,
  hasFilters,
  type InventoryFilters as FilterValues,
  type InventorySearchParams,
  withFilters,
} from '../inventory-search-params';
import { useDebouncedDraft } from '../lib/use-debounced-draft';
import type { ParamsChange } from '../use-inventory-params';
import { PortFilter } from './port-filter';

const expiringChoices = [1, 7, 14, 30, 60, 90];
const trim = (value: string) => value.trim();

interface Props {
  params: InventorySearchParams;
  onChange: (change: ParamsChange) => void;
  projectId: string | undefined;
}

/** Every filter here is one the API can answer; see docs/decisions/003-inventory-filters.md. */
export const InventoryFilters = memo(function InventoryFilters({
  params,
  onChange,
  projectId,
}: Props) {
  const apply = useCallback(
    (filters: Partial<FilterValues>) => onChange((current) => withFilters(current, filters)),
    [onChange],
  );
  const [text, setText] = useDebouncedDraft(
    params.q,
    useCallback((q: string) => apply({ q }), [apply]),
    { normalize: trim },
  );
  const [createdFrom, setCreatedFrom] = useDebouncedDraft(
    params.createdFrom ?? '',
    useCallback((value: string) => apply({ createdFrom: value || undefined }), [apply]),
    { delay: 400 },
  );
  const [createdTo, setCreatedTo] = useDebouncedDraft(
    params.createdTo ?? '',
    useCallback((value: string) => apply({ createdTo: value || undefined }), [apply]),
    { delay: 400 },
  );
  const toggleState = (state: ServiceTokenState, checked: boolean) =>
    onChange((current) =>
      withFilters(current, {
        state: checked
          ? [...current.state, state].sort()
          : current.state.filter((s) => s !== state),
      }),
    );
  const rangeReversed = Boolean(
    params.createdFrom && params.createdTo && params.createdFrom > params.createdTo,
  );
  const expiringOptions = [...new Set([...expiringChoices, params.expiringWithin ?? 7])].sort(
    (a, b) => a - b,
  );

  return (
    <Box
      component="form"
      role="search"
      aria-label="Filter tokens"
      onSubmit={(event) => event.preventDefault()}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}
    >
      <TextField
        label="Search by name or token"
        helperText="Part of a name, or a whole token uuid"
        value={text}
        onChange={(event) => setText(event.target.value)}
        size="small"
        sx={{ minWidth: 280 }}
        type="search"
      />
      <FormControl component="fieldset">
        <FormLabel component="legend">State</FormLabel>
        <FormGroup row>
          {tokenStates.map((state) => (
            <FormControlLabel
              key={state}
              label={`${tokenStateMeta[state].label} (${state})`}
              control={
                <Checkbox
                  size="small"
                  checked={params.state.includes(state)}
                  onChange={(event) => toggleState(state, event.target.checked)}
                />
              }
            />
          ))}
        </FormGroup>
      </FormControl>
      <TextField
        select
        size="small"
        label="Expiring within"
        value={params.expiringWithin === undefined ? '' : String(params.expiringWithin)}
        onChange={(event) =>
          apply({ expiringWithin: event.target.value ? Number(event.target.value) : undefined })
        }
        helperText="Available tokens only"
        sx={{ minWidth: 170 }}
        // The empty choice shows its own text ("Any …"), so the label stays above it.
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">Any time</MenuItem>
        {expiringOptions.map((days) => (
          <MenuItem key={days} value={String(days)}>
            {days === 1 ? '1 day' : `${days} days`}
          </MenuItem>
        ))}
      </TextField>
      <Box>
        <Box sx={{ display: 'flex', gap: 1 }}>
          <TextField
            type="date"
            size="small"
            label="Created from"
            value={createdFrom}
            onChange={(event) => setCreatedFrom(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            size="small"
            label="Created to"
            value={createdTo}
            onChange={(event) => setCreatedTo(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Box>
        {rangeReversed && (
          <FormHelperText error>
            The start date is after the end date, so no token can match.
          </FormHelperText>
        )}
      </Box>
      <PortFilter projectId={projectId} value={params.port} onChange={(port) => apply({ port })} />
      {hasFilters(params) && (
        <Button onClick={() => onChange(clearFilters)} sx={{ alignSelf: 'center' }}>
          Clear filters
        </Button>
      )}
    </Box>
  );
});
