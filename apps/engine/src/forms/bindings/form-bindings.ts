import { Injectable } from '@nestjs/common';

import { ulid } from '@yilin/runtime';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { ReloadedTable } from '@engine/database/reloaded-table';

import { FormBindingEntity } from './form-binding.entity';

const WORKFLOW_WIDE = '';

export interface BindingChange {
  workflow: string;
  slot: string;
  /** A programme id, or undefined for the whole workflow. */
  scope?: string;
  formKey: string;
  boundBy: string;
  boundAt: Date;
}

const newestFirst = (a: FormBindingEntity, b: FormBindingEntity) => b.boundAt.getTime() - a.boundAt.getTime() || (b.id < a.id ? -1 : 1);

/**
 * The forms bound to step slots, with every change kept. Like published forms, the rows live in memory.
 * On SQLite this process is the only writer. On MariaDB other processes bind too, so the rows are read
 * again at most once a second: every event and view looks bindings up dozens of times, staff rebind a
 * few times a year. Changes are only ever added, so what memory holds only grows.
 */
@Injectable()
export class FormBindings {
  private readonly rows = new Map<string, FormBindingEntity>();
  private readonly table = new ReloadedTable(async () => {
    const rows = await this.db.read((m) => m.find(FormBindingEntity));
    rows.forEach((row) => this.rows.set(row.id, row));
  });

  constructor(private readonly db: DatabaseTransactions) {}

  /** At start: through the table, so the first look-up on MariaDB does not read it all again. */
  async load(): Promise<void> {
    await this.table.fresh();
  }

  /** The form bound to the slot at `at`: the scope's own binding, else the workflow-wide one, else null (the default). */
  async formFor(workflow: string, slot: string, scope: string | undefined, at: Date): Promise<string | null> {
    const rows = (await this.rowsOf(workflow, slot)).filter((row) => row.boundAt.getTime() <= at.getTime()).sort(newestFirst);
    const scoped = scope ? rows.find((row) => row.scope === scope) : undefined;
    return (scoped ?? rows.find((row) => row.scope === WORKFLOW_WIDE))?.formKey ?? null;
  }

  /** The binding in force now for every slot and scope that has one. */
  async current(): Promise<BindingChange[]> {
    const latest = new Map<string, FormBindingEntity>();
    for (const row of (await this.all()).sort(newestFirst)) {
      const key = `${row.workflow}\u0000${row.slot}\u0000${row.scope}`;
      if (!latest.has(key)) latest.set(key, row);
    }
    return [...latest.values()].map(toChange);
  }

  /** Every change, newest first: who bound which form where, and when. */
  async history(): Promise<BindingChange[]> {
    return (await this.all()).sort(newestFirst).map(toChange);
  }

  async bind(change: BindingChange): Promise<void> {
    const row: FormBindingEntity = {
      id: ulid(change.boundAt.getTime()),
      workflow: change.workflow,
      slot: change.slot,
      scope: change.scope ?? WORKFLOW_WIDE,
      formKey: change.formKey,
      boundBy: change.boundBy,
      boundAt: change.boundAt,
    };
    await this.db.run((manager) => manager.insert(FormBindingEntity, row));
    this.rows.set(row.id, row);
  }

  private async rowsOf(workflow: string, slot: string): Promise<FormBindingEntity[]> {
    return (await this.all()).filter((row) => row.workflow === workflow && row.slot === slot);
  }

  private async all(): Promise<FormBindingEntity[]> {
    if (this.db.driver === 'mysql') await this.table.fresh();
    return [...this.rows.values()];
  }
}

function toChange(row: FormBindingEntity): BindingChange {
  return {
    workflow: row.workflow,
    slot: row.slot,
    ...(row.scope ? { scope: row.scope } : {}),
    formKey: row.formKey,
    boundBy: row.boundBy,
    boundAt: row.boundAt,
  };
}
