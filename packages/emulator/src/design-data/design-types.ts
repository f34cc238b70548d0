/**
 * Altium 365 design data as the emulator serves it. Field names follow the
 * Nexar GraphQL types (DesWorkspaceInfo, DesWorkspaceLocation, DesProject,
 * DesDesign, DesWipVariant, DesRelease, DesReleaseVariant, DesBomItem,
 * DesComponent, DesManufacturerPart, DesCommentThread, DesComment, DesUser),
 * so resolvers map them 1:1. Plain JSON-serialisable data: users and
 * components are shared object references. Dates are ISO 8601 strings.
 * Connections (projects, releases, BOM items, library components) are stored
 * as arrays in their natural order; resolvers page them.
 */

/** DesUserGroup. */
export interface DesignUserGroup {
  userGroupId: string;
  name: string;
}

/** DesUser (never carries a password). */
export interface DesignUser {
  userId: string;
  globalUserId: string;
  userName: string;
  email: string;
  firstName: string;
  lastName: string;
  pictureUrl: string;
  groups: DesignUserGroup[];
}

/** DesWorkspaceLocation: a region and the endpoints that serve its workspaces. */
export interface WorkspaceLocation {
  name: string;
  apiServiceUrl: string;
  filesServiceUrl: string;
}

/** DesLibrary without its component connection. */
export interface LibraryInfo {
  name: string;
  description: string;
  version: string;
  createdAt: string;
  updatedAt: string;
  createdBy: DesignUser;
  updatedBy: DesignUser;
}

/**
 * DesWorkspaceInfo. `locationName` names an entry of `DesignData.locations`
 * (the resolver returns that object as `location`), so the emulator can bind
 * the regions' real addresses after it starts listening.
 */
export interface Workspace {
  workspaceId: string;
  name: string;
  url: string;
  authId: string;
  description: string | null;
  isDefault: boolean;
  locationName: string;
  library: LibraryInfo;
  /** Members (DesTeam.users). */
  users: DesignUser[];
  groups: DesignUserGroup[];
}

/** DesComponentParameter. `type` is a DesParameterType value. */
export interface ComponentParameter {
  type: string;
  name: string;
  value: string;
}

/** DesSupplierPart. */
export interface SupplierPart {
  companyName: string;
  partNumber: string;
  prices: { currency: string; price: number; breakQuantity: number }[];
  stocks: { locationName: string; quantity: number }[];
}

/** DesManufacturerPart: an MPN and maker that the catalog knows (or deliberately does not). */
export interface ManufacturerPart {
  partNumber: string;
  companyName: string;
  /** SupPart.id of the catalog part, null when the catalog has no such part. */
  octopartId: string | null;
  priority: number;
  supplierParts: SupplierPart[];
}

/** DesDatasheet. */
export interface ComponentDatasheet {
  id: string;
  name: string;
  comment: string;
  description: string;
  dataDownloadUrl: string;
  itemInternalId: string;
  revisionInternalId: string;
  createdBy: DesignUser;
  updatedBy: DesignUser;
}

/** DesComponentType. */
export interface ComponentType {
  componentTypeId: string;
  name: string;
  parent: ComponentType | null;
  createdBy: DesignUser;
  updatedBy: DesignUser;
  createdAt: string;
  updatedAt: string;
}

/** DesComponent (plus the workspace whose library holds it). */
export interface Component {
  id: string;
  /** Workspace URL of the library; components used only in BOMs are not listed in it. */
  workspaceUrl: string;
  /** False for one-off BOM components that are not in the workspace library. */
  inLibrary: boolean;
  name: string;
  comment: string;
  description: string;
  createdAt: string;
  modifiedAt: string;
  createdBy: DesignUser;
  isManaged: boolean;
  revisionId: string;
  componentType: ComponentType | null;
  manufacturerParts: ManufacturerPart[];
  details: {
    itemInternalId: string;
    parameters: ComponentParameter[];
    itemParameters: ComponentParameter[];
    datasheets: ComponentDatasheet[];
  };
}

/** DesBomItemInstance. */
export interface BomItemInstance {
  designator: string;
  isFitted: boolean;
  alternateComponent: Component | null;
}

/** DesBomItem. `quantity` counts the fitted instances (0 for a do-not-place line). */
export interface BomItem {
  component: Component;
  quantity: number;
  bomItemInstances: BomItemInstance[];
}

/** DesBom with its items as an array. */
export interface Bom {
  items: BomItem[];
}

/** DesWipVariant. `[No Variations]` is the base design. */
export interface WipVariant {
  name: string;
  bom: Bom;
}

/** DesReleaseVariant. */
export interface ReleaseVariant {
  name: string;
  downloadUrl: string;
  bom: Bom;
}

/** DesRelease. */
export interface Release {
  id: string;
  releaseId: string;
  description: string;
  createdAt: string;
  variants: ReleaseVariant[];
}

/** DesProject (its `design` holds work-in-progress variants and releases, oldest release first). */
export interface Project {
  id: string;
  projectId: string;
  name: string;
  description: string;
  url: string;
  workspaceUrl: string;
  projectType: string;
  createdAt: string;
  updatedAt: string;
  createdBy: DesignUser;
  updatedBy: DesignUser;
  parameters: { name: string; value: string }[];
  previewUrl: string;
  design: { variants: WipVariant[]; releases: Release[] };
}

/** DesPosition2D; `x`/`y` in Altium internal units (10,000 per mil). */
export interface Position2D {
  x: number;
  y: number;
  xMm: number;
  yMm: number;
  xMils: number;
  yMils: number;
}

/** DesCommentContext. */
export interface CommentContext {
  documentId: string | null;
  objectId: string | null;
  area: { pos1: Position2D; pos2: Position2D };
  releaseId: string | null;
}

/** DesComment. */
export interface Comment {
  commentId: string;
  text: string;
  createdAt: string;
  modifiedAt: string;
  createdBy: DesignUser;
  modifiedBy: DesignUser;
  mentions: { user: DesignUser }[];
}

/** DesCommentThread (plus `entityId`, the DesProject.id it belongs to). */
export interface CommentThread {
  entityId: string;
  commentThreadId: string;
  threadNumber: number;
  /** 0 open, 1 resolved. */
  status: number;
  createdAt: string;
  modifiedAt: string;
  createdBy: DesignUser;
  modifiedBy: DesignUser;
  assignedTo: DesignUser | null;
  originalStateScreenshotUrl: string | null;
  context: CommentContext;
  comments: Comment[];
}

/** Everything the design API serves. */
export interface DesignData {
  locations: WorkspaceLocation[];
  users: DesignUser[];
  workspaces: Workspace[];
  projects: Project[];
  components: Component[];
  commentThreads: CommentThread[];
}
