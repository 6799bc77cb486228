import Edit from '@mui/icons-material/Edit';
import { useId } from 'react';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import type { ServiceToken } from '@/api/types';
import { describePhone, tokenPhoneRecipients, tokenRecipients } from '@/lib/tokens/describe-token';
import { DetailsSection } from './details-section';
import { GuardedButton } from '@/components/guarded-button';

interface Props {
  token: ServiceToken;
  blockedReason: string | undefined;
  onEdit: () => void;
}

export function TokenRecipients({ token, blockedReason, onEdit }: Props) {
  const phoneHeading = useId();
  const recipients = tokenRecipients(token);
  const phones = tokenPhoneRecipients(token);
  return (
    <DetailsSection
      title="Recipients"
      action={
        <GuardedButton
          size="small"
          startIcon={<Edit />}
          blockedReason={blockedReason}
          onClick={onEdit}
        >
          Edit recipients
        </GuardedButton>
      }
    >
      {recipients.length > 0 ? (
        <List dense disablePadding aria-label="Email recipients">
          {recipients.map((email) => (
            <ListItem key={email} disableGutters>
              {email}
            </ListItem>
          ))}
        </List>
      ) : (
        'No email recipients.'
      )}
      {phones.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 1.5 }} id={phoneHeading}>
            Phone recipients (read-only)
          </Typography>
          <List dense disablePadding aria-labelledby={phoneHeading}>
            {phones.map((phone) => (
              <ListItem key={phone.number} disableGutters sx={{ gap: 1, flexWrap: 'wrap' }}>
                <span>{phone.number}</span>
                <Typography component="span" variant="body2" color="text.secondary">
                  {describePhone(phone)}
                </Typography>
              </ListItem>
            ))}
          </List>
        </>
      )}
    </DetailsSection>
  );
}
