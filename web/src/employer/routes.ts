import type { RouteRecordRaw } from 'vue-router';

export const employerRoutes: RouteRecordRaw[] = [
  {
    path: '/e/login',
    component: () => import('../shared/LoginPage.vue'),
    props: { role: 'employer', title: { zh: '用工登录', en: 'Employer sign-in' }, home: '/e' },
  },
  {
    path: '/e',
    component: () => import('./EmployerHome.vue'),
    meta: { role: 'employer', login: '/e/login' },
  },
];
