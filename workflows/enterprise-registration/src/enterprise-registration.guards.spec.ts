import type { EventActor } from '@yilin/contracts';

import {
  areValidAddresses,
  certificationShortfalls,
  isFounderSide,
  isIndependentOfFiling,
  isNewName,
  isOneTimeNotice,
  isWellFormedApplication,
  mayCertify,
  minReinvestedPercent,
  missingMaterials,
} from './enterprise-registration.guards';
import type { RegistrationContext } from './enterprise-registration.types';

const actor = (id: string, ...roles: EventActor['roles']): EventActor => ({ id, username: id, roles });
const CAP = { distributionCapPercent: 35 };

describe('enterprise-registration guards', () => {
  it('lets the founder act, and the window only on a filing it made for them', () => {
    const online = { founderUserId: 'f1', filedBy: 'founder' as const };
    const byStaff = { founderUserId: 'f1', filedBy: 'staff' as const };
    expect(isFounderSide(online, actor('f1', 'applicant'))).toBe(true);
    expect(isFounderSide(online, actor('s1', 'staff'))).toBe(false);
    expect(isFounderSide(byStaff, actor('s2', 'staff'))).toBe(true);
    expect(isFounderSide(byStaff, actor('a2', 'applicant'))).toBe(false);
  });

  it('keeps whoever filed for the founder out of the decision', () => {
    expect(isIndependentOfFiling({ filedByStaffId: 's1' }, actor('s1', 'staff'))).toBe(false);
    expect(isIndependentOfFiling({ filedByStaffId: 's1' }, actor('s2', 'staff'))).toBe(true);
    expect(isIndependentOfFiling({ filedByStaffId: null }, actor('s1', 'staff'))).toBe(true);
  });

  it('lists the required materials not handed in', () => {
    expect(missingMaterials(['charter'], { requiredMaterials: ['charter', 'id-copy', 'lease'] })).toEqual([
      'id-copy',
      'lease',
    ]);
  });

  describe('one-time notice (一次性告知)', () => {
    const requiredMaterials = ['charter', 'id-copy', 'lease'];
    const filed = (materials: string[], notices: RegistrationContext['notices'] = []) => ({
      notices,
      filing: { materials } as unknown as RegistrationContext['filing'],
      config: { requiredMaterials } as unknown as RegistrationContext['config'],
    });

    it('needs at least one distinct, non-blank item', () => {
      expect(isOneTimeNotice(filed(['charter']), [])).toBe(false);
      expect(isOneTimeNotice(filed(['charter']), undefined)).toBe(false);
      expect(isOneTimeNotice(filed(['charter']), ['lease', ' '])).toBe(false);
      expect(isOneTimeNotice(filed(['charter']), ['lease', 'lease'])).toBe(false);
      expect(isOneTimeNotice(filed(['charter']), ['lease', 'id-copy'])).toBe(true);
    });

    it('names every required material the filing lacks, so supplying them completes it', () => {
      expect(isOneTimeNotice(filed(['charter']), ['lease'])).toBe(false);
      expect(isOneTimeNotice(filed(['charter']), ['lease', 'id-copy', 'clearer photo of the seal'])).toBe(true);
      expect(isOneTimeNotice(filed(requiredMaterials), ['clearer photo of the seal'])).toBe(true);
    });

    it('lets a later notice only repeat items of the first', () => {
      const notices = [{ items: ['lease', 'id-copy'], by: 's', at: '2026-10-08T01:00:00Z' }];
      expect(isOneTimeNotice(filed(['charter', 'id-copy'], notices), ['lease'])).toBe(true);
      expect(isOneTimeNotice(filed(['charter', 'id-copy'], notices), ['lease', 'seal'])).toBe(false);
    });
  });

  it('accepts only a different, non-blank name', () => {
    const context = { filing: { enterpriseName: '黉门宜邻' } } as Pick<RegistrationContext, 'filing'>;
    expect(isNewName(context, '黉门宜邻')).toBe(false);
    expect(isNewName(context, ' ')).toBe(false);
    expect(isNewName(context, '黉门宜邻居民服务')).toBe(true);
  });

  it('needs at least one address, each with text', () => {
    expect(areValidAddresses([])).toBe(false);
    expect(areValidAddresses([{ address: '' }])).toBe(false);
    expect(areValidAddresses([{ address: '玉林街道黉门街1号' }, { address: '2号', kind: 'business' }])).toBe(true);
  });

  describe('certification criteria', () => {
    it('reinvestment defaults to what the distribution cap leaves', () => {
      expect(minReinvestedPercent(CAP)).toBe(65);
      expect(minReinvestedPercent({ ...CAP, minReinvestedPercent: 50 })).toBe(50);
    });

    it('names every criterion missed', () => {
      expect(certificationShortfalls({ socialGoalFirst: true, profitReinvestedPercent: 70, distributionPercent: 30 }, CAP)).toEqual([]);
      expect(certificationShortfalls({ socialGoalFirst: true, profitReinvestedPercent: 65, distributionPercent: 35 }, CAP)).toEqual([]);
      expect(
        certificationShortfalls({ socialGoalFirst: false, profitReinvestedPercent: 50, distributionPercent: 40 }, CAP),
      ).toEqual(['socialGoalFirst', 'profitReinvested', 'distributionCapped']);
      expect(
        certificationShortfalls({ socialGoalFirst: true, profitReinvestedPercent: 80, distributionPercent: 30 }, CAP),
      ).toEqual(['percentagesConsistent']);
    });

    it('accepts an application only with sensible percentages', () => {
      expect(isWellFormedApplication({ socialGoalFirst: true, profitReinvestedPercent: 70, distributionPercent: 30 })).toBe(true);
      expect(isWellFormedApplication({ socialGoalFirst: true, profitReinvestedPercent: 70, distributionPercent: 31 })).toBe(false);
      expect(isWellFormedApplication({ socialGoalFirst: true, profitReinvestedPercent: -1, distributionPercent: 0 })).toBe(false);
      expect(isWellFormedApplication({ profitReinvestedPercent: 70, distributionPercent: 30 })).toBe(false);
    });

    it('certifies a qualifying application with more assessors for than against', () => {
      const application = { socialGoalFirst: true, profitReinvestedPercent: 70, distributionPercent: 30 };
      const vote = (by: string, meetsCriteria: boolean) => ({ by, meetsCriteria, at: '2026-11-01T01:00:00Z' });
      const context = (assessments: ReturnType<typeof vote>[], distributionPercent = 30) => ({
        config: { certification: CAP } as RegistrationContext['config'],
        certification: {
          application: { ...application, profitReinvestedPercent: 100 - distributionPercent, distributionPercent },
          appliedAt: '2026-11-01T00:00:00Z',
          assessments,
          decision: null,
        },
      });
      expect(mayCertify(context([]))).toBe(false);
      expect(mayCertify(context([vote('c1', true)]))).toBe(true);
      expect(mayCertify(context([vote('c1', true), vote('c2', false)]))).toBe(false);
      expect(mayCertify(context([vote('c1', true)], 40))).toBe(false);
      expect(mayCertify({ config: context([]).config, certification: null })).toBe(false);
    });
  });
});
