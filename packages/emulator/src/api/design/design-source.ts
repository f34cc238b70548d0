import type { Project } from '../../design-data/index.js';

/** What DesProject.design resolves to: the project, whose `design` holds the variants and releases. */
export interface DesignSource {
  project: Project;
}
