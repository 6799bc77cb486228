import ContentCopy from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { portQueries, projectsOfPorts } from '@/api/queries/ports';
import { CopyProjectIdButton } from '@/components/project-label';
import { setCurrentProject, settleProject, useCurrentProjectId } from '@/lib/current-project';
import { shortId, useProjectNames } from '@/lib/project-names';

const rowStyles = { display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 } as const;

/**
 * The Fabric project the portal works in. The API we use has no project listing, so the choices
 * are the projects that own the user's ports. A project reads as its name where the portal has
 * one, else as a short id; the copy button beside it shows the whole id.
 */
export function ProjectSwitcher() {
  const projectId = useCurrentProjectId();
  const { data, isPending } = useQuery({ ...portQueries.list(), select: projectsOfPorts });
  const projects = useMemo(() => data ?? [], [data]);
  const first = projects[0];
  const names = useProjectNames();

  useEffect(() => {
    settleProject(projects);
  }, [projectId, projects]);

  if (isPending) {
    // Holds the switcher's place while the projects load, so the app bar does not grow (and push
    // the page down) when they arrive.
    return (
      <Box sx={rowStyles}>
        <TextField
          select
          size="small"
          label="Project"
          value=""
          disabled
          fullWidth
          slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        >
          <MenuItem value="">Loading…</MenuItem>
        </TextField>
        <IconButton size="small" aria-label="Copy project id" disabled>
          <ContentCopy fontSize="small" />
        </IconButton>
      </Box>
    );
  }
  // Until the effect above has chosen the first project, show the one it is choosing: the
  // switcher must not leave the bar for a frame (the page would jump up and back down).
  const shown = projectId && projects.includes(projectId) ? projectId : first;
  if (!shown) return null;
  return (
    <Box sx={rowStyles}>
      <TextField
        select
        size="small"
        label="Project"
        value={shown}
        onChange={(event) => setCurrentProject(event.target.value)}
        fullWidth
      >
        {projects.map((id) => (
          <MenuItem key={id} value={id}>
            {names[id] ?? shortId(id)}
          </MenuItem>
        ))}
      </TextField>
      <CopyProjectIdButton projectId={shown} />
    </Box>
  );
}
