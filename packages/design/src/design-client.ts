/** The design client's public shape: one typed method per Altium 365 operation. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { NexarClient } from '@nexar/client';
import type {
  CommentRef,
  CommentThread,
  CommentThreadRef,
  CreateCommentThreadInput,
} from './comment-methods.js';
import type { CallOptions } from './design-transport.js';
import type { ComponentDetails, LibraryComponent, LibraryComponentsOptions } from './library-methods.js';
import type { Paginated, PaginateOptions, WithErrors } from './paginate.js';
import type { DesignBom, ProjectBomOptions } from './project-bom.js';
import type { Project, ProjectDetails, ProjectsOptions, Release } from './project-methods.js';
import type { DesignUser, WorkspaceTeam } from './user-methods.js';
import type { Workspace, WorkspaceLocation } from './workspace-methods.js';

/** Where `request()` sends a document of your own: to the region of this workspace or project. */
export interface DesignRequestOptions extends CallOptions {
  workspaceUrl?: string;
  projectId?: string;
}

/**
 * Altium 365 design data through Nexar. Workspace-, project- and component-keyed calls go to the
 * endpoint of the workspace's region by themselves (see `createDesignClient`). Every method takes
 * `{ signal, endpoint }`; an `endpoint` sends that call there as it is.
 */
export interface DesignClient {
  /** The underlying client (its endpoint is the base endpoint). */
  readonly client: NexarClient;

  /** Workspaces the user can open, each with its region; also primes the regional routing. */
  workspaces(options?: CallOptions): Promise<Workspace[]>;
  /** Every region with its API and files endpoints. */
  workspaceLocations(options?: CallOptions): Promise<WorkspaceLocation[]>;

  /** The projects of a workspace (default: the user's default workspace), page by page. */
  projects(workspaceUrl?: string, options?: ProjectsOptions): Paginated<Project>;
  /** A project by `DesProject.id` with variants and the first 100 releases; null when there is none. */
  project(projectId: string, options?: CallOptions): Promise<WithErrors<ProjectDetails> | null>;
  /** Every release of a project, page by page. */
  releases(projectId: string, options?: PaginateOptions & CallOptions): Paginated<Release>;
  /** The BOM of a variant (work in progress, or as a release recorded it) as lines for `matchBom`. */
  projectBom(projectId: string, options?: ProjectBomOptions): Promise<DesignBom>;

  /** The components of a workspace library, page by page. */
  libraryComponents(workspaceUrl?: string, options?: LibraryComponentsOptions): Paginated<LibraryComponent>;
  /** A component by `DesComponent.id` with parameters, datasheets and supplier parts; null when there is none. */
  component(componentId: string, options?: CallOptions): Promise<ComponentDetails | null>;

  /** A project's comment threads, oldest first. */
  commentThreads(projectId: string, options?: CallOptions): Promise<CommentThread[]>;
  commentThread(thread: CommentThreadRef, options?: CallOptions): Promise<CommentThread | null>;
  /** Starts a thread with its first comment. */
  createCommentThread(
    input: CreateCommentThreadInput,
    options?: CallOptions,
  ): Promise<{ commentThreadId: string; commentId: string }>;
  /** Replies in a thread. */
  createComment(
    input: CommentThreadRef & { text: string },
    options?: CallOptions,
  ): Promise<{ commentId: string }>;
  updateComment(input: CommentRef & { text: string }, options?: CallOptions): Promise<void>;
  deleteComment(comment: CommentRef, options?: CallOptions): Promise<void>;
  deleteCommentThread(thread: CommentThreadRef, options?: CallOptions): Promise<void>;

  /** A workspace's members and groups (default: the user's default workspace). */
  workspaceUsers(workspaceUrl?: string, options?: CallOptions): Promise<WorkspaceTeam>;
  /** The signed-in user. */
  currentUser(options?: CallOptions): Promise<DesignUser>;

  /**
   * Sends a typed document of your own, routed like the built-in calls by `workspaceUrl` or
   * `projectId`. Resolves with its data; GraphQL errors reject (`NexarGraphQLError`).
   */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    options?: DesignRequestOptions,
  ): Promise<TResult>;
}
