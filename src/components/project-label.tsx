import Check from '@mui/icons-material/Check';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { shortId, useProjectName } from '@/lib/project-names';
import { useCopyToken, visuallyHidden } from '@/lib/use-copy-token';

/** Copies a project id; the whole id shows on hover and focus, and is the button's description. */
export function CopyProjectIdButton({ projectId }: { projectId: string }) {
  const { status, copy, feedback } = useCopyToken(projectId);
  return (
    <>
      <Tooltip title={`Copy project id ${projectId}`}>
        <IconButton size="small" aria-label="Copy project id" onClick={copy}>
          {status === 'copied' ? <Check fontSize="small" /> : <ContentCopy fontSize="small" />}
        </IconButton>
      </Tooltip>
      <span role="status" style={visuallyHidden}>
        {feedback}
      </span>
    </>
  );
}

/**
 * A project as a person reads it: its name where the portal has one, and a short id with the whole
 * id on hover and a copy button (the id is what support and the API ask for).
 */
export function ProjectLabel({ projectId }: { projectId: string }) {
  const name = useProjectName(projectId);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      {name && <span>{name}</span>}
      <Tooltip title={projectId} describeChild>
        <Box
          component="code"
          tabIndex={0}
          sx={{ color: name ? 'text.secondary' : 'text.primary', fontSize: '0.85em' }}
        >
          {shortId(projectId)}
        </Box>
      </Tooltip>
      <CopyProjectIdButton projectId={projectId} />
    </Box>
  );
}
