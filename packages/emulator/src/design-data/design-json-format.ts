/**
 * The design data JSON file format (version 1). Users, components, workspaces
 * and projects are listed once and referred to by id (`userId`, component
 * `id`, workspace `url`, location `name`, project `id`):
 *
 * ```json
 * {
 *   "version": 1,
 *   "locations": [{ "name": "US West", "apiServiceUrl": "https://...", "filesServiceUrl": "https://..." }],
 *   "groups": [{ "userGroupId": "g1", "name": "Engineering" }],
 *   "users": [{ "userId": "user-dana", "email": "dana@example.com", "firstName": "Dana", "lastName": "Demo", "groups": ["g1"] }],
 *   "workspaces": [{ "workspaceId": "w1", "name": "Acme", "url": "https://acme.365.altium.com", "isDefault": true, "location": "US West" }],
 *   "components": [{ "id": "c1", "workspaceUrl": "https://acme.365.altium.com", "name": "CMP-01001", "createdAt": "2024-01-01T00:00:00Z",
 *     "createdBy": "user-dana", "manufacturerParts": [{ "partNumber": "LM358DR", "companyName": "Texas Instruments" }] }],
 *   "projects": [{ "id": "p1", "projectId": "...", "name": "Board", "workspaceUrl": "https://acme.365.altium.com",
 *     "createdAt": "2024-01-02T00:00:00Z", "createdBy": "user-dana",
 *     "variants": [{ "name": "[No Variations]", "items": [{ "component": "c1", "instances": [{ "designator": "U1" }] }] }] }],
 *   "commentThreads": [{ "entityId": "p1", "commentThreadId": "thread-1", "createdAt": "2024-01-03T00:00:00Z", "createdBy": "user-dana",
 *     "comments": [{ "commentId": "comment-1", "text": "Check U1", "createdAt": "2024-01-03T00:00:00Z", "createdBy": "user-dana" }] }]
 * }
 * ```
 *
 * Omitted fields get defaults: `isFitted` true, BOM `quantity` = fitted
 * instances, `modifiedAt`/`updatedAt` = creation time, `updatedBy`/`modifiedBy`
 * = creator, workspace members = all users, empty lists and nulls elsewhere.
 * Unknown fields, duplicate ids and dangling references are errors naming
 * their path. `designDataToJson` writes every field; reading it back gives
 * equal data.
 */

export interface DesignJson {
  version?: 1;
  locations: { name: string; apiServiceUrl: string; filesServiceUrl: string }[];
  groups?: { userGroupId: string; name: string }[];
  users: {
    userId: string;
    email: string;
    firstName: string;
    lastName: string;
    userName?: string;
    globalUserId?: string;
    pictureUrl?: string;
    groups?: string[];
  }[];
  workspaces: {
    workspaceId: string;
    name: string;
    url: string;
    authId?: string;
    description?: string | null;
    isDefault?: boolean;
    location: string;
    library?: {
      name: string;
      description?: string;
      version?: string;
      createdAt: string;
      updatedAt?: string;
      createdBy: string;
      updatedBy?: string;
    };
    users?: string[];
    groups?: string[];
  }[];
  components: ComponentJson[];
  projects: ProjectJson[];
  commentThreads?: CommentThreadJson[];
}

export interface ComponentTypeJson {
  componentTypeId: string;
  name: string;
  parent?: ComponentTypeJson | null;
  createdBy: string;
  updatedBy?: string;
  createdAt: string;
  updatedAt?: string;
}

export interface ComponentJson {
  id: string;
  workspaceUrl: string;
  inLibrary?: boolean;
  name: string;
  comment?: string;
  description?: string;
  createdAt: string;
  modifiedAt?: string;
  createdBy: string;
  isManaged?: boolean;
  revisionId?: string;
  componentType?: ComponentTypeJson | null;
  manufacturerParts?: {
    partNumber: string;
    companyName: string;
    octopartId?: string | null;
    priority?: number;
    supplierParts?: {
      companyName: string;
      partNumber: string;
      prices?: { currency: string; price: number; breakQuantity: number }[];
      stocks?: { locationName: string; quantity: number }[];
    }[];
  }[];
  details?: {
    itemInternalId?: string;
    parameters?: { type?: string; name: string; value: string }[];
    itemParameters?: { type?: string; name: string; value: string }[];
    datasheets?: {
      id: string;
      name: string;
      comment?: string;
      description?: string;
      dataDownloadUrl: string;
      itemInternalId?: string;
      revisionInternalId?: string;
      createdBy?: string;
      updatedBy?: string;
    }[];
  };
}

export interface BomItemJson {
  component: string;
  quantity?: number;
  instances: { designator: string; isFitted?: boolean; alternateComponent?: string | null }[];
}

export interface ProjectJson {
  id: string;
  projectId: string;
  name: string;
  description?: string;
  url?: string;
  workspaceUrl: string;
  projectType?: string;
  createdAt: string;
  updatedAt?: string;
  createdBy: string;
  updatedBy?: string;
  parameters?: { name: string; value: string }[];
  previewUrl?: string;
  variants: { name: string; items: BomItemJson[] }[];
  releases?: {
    id: string;
    releaseId: string;
    description?: string;
    createdAt: string;
    variants: { name: string; downloadUrl?: string; items: BomItemJson[] }[];
  }[];
}

export interface PositionJson {
  xMils: number;
  yMils: number;
}

export interface CommentThreadJson {
  entityId: string;
  commentThreadId: string;
  threadNumber?: number;
  status?: number;
  createdAt: string;
  modifiedAt?: string;
  createdBy: string;
  modifiedBy?: string;
  assignedTo?: string | null;
  originalStateScreenshotUrl?: string | null;
  context?: {
    documentId?: string | null;
    objectId?: string | null;
    releaseId?: string | null;
    area?: { pos1: PositionJson; pos2: PositionJson };
  };
  comments: {
    commentId: string;
    text: string;
    createdAt: string;
    modifiedAt?: string;
    createdBy: string;
    modifiedBy?: string;
    mentions?: string[];
  }[];
}
