import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import { portQueries } from '@/api/queries/ports';
import type { LinkProtocolEntry } from '@/api/types';
import { vlanRange } from '@/lib/token-rules';
import type { PortEncapsulation } from '../basic-schema';
import type { WizardValues } from '../wizard-values';

type TagField = 'vlanTag' | 'vlanSTag' | 'vlanCTag';

function TagInput({ name, label }: { name: TagField; label: string }) {
  const { field, fieldState } = useController<WizardValues, TagField>({ name });
  return (
    <TextField
      label={label}
      required
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? `${vlanRange.min} to ${vlanRange.max}`}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      sx={{ width: 220 }}
    />
  );
}

function describe(entry: LinkProtocolEntry): string | undefined {
  if (entry.vlanSTag !== undefined) {
    return entry.vlanCTag !== undefined
      ? `${entry.vlanSTag}/${entry.vlanCTag}`
      : `${entry.vlanSTag}/*`;
  }
  if (entry.vlanTag !== undefined) return String(entry.vlanTag);
  if (entry.vlanTagMin !== undefined) return `${entry.vlanTagMin}-${entry.vlanTagMax ?? ''}`;
  return undefined;
}

/** The tags in use, as a hint; leaving the step checks again against a fresh list. */
function TagsInUse({ portUuid }: { portUuid: string }) {
  const { data } = useQuery(portQueries.linkProtocols(portUuid));
  const used = (data?.data ?? [])
    .filter((entry) => entry.state === 'RESERVED')
    .flatMap((entry) => describe(entry) ?? []);
  if (!data) return null;
  const shown = used.slice(0, 12).join(', ');
  const more = used.length > 12 ? ` and ${used.length - 12} more` : '';
  return (
    <Typography variant="body2" color="text.secondary">
      {used.length === 0
        ? 'No tags are in use on this port.'
        : `In use on this port: ${shown}${more}.`}
    </Typography>
  );
}

interface Props {
  portUuid: string;
  encapsulation: PortEncapsulation;
}

/** The tag fields the port's encapsulation asks for: one VLAN ID, an S-tag and a C-tag, or none. */
export function VlanFields({ portUuid, encapsulation }: Props) {
  if (encapsulation === 'UNTAGGED') {
    return (
      <Typography>
        This port is untagged: the token uses the whole port, so there is no VLAN to enter.
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        {encapsulation === 'DOT1Q' ? (
          <TagInput name="vlanTag" label="VLAN ID" />
        ) : (
          <>
            <TagInput name="vlanSTag" label="Outer Tag / S-tag" />
            <TagInput name="vlanCTag" label="Inner Tag / C-tag" />
          </>
        )}
      </Box>
      <TagsInUse portUuid={portUuid} />
    </Box>
  );
}
