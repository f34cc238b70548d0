import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { TokenProvider } from '@nexar/auth';
import { createNexarClient, type NexarClient, type NexarClientOptions } from '@nexar/client';
import * as comments from './comment-methods.js';
import type { DesignClient, DesignRequestOptions } from './design-client.js';
import type { DesignContext } from './design-context.js';
import { type CallOptions, DesignTransport } from './design-transport.js';
import * as library from './library-methods.js';
import { DEFAULT_PAGE_SIZE, type PaginateOptions } from './paginate.js';
import { type ProjectBomOptions, projectBom } from './project-bom.js';
import * as projects from './project-methods.js';
import { NO_ROUTE, RegionRouter, type Route } from './region-router.js';
import * as users from './user-methods.js';
import * as workspaces from './workspace-methods.js';

export interface DesignClientOptions extends Omit<NexarClientOptions, 'auth'> {
  /**
   * A token provider with the `design.domain` scope: a user's login, e.g. `authorizationCode()` from
   * `@nexar/auth`. Give this or `client`.
   */
  auth?: TokenProvider;
  /** A client you made with `createNexarClient` (its endpoint is the base endpoint); the other transport options are then ignored. */
  client?: NexarClient;
  /**
   * The base endpoint: where calls not tied to a workspace and the location lookup go. Default
   * `NEXAR_API_URL`, else https://api.nexar.com/graphql.
   */
  endpoint?: string;
  /**
   * Sends each workspace's calls to its region's endpoint, looked up once (default true). `false`
   * sends everything to the base endpoint.
   */
  routing?: boolean;
  /** Endpoints you set yourself, by workspace URL; they win over the lookup (and need none). */
  workspaceEndpoints?: Readonly<Record<string, string>>;
  /** Default page size of the iterators, 1 to 100 (default 50). */
  pageSize?: number;
}

/**
 * A client for Altium 365 design data. Throws at once without `auth` or `client`, or on a malformed
 * endpoint or page size.
 */
export function createDesignClient(options: DesignClientOptions): DesignClient {
  const {
    client: given,
    auth,
    routing = true,
    workspaceEndpoints,
    pageSize = DEFAULT_PAGE_SIZE,
    ...rest
  } = options ?? {};
  if (given && auth) {
    throw new TypeError('createDesignClient takes `auth` or `client`, not both.');
  }
  let base: NexarClient;
  if (given) {
    base = options.endpoint === undefined ? given : given.withEndpoint(options.endpoint);
  } else if (auth) {
    base = createNexarClient({ ...rest, auth });
  } else {
    throw new TypeError(
      'createDesignClient needs `auth`: a user token provider with the design.domain scope, such as ' +
        'authorizationCode({ clientId, redirectUri }) from @nexar/auth (or `client`, a client from @nexar/client).',
    );
  }
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
    throw new RangeError(`pageSize must be a whole number from 1 to 100 (got ${pageSize}).`);
  }
  const router = new RegionRouter(base, workspaceEndpoints);
  const context: DesignContext = { transport: new DesignTransport(router, routing), pageSize };
  return new Design(context, base);
}

// The context lives in a private field, so util.inspect and JSON.stringify show only the client's endpoint.
class Design implements DesignClient {
  readonly #context: DesignContext;
  readonly client: NexarClient;

  constructor(context: DesignContext, client: NexarClient) {
    this.#context = context;
    this.client = client;
  }

  workspaces(options?: CallOptions) {
    return workspaces.workspaces(this.#context, options);
  }
  workspaceLocations(options?: CallOptions) {
    return workspaces.workspaceLocations(this.#context, options);
  }
  projects(workspaceUrl?: string, options?: projects.ProjectsOptions) {
    return projects.projects(this.#context, workspaceUrl, options);
  }
  project(projectId: string, options?: CallOptions) {
    return projects.project(this.#context, projectId, options);
  }
  releases(projectId: string, options?: PaginateOptions & CallOptions) {
    return projects.releases(this.#context, projectId, options);
  }
  projectBom(projectId: string, options?: ProjectBomOptions) {
    return projectBom(this.#context, projectId, options);
  }
  libraryComponents(workspaceUrl?: string, options?: library.LibraryComponentsOptions) {
    return library.libraryComponents(this.#context, workspaceUrl, options);
  }
  component(componentId: string, options?: CallOptions) {
    return library.component(this.#context, componentId, options);
  }
  commentThreads(projectId: string, options?: CallOptions) {
    return comments.commentThreads(this.#context, projectId, options);
  }
  commentThread(thread: comments.CommentThreadRef, options?: CallOptions) {
    return comments.commentThread(this.#context, thread, options);
  }
  createCommentThread(input: comments.CreateCommentThreadInput, options?: CallOptions) {
    return comments.createCommentThread(this.#context, input, options);
  }
  createComment(input: comments.CommentThreadRef & { text: string }, options?: CallOptions) {
    return comments.createComment(this.#context, input, options);
  }
  updateComment(input: comments.CommentRef & { text: string }, options?: CallOptions) {
    return comments.updateComment(this.#context, input, options);
  }
  deleteComment(comment: comments.CommentRef, options?: CallOptions) {
    return comments.deleteComment(this.#context, comment, options);
  }
  deleteCommentThread(thread: comments.CommentThreadRef, options?: CallOptions) {
    return comments.deleteCommentThread(this.#context, thread, options);
  }
  workspaceUsers(workspaceUrl?: string, options?: CallOptions) {
    return users.workspaceUsers(this.#context, workspaceUrl, options);
  }
  currentUser(options?: CallOptions) {
    return users.currentUser(this.#context, options);
  }

  async request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    options: DesignRequestOptions = {},
  ): Promise<TResult> {
    const { workspaceUrl, projectId, ...call } = options;
    const route: Route =
      projectId !== undefined
        ? { kind: 'project', projectId }
        : workspaceUrl !== undefined
          ? { kind: 'workspace', workspaceUrl }
          : NO_ROUTE;
    const { data } = await this.#context.transport.send(document, variables, route, call);
    return data;
  }
}
