import { PeopleDirectoryService } from './people-directory.service';
import { PeopleResolver } from '../resolvers/people.resolver';
import { RoleAdminService } from './role-admin.service';
import { RoleAuditEntry } from '../entities/role-audit-entry.entity';
import { RoleAuditService } from './role-audit.service';
import { ScopeLabels } from './scope-labels';

/** People and roles (用户管理, delegation, the role audit log): registered by IdentityModule. */
export const PEOPLE_ENTITIES = [RoleAuditEntry];
export const PEOPLE_PROVIDERS = [ScopeLabels, PeopleDirectoryService, RoleAdminService, RoleAuditService, PeopleResolver];
