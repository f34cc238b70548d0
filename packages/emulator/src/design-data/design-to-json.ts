/** Serialises design data to its JSON file format (see design-json-format.ts). */
import type { BomItemJson, ComponentTypeJson, DesignJson } from './design-json-format.js';
import type { BomItem, ComponentType, DesignData, DesignUserGroup } from './design-types.js';

function bomItems(items: readonly BomItem[]): BomItemJson[] {
  return items.map((item) => ({
    component: item.component.id,
    quantity: item.quantity,
    instances: item.bomItemInstances.map((i) => ({
      designator: i.designator,
      isFitted: i.isFitted,
      alternateComponent: i.alternateComponent?.id ?? null,
    })),
  }));
}

function componentType(type: ComponentType): ComponentTypeJson {
  return {
    componentTypeId: type.componentTypeId,
    name: type.name,
    parent: type.parent ? componentType(type.parent) : null,
    createdBy: type.createdBy.userId,
    updatedBy: type.updatedBy.userId,
    createdAt: type.createdAt,
    updatedAt: type.updatedAt,
  };
}

export function designDataToJson(data: DesignData): DesignJson {
  const groups = new Map<string, DesignUserGroup>();
  for (const user of data.users) for (const g of user.groups) groups.set(g.userGroupId, g);
  for (const workspace of data.workspaces) for (const g of workspace.groups) groups.set(g.userGroupId, g);
  return {
    version: 1,
    locations: data.locations.map((l) => ({ ...l })),
    groups: [...groups.values()].map((g) => ({ ...g })),
    users: data.users.map((u) => ({
      userId: u.userId,
      email: u.email,
      firstName: u.firstName,
      lastName: u.lastName,
      userName: u.userName,
      globalUserId: u.globalUserId,
      pictureUrl: u.pictureUrl,
      groups: u.groups.map((g) => g.userGroupId),
    })),
    workspaces: data.workspaces.map((w) => ({
      workspaceId: w.workspaceId,
      name: w.name,
      url: w.url,
      authId: w.authId,
      description: w.description,
      isDefault: w.isDefault,
      location: w.locationName,
      library: {
        name: w.library.name,
        description: w.library.description,
        version: w.library.version,
        createdAt: w.library.createdAt,
        updatedAt: w.library.updatedAt,
        createdBy: w.library.createdBy.userId,
        updatedBy: w.library.updatedBy.userId,
      },
      users: w.users.map((u) => u.userId),
      groups: w.groups.map((g) => g.userGroupId),
    })),
    components: data.components.map((c) => ({
      id: c.id,
      workspaceUrl: c.workspaceUrl,
      inLibrary: c.inLibrary,
      name: c.name,
      comment: c.comment,
      description: c.description,
      createdAt: c.createdAt,
      modifiedAt: c.modifiedAt,
      createdBy: c.createdBy.userId,
      isManaged: c.isManaged,
      revisionId: c.revisionId,
      componentType: c.componentType ? componentType(c.componentType) : null,
      manufacturerParts: c.manufacturerParts.map((m) => ({
        partNumber: m.partNumber,
        companyName: m.companyName,
        octopartId: m.octopartId,
        priority: m.priority,
        supplierParts: m.supplierParts.map((s) => ({
          companyName: s.companyName,
          partNumber: s.partNumber,
          prices: s.prices.map((p) => ({ ...p })),
          stocks: s.stocks.map((x) => ({ ...x })),
        })),
      })),
      details: {
        itemInternalId: c.details.itemInternalId,
        parameters: c.details.parameters.map((p) => ({ ...p })),
        itemParameters: c.details.itemParameters.map((p) => ({ ...p })),
        datasheets: c.details.datasheets.map((d) => ({
          ...d,
          createdBy: d.createdBy.userId,
          updatedBy: d.updatedBy.userId,
        })),
      },
    })),
    projects: data.projects.map((p) => ({
      id: p.id,
      projectId: p.projectId,
      name: p.name,
      description: p.description,
      url: p.url,
      workspaceUrl: p.workspaceUrl,
      projectType: p.projectType,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      createdBy: p.createdBy.userId,
      updatedBy: p.updatedBy.userId,
      parameters: p.parameters.map((x) => ({ ...x })),
      previewUrl: p.previewUrl,
      variants: p.design.variants.map((v) => ({ name: v.name, items: bomItems(v.bom.items) })),
      releases: p.design.releases.map((r) => ({
        id: r.id,
        releaseId: r.releaseId,
        description: r.description,
        createdAt: r.createdAt,
        variants: r.variants.map((v) => ({
          name: v.name,
          downloadUrl: v.downloadUrl,
          items: bomItems(v.bom.items),
        })),
      })),
    })),
    commentThreads: data.commentThreads.map((t) => ({
      entityId: t.entityId,
      commentThreadId: t.commentThreadId,
      threadNumber: t.threadNumber,
      status: t.status,
      createdAt: t.createdAt,
      modifiedAt: t.modifiedAt,
      createdBy: t.createdBy.userId,
      modifiedBy: t.modifiedBy.userId,
      assignedTo: t.assignedTo?.userId ?? null,
      originalStateScreenshotUrl: t.originalStateScreenshotUrl,
      context: {
        documentId: t.context.documentId,
        objectId: t.context.objectId,
        releaseId: t.context.releaseId,
        area: {
          pos1: { xMils: t.context.area.pos1.xMils, yMils: t.context.area.pos1.yMils },
          pos2: { xMils: t.context.area.pos2.xMils, yMils: t.context.area.pos2.yMils },
        },
      },
      comments: t.comments.map((c) => ({
        commentId: c.commentId,
        text: c.text,
        createdAt: c.createdAt,
        modifiedAt: c.modifiedAt,
        createdBy: c.createdBy.userId,
        modifiedBy: c.modifiedBy.userId,
        mentions: c.mentions.map((m) => m.user.userId),
      })),
    })),
  };
}
