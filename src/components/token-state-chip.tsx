import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EventBusy from '@mui/icons-material/EventBusy';
import HelpOutlined from '@mui/icons-material/HelpOutlined';
import HourglassEmpty from '@mui/icons-material/HourglassEmpty';
import Chip from '@mui/material/Chip';
import type { ServiceTokenState } from '@/api/types';
import { tokenStateMeta } from '@/lib/tokens/token-state';

const icons: Record<ServiceTokenState, typeof HourglassEmpty> = {
  INACTIVE: HourglassEmpty,
  ACTIVE: CheckCircleOutlined,
  EXPIRED: EventBusy,
  DELETED: DeleteOutlined,
};

interface Props {
  state: ServiceTokenState | undefined;
  size?: 'small' | 'medium';
}

/**
 * A token's state as text, colour and icon, with the API's raw value beside the plain label.
 * The text keeps the body colour so it reads at AA contrast in both schemes; the colour is
 * carried by the outline and the icon.
 */
export function TokenStateChip({ state, size = 'small' }: Props) {
  if (!state)
    return <Chip size={size} variant="outlined" icon={<HelpOutlined />} label="Unknown" />;
  const { label, color } = tokenStateMeta[state];
  const Icon = icons[state];
  return (
    <Chip
      size={size}
      variant="outlined"
      icon={<Icon />}
      label={
        <>
          {label}{' '}
          <span style={{ opacity: 0.8, fontFamily: 'monospace', fontSize: '0.85em' }}>{state}</span>
        </>
      }
      sx={{
        borderColor: `${color}.main`,
        borderWidth: 2,
        color: 'text.primary',
        '& .MuiChip-icon': { color: `${color}.main` },
      }}
    />
  );
}
