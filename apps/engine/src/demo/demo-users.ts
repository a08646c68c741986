import type { CreateUserRequest } from '@yilin/contracts';

/** One person per role (two where a story needs two), all with the password in the README. */
export const DEMO_PASSWORD = 'yilin-demo';

export const DEMO_USERS: Array<Omit<CreateUserRequest, 'password'>> = [
  { username: 'admin', displayName: '管理员 王敏', roles: ['admin'] },
  { username: 'staff', displayName: '秘书处 李娜', roles: ['staff'] },
  { username: 'window', displayName: '窗口工作人员 赵强', roles: ['staff'] },
  { username: 'applicant', displayName: '黉门街社区居委会', roles: ['applicant'] },
  { username: 'applicant2', displayName: '玉林邻里互助会', roles: ['applicant'] },
  { username: 'founder', displayName: '创业者 陈静', roles: ['applicant'] },
  { username: 'reviewer', displayName: '评审专家 周涛', roles: ['reviewer'] },
  { username: 'reviewer2', displayName: '评审专家 吴芳', roles: ['reviewer'] },
  { username: 'director', displayName: '秘书长 刘洋', roles: ['director'] },
  { username: 'council1', displayName: '理事 张伟', roles: ['council'] },
  { username: 'council2', displayName: '理事 孙丽', roles: ['council'] },
  { username: 'council3', displayName: '理事 黄磊', roles: ['council'] },
  { username: 'supervisor', displayName: '监事 杨帆', roles: ['supervisor'] },
];
