import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ServiceToken } from '@/api/types';
import { renderCurls, requestJson } from '../render-curl';
import { renderTerraformResources } from '../render-terraform';
import { CopyButton } from './copy-button';

type Format = 'json' | 'curl' | 'terraform';

const formats: { id: Format; label: string; what: string }[] = [
  { id: 'json', label: 'JSON', what: 'JSON request' },
  { id: 'curl', label: 'cURL', what: 'cURL command' },
  { id: 'terraform', label: 'Terraform', what: 'Terraform resource' },
];

function render(format: Format, requests: readonly ServiceToken[]): string {
  if (format === 'curl') return renderCurls(requests);
  if (format === 'terraform') return renderTerraformResources(requests);
  return requests.length === 1
    ? requestJson(requests[0] as ServiceToken)
    : JSON.stringify(requests, null, 2);
}

/** The exact request the portal will send, and the same as cURL and Terraform, to copy. */
export function RequestPreview({ requests }: { requests: readonly ServiceToken[] }) {
  const [format, setFormat] = useState<Format>('json');
  const current = formats.find((candidate) => candidate.id === format) ?? formats[0];
  const text = render(format, requests);
  return (
    <Box component="section" aria-labelledby="request-preview-heading">
      <Typography variant="h6" component="h3" id="request-preview-heading">
        The request
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {requests.length === 2
          ? 'A redundant pair is two tokens: the portal sends two requests, primary first. The JSON shows both.'
          : 'What the portal sends to POST /fabric/v4/serviceTokens.'}{' '}
        The cURL command reads your API token from $TOKEN.
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={format}
          aria-label="Request format"
          onChange={(_event, value: Format | null) => value && setFormat(value)}
        >
          {formats.map((candidate) => (
            <ToggleButton key={candidate.id} value={candidate.id}>
              {candidate.label}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {current && <CopyButton text={text} what={current.what} />}
      </Box>
      <Box
        component="pre"
        tabIndex={0}
        aria-label={current?.what}
        sx={{
          m: 0,
          p: 2,
          maxHeight: 360,
          overflow: 'auto',
          bgcolor: 'action.hover',
          borderRadius: 1,
          fontSize: 13,
        }}
      >
        {text}
      </Box>
    </Box>
  );
}
