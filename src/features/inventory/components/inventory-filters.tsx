import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
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

/**
 * The state choices are native checkboxes in a plain fieldset, drawn as MUI's FormControlLabel
 * and small Checkbox: the filters render with the landing page's first rows, and four MUI
 * checkboxes (each a ripple button and two icons) cost more of that first render than the table.
 */
const stateGroupStyles: SxProps<Theme> = (theme) => ({
  border: 0,
  margin: 0,
  padding: 0,
  minWidth: 0,
  '& legend': {
    ...theme.typography.body1,
    lineHeight: '1.4375em',
    padding: 0,
    color: (theme.vars ?? theme).palette.text.secondary,
  },
  '& .choices': { display: 'flex', flexWrap: 'wrap' },
  '& label': {
    ...theme.typography.body1,
    display: 'inline-flex',
    alignItems: 'center',
    marginRight: 2,
    cursor: 'pointer',
  },
  '& input': {
    width: 18,
    height: 18,
    margin: '10px 9px 10px 0',
    cursor: 'pointer',
    accentColor: (theme.vars ?? theme).palette.primary.main,
  },
});

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
      <Box component="fieldset" sx={stateGroupStyles}>
        <legend>State</legend>
        <div className="choices">
          {tokenStates.map((state) => (
            <label key={state}>
              <input
                type="checkbox"
                checked={params.state.includes(state)}
                onChange={(event) => toggleState(state, event.target.checked)}
              />
              {`${tokenStateMeta[state].label} (${state})`}
            </label>
          ))}
        </div>
      </Box>
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
