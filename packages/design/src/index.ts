export { bomLines, type DesignBomLine } from './bom-lines.js';
export type {
  CommentRef,
  CommentThread,
  CommentThreadRef,
  CreateCommentThreadInput,
} from './comment-methods.js';
export { createDesignClient, type DesignClientOptions } from './create-design-client.js';
export type { DesignClient, DesignRequestOptions } from './design-client.js';
export type { CallOptions } from './design-transport.js';
export {
  DESIGN_SCOPE,
  NexarDesignError,
  NexarDesignNotFoundError,
  NexarDesignPayloadError,
  NexarDesignScopeError,
} from './errors.js';
export * from './generated/graphql.js';
export { isNotAuthorized, isWrongRegion } from './graphql-errors.js';
export type { ComponentDetails, LibraryComponent, LibraryComponentsOptions } from './library-methods.js';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type Page,
  type PageInfo,
  type Paginated,
  type PaginateOptions,
  type WithErrors,
} from './paginate.js';
export { BASE_VARIANT, type DesignBom, type ProjectBomOptions } from './project-bom.js';
export type { Project, ProjectDetails, ProjectsOptions, Release } from './project-methods.js';
export type { DesignUser, WorkspaceTeam } from './user-methods.js';
export type { Workspace, WorkspaceLocation } from './workspace-methods.js';
