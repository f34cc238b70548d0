/**
 * A project's version-control history (DesVcsRevision): a few commits by the
 * workspace's members between the project's creation and its last update,
 * newest first as Altium 365 lists them, each touching the project's files.
 */
import { hash32 } from '../catalog/prng.js';
import { isoAfter } from './design-ids.js';
import type { DesignUser, Project } from './design-types.js';

/** DesVcsRevisionFileChange; `kind` is a DesVcsChangeKind. */
export interface VcsFileChange {
  kind: string;
  path: string;
}

/** DesVcsRevision (`author` is the member's user name, as the real API gives it). */
export interface VcsRevision {
  revisionId: string;
  message: string;
  author: string;
  createdAt: string;
  files: VcsFileChange[];
}

const CHANGES: readonly { message: string; files: (name: string) => [string, string][] }[] = [
  {
    message: 'Route power rails and add stitching vias',
    files: (n) => [['MODIFIED', `${n}.PcbDoc`]],
  },
  {
    message: 'Update BOM: second sources for passives',
    files: (n) => [
      ['MODIFIED', `${n}.SchDoc`],
      ['MODIFIED', `${n}.PrjPcb`],
    ],
  },
  {
    message: 'Fix silkscreen overlaps after DRC',
    files: (n) => [['MODIFIED', `${n}.PcbDoc`]],
  },
  {
    message: 'Add test points for production test',
    files: (n) => [
      ['MODIFIED', `${n}.SchDoc`],
      ['MODIFIED', `${n}.PcbDoc`],
    ],
  },
  {
    message: 'Replace obsolete connector footprint',
    files: (n) => [
      ['MODIFIED', `${n}.PcbDoc`],
      ['DELETED', 'Libraries/Old Connectors.PcbLib'],
    ],
  },
];

/** Two to five revisions, newest first; the oldest creates the project's files. */
export function vcsRevisionsOf(project: Project, members: readonly DesignUser[]): VcsRevision[] {
  const seed = hash32(`vcs|${project.id}`);
  const count = 2 + (seed % 4);
  const span = (Date.parse(project.updatedAt) - Date.parse(project.createdAt)) / 86_400_000;
  const file = project.name;
  const revisions: VcsRevision[] = [];
  for (let n = 0; n < count; n++) {
    const author = members.length > 0 ? members[(seed + n) % members.length] : undefined;
    const change = CHANGES[(seed + n) % CHANGES.length];
    const files: [string, string][] =
      n === 0
        ? [
            ['ADDED', `${file}.PrjPcb`],
            ['ADDED', `${file}.SchDoc`],
            ['ADDED', `${file}.PcbDoc`],
          ]
        : (change?.files(file) ?? []);
    revisions.push({
      revisionId:
        hash32(`revision|${project.id}|${n}`).toString(16).padStart(8, '0') +
        hash32(`revision-b|${project.id}|${n}`).toString(16).padStart(8, '0'),
      message: n === 0 ? `Create ${project.name}` : (change?.message ?? 'Update design'),
      author: author?.userName ?? 'admin',
      // Evenly spread, the last one at the project's update time.
      createdAt: isoAfter(project.createdAt, (span * (n + 1)) / count),
      files: files.map(([kind, path]) => ({ kind, path })),
    });
  }
  return revisions.reverse();
}
