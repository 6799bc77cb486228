import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ServiceToken } from '@/api/types';
import { nameAndDescriptionPatch } from '../lib/token-patches';
import { useTokenUpdate } from '../lib/use-token-update';
import { EditDialog } from './edit-dialog';

interface Props {
  token: ServiceToken & { uuid: string };
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** Name and description: optional in the API, so either may be cleared. */
export function EditNameDialog({ token, onSaved, onClose }: Props) {
  const [name, setName] = useState(token.name ?? '');
  const [description, setDescription] = useState(token.description ?? '');
  const { save, saving, error, fieldError } = useTokenUpdate(token.uuid, () => {
    onSaved('Name and description updated');
    onClose();
  });
  const operations = nameAndDescriptionPatch(token, { name, description });
  return (
    <EditDialog
      title="Edit name and description"
      canSave={operations.length > 0}
      saving={saving}
      error={error}
      onClose={onClose}
      onSave={() => save(operations)}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <TextField
          label="Name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={Boolean(fieldError('/name'))}
          helperText={fieldError('/name') ?? ' '}
          fullWidth
        />
        <TextField
          label="Description"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={Boolean(fieldError('/description'))}
          helperText={fieldError('/description') ?? ' '}
          fullWidth
          multiline
          rows={3}
        />
      </Stack>
    </EditDialog>
  );
}
