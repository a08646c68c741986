import { HttpStatus, Inject, Injectable } from '@nestjs/common';

import type { RegistrationConfig } from '@yilin/workflow-enterprise-registration';
import type { Clock } from '@yilin/runtime';
import { isWorkingDay } from '@yilin/workflow-common';
import { CLOCK } from '@engine/config/engine-config';
import { DomainError } from '@engine/common/errors/domain.error';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { partialRow } from '@engine/database/partial-row.util';

import { calendarCoverage } from './calendar-coverage.util';
import type { RegistrationSettings, RegistrationSettingsDto } from './registration-settings.dto';
import { RegistrationSettingsEntity } from './registration-settings.entity';

const SETTINGS_ID = 'green-channel';
/** How old the settings a health probe reports on may be: it must not queue behind the pages' reads. */
const PROBE_STALENESS_MS = 60_000;

/** Until an admin saves their own: three working days, the usual materials, the 2026 State Council holidays. */
export const DEFAULT_REGISTRATION_SETTINGS: RegistrationSettings = {
  deadlineWorkingDays: 3,
  requiredMaterials: ['登记申请书', '公司章程', '法定代表人身份证明', '住所使用证明'],
  holidays: [
    '2026-01-01', '2026-01-02', '2026-01-03',
    '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
    '2026-04-04', '2026-04-05', '2026-04-06',
    '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
    '2026-06-19', '2026-06-20', '2026-06-21',
    '2026-09-25', '2026-09-26', '2026-09-27',
    '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
  ],
  makeUpWorkingDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  certification: { distributionCapPercent: 35 },
};

@Injectable()
export class RegistrationSettingsService {
  /** The settings as last read or written here, and when. */
  private recent: { settings: RegistrationSettings; at: number } | null = null;
  private refreshing = false;

  constructor(
    private readonly db: DatabaseTransactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(): Promise<RegistrationSettingsDto> {
    const row = await this.db.exclusive(() =>
      this.db.dataSource.manager.findOneBy(RegistrationSettingsEntity, { id: SETTINGS_ID }),
    );
    const settings = row ? row.settings : DEFAULT_REGISTRATION_SETTINGS;
    this.recent = { settings, at: Date.now() };
    return {
      ...settings,
      updatedAt: row ? row.updatedAt.toISOString() : null,
      updatedBy: row ? row.updatedBy : null,
      calendarCoverage: calendarCoverage(settings, this.clock.now().toISOString()),
    };
  }

  async update(settings: RegistrationSettings, by: string): Promise<RegistrationSettingsDto> {
    assertCoherentCalendar(settings);
    const clean: RegistrationSettings = {
      deadlineWorkingDays: settings.deadlineWorkingDays,
      requiredMaterials: [...new Set(settings.requiredMaterials.map((item) => item.trim()))],
      holidays: [...new Set(settings.holidays)].sort(),
      makeUpWorkingDays: [...new Set(settings.makeUpWorkingDays)].sort(),
      certification: { ...settings.certification },
    };
    const updatedAt = new Date();
    await this.db.run(async (m) => {
      const row = partialRow<RegistrationSettingsEntity>({ settings: clean, updatedBy: by, updatedAt });
      if (await m.findOneBy(RegistrationSettingsEntity, { id: SETTINGS_ID })) {
        await m.update(RegistrationSettingsEntity, { id: SETTINGS_ID }, row);
      } else {
        await m.insert(RegistrationSettingsEntity, { ...row, id: SETTINGS_ID });
      }
    });
    this.recent = { settings: clean, at: Date.now() };
    return {
      ...clean,
      updatedAt: updatedAt.toISOString(),
      updatedBy: by,
      calendarCoverage: calendarCoverage(clean, this.clock.now().toISOString()),
    };
  }

  /**
   * Whether the calendar covers the coming year, from settings at most a minute old (or as saved here
   * since): a health probe asks this and must not wait behind the pages' reads. Older settings are read
   * again behind its back; only the very first question waits for them.
   */
  async coverageForProbe(): Promise<RegistrationSettingsDto['calendarCoverage']> {
    if (!this.recent) await this.get();
    else if (Date.now() - this.recent.at > PROBE_STALENESS_MS && !this.refreshing) {
      this.refreshing = true;
      void this.get()
        .catch(() => undefined)
        .finally(() => (this.refreshing = false));
    }
    return calendarCoverage(this.recent?.settings ?? DEFAULT_REGISTRATION_SETTINGS, this.clock.now().toISOString());
  }

  /** The `config` a new filing carries: what applies on the day it was filed. */
  async configForNewFiling(): Promise<RegistrationConfig> {
    const settings = await this.get();
    return {
      deadlineWorkingDays: settings.deadlineWorkingDays,
      calendar: { holidays: settings.holidays, makeUpWorkingDays: settings.makeUpWorkingDays },
      requiredMaterials: settings.requiredMaterials,
      certification: { ...settings.certification },
    };
  }
}

function assertCoherentCalendar(settings: RegistrationSettings): void {
  const both = settings.holidays.filter((date) => settings.makeUpWorkingDays.includes(date));
  const weekdays = settings.makeUpWorkingDays.filter((date) => isWorkingDay(date, { holidays: [], makeUpWorkingDays: [] }));
  if (both.length || weekdays.length) {
    throw new DomainError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'INCOHERENT_CALENDAR',
      'A day cannot be both a holiday and a make-up working day, and make-up working days fall on weekends',
      { holidayAndMakeUp: both, makeUpOnWeekday: weekdays },
    );
  }
  const { distributionCapPercent, minReinvestedPercent } = settings.certification;
  if (minReinvestedPercent !== undefined && minReinvestedPercent + distributionCapPercent > 100) {
    throw new DomainError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'INCOHERENT_CERTIFICATION',
      'The reinvested share and the distribution cap together cannot exceed 100%',
    );
  }
}
