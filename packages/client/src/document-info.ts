import { type DocumentNode, print } from 'graphql';

/** What the client needs to know about a document before sending it. */
export interface DocumentInfo {
  /** The document as sent: printed once, not on every request. */
  text: string;
  operationName: string | undefined;
  /** Mutations are only retried when the server surely did not run them. */
  isMutation: boolean;
}

// Documents are module-level constants (generated code), so this is computed once per operation.
const cache = new WeakMap<DocumentNode, DocumentInfo>();

/** The printed text, name and kind of the document's operation (the first one, when there are several). */
export function documentInfo(document: DocumentNode): DocumentInfo {
  let info = cache.get(document);
  if (!info) {
    const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
    info = {
      text: print(document),
      operationName: operation?.name?.value,
      isMutation: operation?.operation === 'mutation',
    };
    cache.set(document, info);
  }
  return info;
}
