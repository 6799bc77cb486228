import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { CreateTokenButton } from './create-token-button';

type Props =
  | { kind: 'no-tokens' }
  | { kind: 'no-match'; onClearFilters: () => void }
  | { kind: 'past-end'; page: number; onFirstPage: () => void };

/** Why the table is empty, and the one thing to do about it. */
export function InventoryEmptyState(props: Props) {
  const content = {
    'no-tokens': {
      title: 'No service tokens yet',
      text: 'Create a token to let someone connect to your port, device or network.',
      action: <CreateTokenButton />,
    },
    'no-match': {
      title: 'No tokens match these filters',
      text: 'Try fewer filters, or clear them to see every token in this project.',
      action:
        props.kind === 'no-match' ? (
          <Button variant="outlined" onClick={props.onClearFilters}>
            Clear filters
          </Button>
        ) : null,
    },
    'past-end': {
      title: `There is no page ${props.kind === 'past-end' ? props.page : ''}`,
      text: 'The list is shorter than this page number (tokens may have been deleted).',
      action:
        props.kind === 'past-end' ? (
          <Button variant="outlined" onClick={props.onFirstPage}>
            Go to the first page
          </Button>
        ) : null,
    },
  }[props.kind];
  return (
    <Box sx={{ py: 6, textAlign: 'center' }} role="status">
      <Typography variant="h6" component="h2" gutterBottom>
        {content.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {content.text}
      </Typography>
      {content.action}
    </Box>
  );
}
