import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';

export function NotFoundPage() {
  return (
    <Box sx={{ p: 4 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        Page not found
      </Typography>
      <Typography sx={{ mb: 2 }}>There is no page at this address.</Typography>
      <Button variant="contained" component={RouterLink} to={paths.inventory.href()}>
        Go to the Service Token Inventory
      </Button>
    </Box>
  );
}

export default NotFoundPage;
