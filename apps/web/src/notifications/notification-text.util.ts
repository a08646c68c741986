const TEXTS: Record<string, { zh: string; en: string }> = {
  'grant.changes-requested': { zh: '申请需要补正，请按一次性告知修改后重新提交', en: 'Your application needs changes; answer the request and resubmit' },
  'grant.council-referred': {
    zh: '理事会回避人数过多、无法达到法定人数，本申请改由秘书长决定',
    en: 'Too many council members recused for a quorum; the director decides this grant',
  },
  'grant.declined': { zh: '资助申请未获批准', en: 'The grant application was declined' },
  'grant.director-sla-breached': { zh: '秘书长审批已超时', en: 'The director’s decision is overdue' },
  'grant.report-due-soon': { zh: '项目报告即将到期，请按时提交', en: 'A project report is due soon' },
  'grant.votes-due': { zh: '有资助申请待理事会表决', en: 'A grant awaits the council’s vote' },
  'enterprise-registration.addresses-refused': { zh: '住所（经营场所）核查未通过', en: 'The addresses were refused' },
  'enterprise-registration.certification-applied': { zh: '有社会企业认定申请待评估', en: 'A certification application awaits assessment' },
  'enterprise-registration.certification-declined': { zh: '社会企业认定未通过', en: 'Certification was declined' },
  'enterprise-registration.certified': { zh: '已认定为社会企业', en: 'Certified as a social enterprise' },
  'enterprise-registration.confirmation-requested': { zh: '工作人员已为您代办申报，请确认', en: 'Staff filed on your behalf; please confirm' },
  'enterprise-registration.deadline-breached': { zh: '绿色通道办理超时', en: 'A green-channel deadline passed' },
  'enterprise-registration.filed': { zh: '收到新的登记申报', en: 'A new registration was filed' },
  'enterprise-registration.materials-missing': { zh: '材料需补正（一次性告知）', en: 'Materials are missing (one-time notice)' },
  'enterprise-registration.name-taken': { zh: '企业名称已被占用，请更换', en: 'The name is taken; choose another' },
  'enterprise-registration.refused': { zh: '登记申请未获核准', en: 'The registration was refused' },
  'enterprise-registration.registered': { zh: '营业执照已核发', en: 'The licence was issued' },
  'supervisory-review.assigned': { zh: '您被指派负责一项监督审查', en: 'You were assigned a supervisory review' },
  'supervisory-review.info-provided': { zh: '被审查方已提交情况说明', en: 'The subject provided the information' },
  'supervisory-review.info-requested': { zh: '监事会要求您说明情况', en: 'The supervisors ask you for information' },
  'supervisory-review.raised': { zh: '收到新的监督审查事项', en: 'A supervisory review was raised' },
  'supervisory-review.rectification-ordered': { zh: '监事会责令整改', en: 'Rectification was ordered' },
  'supervisory-review.rectification-rejected': { zh: '整改未通过核实，请继续整改', en: 'The rectification was not accepted' },
};

/** A notice's sentence in the person's language; unknown templates still show, by their name. */
export function notificationText(template: string, data: Record<string, unknown>, language: 'zh' | 'en'): string {
  const text = TEXTS[template]?.[language] ?? template;
  const subject = [data.title, data.enterpriseName, data.kind].find((value) => typeof value === 'string');
  return subject ? `${text}：${String(subject)}` : text;
}
