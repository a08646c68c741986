import type { EventActor } from '@yilin/contracts';

import type {
  CertificationApplication,
  RegistrationAddress,
  RegistrationConfig,
  RegistrationContext,
} from './enterprise-registration.types';

type Criterion = 'socialGoalFirst' | 'profitReinvested' | 'distributionCapped' | 'percentagesConsistent';

const isBlank = (text: unknown): boolean => typeof text !== 'string' || text.trim() === '';

export function isFounder(context: Pick<RegistrationContext, 'founderUserId'>, actor: EventActor): boolean {
  return actor.id === context.founderUserId;
}

/** The founder, or — for a filing made on their behalf (业务代办) — the registration window acting for them. */
export function isFounderSide(
  context: Pick<RegistrationContext, 'founderUserId' | 'filedBy'>,
  actor: EventActor,
): boolean {
  return isFounder(context, actor) || (context.filedBy === 'staff' && actor.roles.includes('staff'));
}

/** Whoever filed for the founder must not also decide on that filing. */
export function isIndependentOfFiling(
  context: Pick<RegistrationContext, 'filedByStaffId'>,
  actor: EventActor,
): boolean {
  return actor.id !== context.filedByStaffId;
}

export function missingMaterials(
  materials: readonly string[],
  config: Pick<RegistrationConfig, 'requiredMaterials'>,
): string[] {
  return config.requiredMaterials.filter((item) => !materials.includes(item));
}

/** A notice's items: at least one, none blank, none twice. */
export function areNoticeItems(items: readonly string[] | undefined): items is readonly string[] {
  return Array.isArray(items) && items.length > 0 && !items.some(isBlank) && new Set(items).size === items.length;
}

/** Required materials the filing lacks that a notice does not name: a notice must name every one. */
export function unnamedMissingMaterials(
  context: Pick<RegistrationContext, 'filing' | 'config'>,
  items: readonly string[],
): string[] {
  return missingMaterials(context.filing.materials, context.config).filter((item) => !items.includes(item));
}

/** Items of a later notice that the first notice did not raise. */
export function itemsNotInFirstNotice(context: Pick<RegistrationContext, 'notices'>, items: readonly string[]): string[] {
  const first = context.notices[0];
  return first ? items.filter((item) => !first.items.includes(item)) : [];
}

/**
 * 一次性告知: one notice lists every missing item — every required material the filing lacks at least —
 * so that once the founder supplies them the filing can be completed. A later notice may only repeat
 * items of the first one that are still unsatisfied, never raise new ones.
 */
export function isOneTimeNotice(
  context: Pick<RegistrationContext, 'notices' | 'filing' | 'config'>,
  items: readonly string[] | undefined,
): boolean {
  return (
    areNoticeItems(items) &&
    unnamedMissingMaterials(context, items).length === 0 &&
    itemsNotInFirstNotice(context, items).length === 0
  );
}

export function isNonEmptyList(items: readonly unknown[] | undefined): boolean {
  return Array.isArray(items) && items.length > 0 && !items.some(isBlank);
}

export function isNewName(context: Pick<RegistrationContext, 'filing'>, name: unknown): boolean {
  return !isBlank(name) && (name as string).trim() !== context.filing.enterpriseName;
}

export function areValidAddresses(addresses: readonly RegistrationAddress[] | undefined): boolean {
  return Array.isArray(addresses) && addresses.length > 0 && addresses.every((entry) => !isBlank(entry?.address));
}

export function hasText(text: unknown): boolean {
  return !isBlank(text);
}

export function minReinvestedPercent(config: RegistrationConfig['certification']): number {
  return config.minReinvestedPercent ?? 100 - config.distributionCapPercent;
}

/** The certification criteria an application does not meet; empty when it qualifies. */
export function certificationShortfalls(
  application: CertificationApplication,
  config: RegistrationConfig['certification'],
): Criterion[] {
  const shortfalls: Criterion[] = [];
  const { profitReinvestedPercent: reinvested, distributionPercent: distributed } = application;
  const isPercent = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 100;
  if (!isPercent(reinvested) || !isPercent(distributed) || reinvested + distributed > 100) {
    shortfalls.push('percentagesConsistent');
  }
  if (application.socialGoalFirst !== true) shortfalls.push('socialGoalFirst');
  if (!(reinvested >= minReinvestedPercent(config))) shortfalls.push('profitReinvested');
  if (!(distributed <= config.distributionCapPercent)) shortfalls.push('distributionCapped');
  return shortfalls;
}

/** An application the committee can assess: well-formed numbers; meeting the criteria is their call to check. */
export function isWellFormedApplication(application: Partial<CertificationApplication> | undefined): boolean {
  if (!application || typeof application.socialGoalFirst !== 'boolean') return false;
  const { profitReinvestedPercent: reinvested, distributionPercent: distributed } = application;
  const isPercent = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 100;
  return isPercent(reinvested) && isPercent(distributed) && reinvested + distributed <= 100;
}

/** The committee certifies only an application meeting every criterion, with more assessors for than against. */
export function mayCertify(context: Pick<RegistrationContext, 'certification' | 'config'>): boolean {
  const certification = context.certification;
  if (!certification) return false;
  const inFavour = certification.assessments.filter((assessment) => assessment.meetsCriteria).length;
  const against = certification.assessments.length - inFavour;
  return (
    inFavour > against &&
    certificationShortfalls(certification.application, context.config.certification).length === 0
  );
}
