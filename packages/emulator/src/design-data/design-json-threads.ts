/** Comment threads in the design data JSON format. */
import { childPath as at, type JsonObject } from '../catalog/json-reader.js';
import { position } from './design-ids.js';
import type { DesignJsonBase } from './design-json-base.js';
import type { CommentThread } from './design-types.js';

export function readThread(ctx: DesignJsonBase, value: unknown, path: string): CommentThread {
  const r = ctx.r;
  const o = r.object(value, path, [
    'entityId',
    'commentThreadId',
    'threadNumber',
    'status',
    'createdAt',
    'modifiedAt',
    'createdBy',
    'modifiedBy',
    'assignedTo',
    'originalStateScreenshotUrl',
    'context',
    'comments',
  ]);
  const entityId = r.string(o, 'entityId', path);
  if (!ctx.projects.has(entityId)) r.fail(at(path, 'entityId'), `unknown project "${entityId}"`);
  const createdAt = r.dateTime(o, 'createdAt', path);
  const createdBy = ctx.ref(o, 'createdBy', path, ctx.users, 'user');
  const cp = at(path, 'context');
  const context =
    o.context === undefined ? {} : r.object(o.context, cp, ['documentId', 'objectId', 'releaseId', 'area']);
  const point = (owner: JsonObject, key: string, p: string) => {
    const pp = at(p, key);
    const po = r.object(owner[key], pp, ['xMils', 'yMils']);
    return position(r.number(po, 'xMils', pp), r.number(po, 'yMils', pp));
  };
  let area = { pos1: position(0, 0), pos2: position(0, 0) };
  if (context.area !== undefined) {
    const ap = at(cp, 'area');
    const ao = r.object(context.area, ap, ['pos1', 'pos2']);
    area = { pos1: point(ao, 'pos1', ap), pos2: point(ao, 'pos2', ap) };
  }
  const commentsPath = at(path, 'comments');
  const comments = r.array(o.comments, commentsPath).map((cv, c) => {
    const p = at(commentsPath, c);
    const co = r.object(cv, p, [
      'commentId',
      'text',
      'createdAt',
      'modifiedAt',
      'createdBy',
      'modifiedBy',
      'mentions',
    ]);
    const at0 = r.dateTime(co, 'createdAt', p);
    const by = ctx.ref(co, 'createdBy', p, ctx.users, 'user');
    return {
      commentId: r.string(co, 'commentId', p, { nonEmpty: true }),
      text: r.string(co, 'text', p),
      createdAt: at0,
      modifiedAt: r.optDateTime(co, 'modifiedAt', p, at0),
      createdBy: by,
      modifiedBy: ctx.optRef(co, 'modifiedBy', p, ctx.users, 'user', by),
      mentions: ctx.refList(co, 'mentions', p, ctx.users, 'user').map((user) => ({ user })),
    };
  });
  return {
    entityId,
    commentThreadId: r.string(o, 'commentThreadId', path, { nonEmpty: true }),
    threadNumber:
      o.threadNumber === undefined ? 1 : r.number(o, 'threadNumber', path, { min: 1, integer: true }),
    status: o.status === undefined ? 0 : r.number(o, 'status', path, { integer: true }),
    createdAt,
    modifiedAt: r.optDateTime(o, 'modifiedAt', path, createdAt),
    createdBy,
    modifiedBy: ctx.optRef(o, 'modifiedBy', path, ctx.users, 'user', createdBy),
    assignedTo:
      o.assignedTo === undefined || o.assignedTo === null
        ? null
        : ctx.ref(o, 'assignedTo', path, ctx.users, 'user'),
    originalStateScreenshotUrl: r.nullableString(o, 'originalStateScreenshotUrl', path),
    context: {
      documentId: r.nullableString(context, 'documentId', cp),
      objectId: r.nullableString(context, 'objectId', cp),
      area,
      releaseId: r.nullableString(context, 'releaseId', cp),
    },
    comments,
  };
}

/** Reads a list, registering each entry's id and rejecting duplicates. */
