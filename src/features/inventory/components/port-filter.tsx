import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { portQueries } from '@/api/queries/ports';

interface Props {
  projectId: string | undefined;
  value: string | undefined;
  onChange: (port: string | undefined) => void;
}

/**
 * Tokens that use one port, on either side: the choices are the project's ports. A native select
 * on purpose (docs/decisions/016-how-a-page-renders.md, "Native selects"): a project may have
 * many ports, and the browser's own list gives type-ahead to the keyboard and the phone's picker.
 */
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
      // The empty choice shows its own text ("Any …"), so the label stays above it.
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="">Any port</option>
      {value && !known && <option value={value}>Port {value}</option>}
      {ports.map((port) => (
        <option key={port.uuid} value={port.uuid}>
          {port.name ?? port.uuid}
          {port.location?.metroCode ? ` (${port.location.metroCode})` : ''}
        </option>
      ))}
    </TextField>
  );
}
