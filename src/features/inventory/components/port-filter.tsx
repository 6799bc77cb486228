import { useQuery } from '@tanstack/react-query';
import { portQueries } from '@/api/queries/ports';
import { TextField } from '@/components/text-field';

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
      // The empty choice shows its own text ("Any …"), so the label stays above it.
      shrinkLabel
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || undefined)}
      helperText={isPending ? 'Loading ports…' : ' '}
      sx={{ minWidth: 220 }}
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
