import { GUARDS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { AuthGuard, ROLES_KEY, ViewerGuard } from '@app/accounts';
import type { Role } from '@app/contracts';
import type { TestApi } from '../support/test-api';

/** Who may call a route, read from its guards and @Auth roles (not from the OpenAPI text). */
export type Access = 'public' | 'optional' | 'signed-in';

export interface Route {
  method: string;
  /** The OpenAPI path, e.g. /api/v1/shifts/{id}. */
  path: string;
  operationId: string;
  access: Access;
  /** Roles @Auth names; empty means any signed-in user. */
  roles: Role[];
  operation: any;
}

/** The OpenAPI document the API serves, as any client would read it. */
export async function servedDocument(api: TestApi): Promise<any> {
  const res = await api.get('/docs-json');
  if (res.status !== 200) throw new Error(`/docs-json answered ${res.status}`);
  return res.body;
}

/** Every controller class the API mounts, by name (OpenAPI's operationId is `Controller_method`). */
function controllersByName(api: TestApi): Map<string, any> {
  const byName = new Map<string, any>();
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      if (wrapper.metatype) byName.set(wrapper.metatype.name, wrapper.metatype);
    }
  }
  return byName;
}

function guards(target: object): unknown[] {
  return (Reflect.getMetadata(GUARDS_METADATA, target) as unknown[] | undefined) ?? [];
}

/** The route table: every operation of the served document with the access its handler declares. */
export async function routeTable(api: TestApi): Promise<Route[]> {
  const document = await servedDocument(api);
  const controllers = controllersByName(api);
  const routes: Route[] = [];
  for (const [path, item] of Object.entries<any>(document.paths)) {
    for (const [method, operation] of Object.entries<any>(item)) {
      const operationId: string = operation.operationId;
      const [controllerName, handlerName] = operationId.split('_') as [string, string];
      const controller = controllers.get(controllerName);
      const handler = controller?.prototype?.[handlerName];
      if (!handler) throw new Error(`no handler found for ${operationId}`);
      const all = [...guards(controller), ...guards(handler)];
      const roles: Role[] =
        Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, controller) ?? [];
      const access: Access = all.includes(AuthGuard)
        ? 'signed-in'
        : all.includes(ViewerGuard)
          ? 'optional'
          : 'public';
      routes.push({ method: method.toUpperCase(), path, operationId, access, roles, operation });
    }
  }
  return routes;
}
