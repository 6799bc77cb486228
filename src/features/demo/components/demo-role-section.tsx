import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { DemoState } from '@/lib/demo-api';
import { useDemoSettings } from '../api/demo-mutations';
import { roles } from './demo-options';

interface DemoRoleSectionProps {
  state: DemoState;
  onDone: (message: string) => void;
}

/** Who the demo user is: a Fabric Manager, or a read-only user whose every write gets 403. */
export function DemoRoleSection({ state, onDone }: DemoRoleSectionProps) {
  const labelId = useId();
  const helperId = useId();
  const role = useDemoSettings();
  return (
    <Stack component="section" aria-labelledby={labelId} spacing={0.5}>
      <Typography id={labelId} variant="subtitle1" component="h3">
        Role
      </Typography>
      <FormControl disabled={role.isPending}>
        <RadioGroup
          aria-labelledby={labelId}
          aria-describedby={helperId}
          value={role.isPending ? role.variables.role : state.role}
          onChange={(_event, value) => {
            const chosen = roles.find((option) => option.value === value);
            if (!chosen) return;
            role.mutate(
              { role: chosen.value },
              { onSuccess: () => onDone(`You now act as ${chosen.label}.`) },
            );
          }}
        >
          {roles.map((option) => (
            <FormControlLabel
              key={option.value}
              value={option.value}
              control={<Radio size="small" />}
              label={option.label}
            />
          ))}
        </RadioGroup>
        <FormHelperText id={helperId}>
          A read-only user can look but every change answers 403.
        </FormHelperText>
      </FormControl>
      {role.error && <Alert severity="error">{role.error.message}</Alert>}
    </Stack>
  );
}
