import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo } from 'react';
import { portQueries } from '@/api/queries/ports';
import { setCurrentProject, useCurrentProjectId } from '@/lib/current-project';

/**
 * The Fabric project the portal works in. The API we use has no project listing, so the choices
 * are the projects that own the user's ports.
 */
export function ProjectSwitcher() {
  const labelId = useId();
  const projectId = useCurrentProjectId();
  const { data } = useQuery({
    ...portQueries.list(),
    select: (response) => [
      ...new Set(
        (response.data ?? []).flatMap((port) =>
          port.project?.projectId ? [port.project.projectId] : [],
        ),
      ),
    ],
  });
  const projects = useMemo(() => data ?? [], [data]);
  const first = projects[0];

  useEffect(() => {
    if (first && (!projectId || !projects.includes(projectId))) setCurrentProject(first);
  }, [first, projectId, projects]);

  if (projects.length === 0 || !projectId) return null;
  return (
    <FormControl size="small" sx={{ minWidth: 220 }}>
      <InputLabel id={labelId}>Project</InputLabel>
      <Select
        labelId={labelId}
        label="Project"
        value={projects.includes(projectId) ? projectId : ''}
        onChange={(event) => setCurrentProject(event.target.value)}
      >
        {projects.map((id) => (
          <MenuItem key={id} value={id}>
            {id}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
