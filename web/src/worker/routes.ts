import type { RouteRecordRaw } from 'vue-router';

/** Signed-in worker screens: the login page is where a signed-out visitor is sent. */
const worker = { role: 'worker', login: '/w/login' } as const;

export const workerRoutes: RouteRecordRaw[] = [
  {
    path: '/w/login',
    component: () => import('../shared/LoginPage.vue'),
    props: { role: 'worker', title: { zh: '零工登录', en: 'Worker sign-in' }, home: '/w' },
  },
  {
    // What the hall board's QR code opens: anyone may look, grabbing asks to sign in.
    path: '/w/shifts/:shiftId',
    component: () => import('./ShiftPage.vue'),
    props: true,
  },
  {
    path: '/w',
    component: () => import('./WorkerShell.vue'),
    meta: worker,
    children: [
      {
        path: '',
        component: () => import('./WorkerHome.vue'),
        meta: { ...worker, title: { zh: '零工快招', en: 'Linggong' } },
      },
      {
        path: 'mine',
        component: () => import('./MyShiftsPage.vue'),
        meta: { ...worker, title: { zh: '我的工作', en: 'My shifts' } },
      },
      {
        path: 'assignments/:id',
        component: () => import('./AssignmentPage.vue'),
        props: true,
        meta: { ...worker, title: { zh: '工作详情', en: 'Shift details' }, back: '/w/mine' },
      },
      {
        // The employer's check-in QR points here with ?shift=&code=.
        path: 'check-in',
        component: () => import('./CheckInLink.vue'),
        meta: { ...worker, title: { zh: '签到', en: 'Check in' }, back: '/w/mine' },
      },
      {
        path: 'history',
        component: () => import('./HistoryPage.vue'),
        meta: { ...worker, title: { zh: '收入', en: 'Income' } },
      },
      {
        path: 'assignments/:id/agreement',
        component: () => import('./AgreementPage.vue'),
        props: true,
        meta: { ...worker, title: { zh: '用工协议', en: 'Agreement' }, back: '/w/mine' },
      },
      {
        path: 'registration',
        component: () => import('./RegistrationPage.vue'),
        meta: { ...worker, title: { zh: '灵活就业登记', en: 'Registration' }, back: '/w/profile' },
      },
      {
        path: 'records',
        component: () => import('./WorkRecordsPage.vue'),
        meta: { ...worker, title: { zh: '工作记录', en: 'Work records' }, back: '/w/profile' },
      },
      {
        path: 'credit',
        component: () => import('./CreditPage.vue'),
        meta: { ...worker, title: { zh: '我的信用', en: 'My credit' }, back: '/w/profile' },
      },
      {
        path: 'complaints',
        component: () => import('./ComplaintsPage.vue'),
        meta: { ...worker, title: { zh: '投诉', en: 'Complaints' }, back: '/w/profile' },
      },
      {
        path: 'profile',
        component: () => import('./ProfilePage.vue'),
        meta: { ...worker, title: { zh: '我的资料', en: 'My profile' } },
      },
    ],
  },
];
