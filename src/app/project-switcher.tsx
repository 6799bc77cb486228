import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { portQueries, projectsOfPorts } from '@/api/queries/ports';
import { TextField } from '@/components/text-field';
import { setCurrentProject, settleProject, useCurrentProjectId } from '@/lib/current-project';

/**
 * The Fabric project the portal works in. The API we use has no project listing, so the choices
 * are the projects that own the user's ports. A native select: the app bar is on every first
 * paint, and MUI's Select would bring Menu, Popover and Modal with it.
 */
export function ProjectSwitcher() {
  const projectId = useCurrentProjectId();
  const { data, isPending } = useQuery({ ...portQueries.list(), select: projectsOfPorts });
  const projects = useMemo(() => data ?? [], [data]);
  const first = projects[0];

  useEffect(() => {
    settleProject(projects);
  }, [projectId, projects]);

  if (isPending) {
    // Holds the switcher's place while the projects load, so the app bar does not grow (and push
    // the page down) when they arrive.
    return (
      <TextField select size="small" label="Project" value="" disabled fullWidth shrinkLabel>
        <option value="">Loading…</option>
      </TextField>
    );
  }
  // Until the effect above has chosen the first project, show the one it is choosing: the
  // switcher must not leave the bar for a frame (the page would jump up and back down).
  const shown = projectId && projects.includes(projectId) ? projectId : first;
  if (!shown) return null;
  return (
    <TextField
      select
      size="small"
      label="Project"
      value={shown}
      onChange={(event) => setCurrentProject(event.target.value)}
      fullWidth
      shrinkLabel
    >
      {projects.map((id) => (
        <option key={id} value={id}>
          {id}
        </option>
      ))}
    </TextField>
  );
}
