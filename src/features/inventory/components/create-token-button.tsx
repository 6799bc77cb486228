import Add from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';

/** The way into the wizard, from the inventory's heading and from its empty state. */
export function CreateTokenButton() {
  return (
    <Button variant="contained" startIcon={<Add />} component={RouterLink} to={paths.create.href()}>
      Create Service Token
    </Button>
  );
}
