import type { RouteRecordRaw } from 'vue-router';

const meta = { role: 'employer', login: '/e/login' };

/** The employer console: a layout with the nav, and one page per task inside it. */
export const employerRoutes: RouteRecordRaw[] = [
  {
    path: '/e/login',
    component: () => import('../shared/LoginPage.vue'),
    props: { role: 'employer', title: { zh: '用工登录', en: 'Employer sign-in' }, home: '/e' },
  },
  {
    path: '/e',
    component: () => import('./EmployerLayout.vue'),
    meta,
    children: [
      { path: '', component: () => import('./MyShiftsPage.vue'), meta },
      { path: 'post', component: () => import('./PostShiftPage.vue'), meta },
      { path: 'profile', component: () => import('./ProfilePage.vue'), meta },
      { path: 'shifts/:id', component: () => import('./ShiftPage.vue'), meta, props: true },
      {
        path: 'assignments/:id/agreement',
        component: () => import('./AgreementPage.vue'),
        meta,
        props: true,
      },
      { path: 'staff-sharing', component: () => import('./StaffSharingPage.vue'), meta },
      { path: 'credit', component: () => import('./CreditPage.vue'), meta },
    ],
  },
];
