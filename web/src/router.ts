import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { adminRoutes } from './admin/routes';
import { boardRoutes } from './board/routes';
import { deskRoutes } from './desk/routes';
import { employerRoutes } from './employer/routes';
import { publicRoutes } from './public/routes';
import { workerRoutes } from './worker/routes';
import { type Role, isSignedIn } from './shared/session';

/**
 * One web app, six audiences, each under its own path: the public pages at /,
 * the worker's phone app at /w, the employer console at /e, the operator desk
 * at /desk, the hall board at /board/<marketId> and the city admin at /admin.
 */
const routes: RouteRecordRaw[] = [
  ...publicRoutes,
  ...workerRoutes,
  ...employerRoutes,
  ...deskRoutes,
  ...boardRoutes,
  ...adminRoutes,
  { path: '/:rest(.*)*', component: () => import('./public/NotFoundPage.vue') },
];

export const router = createRouter({ history: createWebHistory(), routes });

/** A route with `meta.role` needs that role's session; without one the user goes to its login page. */
router.beforeEach((to) => {
  const role = to.meta.role as Role | undefined;
  const login = to.meta.login as string | undefined;
  if (role && login && !isSignedIn(role)) return { path: login, query: { next: to.fullPath } };
  return true;
});
