/** Every text the web app shows, in Simplified Chinese first and English second. */
export const MESSAGES = {
  'app.name': { zh: '宜邻', en: 'Yilin' },
  'app.tagline': { zh: '社区公益资金审批、社企登记绿色通道与监督平台', en: 'Community grants, green-channel registration and supervision' },
  'nav.home': { zh: '工作台', en: 'Home' },
  'nav.signOut': { zh: '退出', en: 'Sign out' },
  'nav.language': { zh: 'English', en: '中文' },
  'login.title': { zh: '登录', en: 'Sign in' },
  'login.username': { zh: '用户名', en: 'Username' },
  'login.password': { zh: '密码', en: 'Password' },
  'login.submit': { zh: '登录', en: 'Sign in' },
  'login.demoHint': { zh: '演示账号的密码均为 yilin-demo', en: 'Every demo account uses the password yilin-demo' },
  'home.workflows': { zh: '业务流程', en: 'Workflows' },
  'home.instances': { zh: '我可见的事项', en: 'Items I can see' },
  'home.empty': { zh: '暂无事项', en: 'Nothing here yet' },
  'home.state': { zh: '当前环节', en: 'Current step' },
  'home.updated': { zh: '更新时间', en: 'Updated' },
  'common.loading': { zh: '加载中…', en: 'Loading…' },
  'common.retry': { zh: '重试', en: 'Try again' },
  'error.network': { zh: '无法连接服务器，请检查网络后重试', en: 'Cannot reach the server; check your connection and try again' },
  'status.active': { zh: '办理中', en: 'In progress' },
  'status.done': { zh: '已办结', en: 'Finished' },
  'status.suspended': { zh: '已暂停', en: 'Suspended' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;
