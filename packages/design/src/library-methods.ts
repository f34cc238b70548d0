/** A workspace library's components, and a component by id. */
import type { DesignContext } from './design-context.js';
import type { CallOptions } from './design-transport.js';
import {
  ComponentByIdDocument,
  type ComponentByIdQuery,
  type ComponentSummaryFragment,
  type DesComponentFilterInput,
  LibraryComponentsDocument,
} from './generated/graphql.js';
import { type Paginated, type PaginateOptions, paginate } from './paginate.js';

/** A library component with its manufacturer parts. */
export type LibraryComponent = ComponentSummaryFragment;
/** A component with its type, parameters, datasheets and supplier parts. */
export type ComponentDetails = NonNullable<ComponentByIdQuery['desComponentById']>;

export interface LibraryComponentsOptions extends PaginateOptions, Pick<CallOptions, 'endpoint'> {
  /** A filter on the components (e.g. `{ name: { eq: 'LM358DR' } }`). */
  where?: DesComponentFilterInput;
}

export function libraryComponents(
  context: DesignContext,
  workspaceUrl: string | undefined,
  options: LibraryComponentsOptions = {},
): Paginated<LibraryComponent> {
  const { transport } = context;
  return paginate(
    async ({ first, after, signal }) => {
      const { data, errors } = await transport.send(
        LibraryComponentsDocument,
        { workspaceUrl, first, after, where: options.where },
        { kind: 'workspace', workspaceUrl },
        { signal, endpoint: options.endpoint, keep: (d) => d.desLibrary.components != null },
      );
      const connection = data.desLibrary.components;
      if (workspaceUrl !== undefined) {
        for (const component of connection?.nodes ?? [])
          transport.router.rememberComponent(component.id, workspaceUrl);
      }
      return { connection, errors };
    },
    options,
    context.pageSize,
  );
}

export async function component(
  context: DesignContext,
  id: string,
  options: CallOptions = {},
): Promise<ComponentDetails | null> {
  const { data } = await context.transport.send(
    ComponentByIdDocument,
    { id },
    { kind: 'component', componentId: id },
    options,
  );
  return data.desComponentById;
}
