import Edit from '@mui/icons-material/Edit';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import type { ServiceToken } from '@/api/types';
import { tokenRecipients } from '@/lib/tokens/describe-token';
import { DetailsSection } from './details-section';
import { GuardedButton } from './guarded-button';
import { preloadTokenDialog } from './token-dialogs';

interface Props {
  token: ServiceToken;
  blockedReason: string | undefined;
  onEdit: () => void;
}

export function TokenRecipients({ token, blockedReason, onEdit }: Props) {
  const recipients = tokenRecipients(token);
  return (
    <DetailsSection
      title="Recipients"
      action={
        <GuardedButton
          size="small"
          startIcon={<Edit />}
          blockedReason={blockedReason}
          onPointerEnter={() => preloadTokenDialog('recipients')}
          onFocus={() => preloadTokenDialog('recipients')}
          onClick={onEdit}
        >
          Edit recipients
        </GuardedButton>
      }
    >
      {recipients.length > 0 ? (
        <List dense disablePadding aria-label="Recipients">
          {recipients.map((email) => (
            <ListItem key={email} disableGutters>
              {email}
            </ListItem>
          ))}
        </List>
      ) : (
        'No recipients.'
      )}
    </DetailsSection>
  );
}
