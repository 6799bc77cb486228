import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { portQueries } from '@/api/queries/ports';

interface Props {
  projectId: string | undefined;
  value: string | undefined;
  onChange: (port: string | undefined) => void;
}

/** Tokens that use one port, on either side: the choices are the project's ports. */
export function PortFilter({ projectId, value, onChange }: Props) {
  const { data: ports = [], isPending } = useQuery({
    ...portQueries.list(),
    select: (response) =>
      (response.data ?? []).filter(
        (port) => port.uuid && (!projectId || port.project?.projectId === projectId),
      ),
  });
  const known = ports.some((port) => port.uuid === value);
  return (
    <TextField
      select
      size="small"
      label="Port"
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || undefined)}
      helperText={isPending ? 'Loading ports…' : ' '}
      sx={{ minWidth: 220 }}
    >
      <MenuItem value="">Any port</MenuItem>
      {value && !known && <MenuItem value={value}>Port {value}</MenuItem>}
      {ports.map((port) => (
        <MenuItem key={port.uuid} value={port.uuid}>
          {port.name ?? port.uuid}
          {port.location?.metroCode ? ` (${port.location.metroCode})` : ''}
        </MenuItem>
      ))}
    </TextField>
  );
}
