import { DataSource, type EntityManager } from 'typeorm';

import { dataSourceOptions } from '@engine/database/data-source-options';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '@engine/testing/test-database';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe.each(TEST_DRIVERS)('database transactions on %s', (driver) => {
  let testDb: TestDatabase;
  let dataSource: DataSource;
  let db: DatabaseTransactions;

  beforeAll(async () => {
    testDb = await openTestDatabase(driver);
    dataSource = await new DataSource(dataSourceOptions(testDb.database)).initialize();
    await dataSource.query('CREATE TABLE group_rows (id VARCHAR(40) PRIMARY KEY, v INT NOT NULL)');
  });
  beforeEach(() => {
    db = new DatabaseTransactions(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await testDb.drop();
  });

  const insert = (m: EntityManager, id: string, v = 0) => m.query('INSERT INTO group_rows (id, v) VALUES (?, ?)', [id, v]);
  const stored = async (prefix: string) =>
    ((await dataSource.query('SELECT id FROM group_rows WHERE id LIKE ? ORDER BY id', [`${prefix}%`])) as Array<{ id: string }>).map((r) => r.id);

  it('shares commits among queued units, and a failing unit rolls back only its own writes', async () => {
    db.openGroupLimit = 1;
    const hold = gate();
    const first = db.run(async (m) => {
      await insert(m, 'a-00');
      await hold.opened;
    });
    // Unit 6 writes and then fails; unit 9 fails on its second write.
    const ids = Array.from({ length: 20 }, (_, i) => `a-${String(i + 1).padStart(2, '0')}`);
    const units = ids.map((id, i) =>
      db.run(async (m) => {
        await insert(m, id);
        if (i === 6) throw new Error('the rules refuse this one');
        if (i === 9) await insert(m, ids[8]);
        return id;
      }),
    );
    hold.open();
    const outcomes = await Promise.allSettled([first, ...units]);

    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(2);
    expect((outcomes[7] as PromiseRejectedResult).reason).toEqual(new Error('the rules refuse this one'));
    expect(outcomes[10].status).toBe('rejected');
    expect(await stored('a-')).toEqual(['a-00', ...ids.filter((_, i) => i !== 6 && i !== 9)]);
  });

  it('keeps the commit shared when a unit fails before writing', async () => {
    db.openGroupLimit = 1;
    const hold = gate();
    const first = db.run(() => hold.opened);
    const units = Array.from({ length: 10 }, (_, i) =>
      db.run(async (m) => {
        await m.query('SELECT COUNT(*) AS n FROM group_rows');
        if (i === 3) throw new Error('not possible in this state');
        await insert(m, `d-${i}`);
      }),
    );
    hold.open();
    const outcomes = await Promise.allSettled([first, ...units]);

    expect(outcomes.map((o) => o.status).filter((s) => s === 'rejected')).toHaveLength(1);
    expect(await stored('d-')).toEqual(['d-0', 'd-1', 'd-2', 'd-4', 'd-5', 'd-6', 'd-7', 'd-8', 'd-9']);
    expect(db.stats).toEqual({ commits: driver === 'mysql' ? 2 : 1, units: 11, groupsRunAlone: 0 });
  });

  it('lets a read inside a unit join its transaction', async () => {
    const seen = await db.run(async (m) => {
      await insert(m, 'b-1');
      return db.read(async (inside) => (await inside.query('SELECT id FROM group_rows WHERE id = ?', ['b-1'])).length);
    });
    expect(seen).toBe(1);
  });

  if (driver === 'sqlite') {
    it('lets what arrived meanwhile (a request, a health probe) run between queued reads', async () => {
      const order: string[] = [];
      const reads = [1, 2, 3].map((n) =>
        db.exclusive(async () => {
          await dataSource.query('SELECT 1');
          order.push(`read ${n}`);
          if (n === 1) setImmediate(() => order.push('arrived during read 1'));
        }),
      );
      await Promise.all(reads);
      expect(order).toEqual(['read 1', 'arrived during read 1', 'read 2', 'read 3']);
    });
  }

  if (driver === 'mysql') {
    /** A unit that holds its row for the group's commit, or writes it at once when it runs alone. */
    const holdRow = async (m: EntityManager, id: string, v = 0) => {
      const held = db.groupWritesOf(m);
      if (!held) return insert(m, id, v);
      held.defer('group_rows', id, [{ id, v }], (inGroup, rows) =>
        inGroup.query(`INSERT INTO group_rows (id, v) VALUES ${rows.map(() => '(?, ?)').join(', ')}`, rows.flatMap((r) => [r.id, r.v])),
      );
    };
    /** What each round trip to the server carried, from every query runner made from now on. */
    const recordTrips = () => {
      const trips: string[] = [];
      const query = dataSource.driver.createQueryRunner.bind(dataSource.driver);
      jest.spyOn(dataSource.driver, 'createQueryRunner').mockImplementation((mode) => {
        const runner = query(mode);
        const plain = runner.query.bind(runner);
        runner.query = ((sql: string, ...rest: unknown[]) => {
          trips.push(sql);
          return (plain as (...args: unknown[]) => Promise<unknown>)(sql, ...rest);
        }) as typeof runner.query;
        return runner;
      });
      return trips;
    };
    const statementsIn = (trips: string[]) => trips.flatMap((trip) => trip.split(';\n'));
    const countInserts = () => {
      const trips = recordTrips();
      return {
        get length() {
          return statementsIn(trips).filter((sql) => /^INSERT INTO group_rows/.test(sql)).length;
        },
      };
    };
    afterEach(() => jest.restoreAllMocks());

    it("sends the rows a group's units hold in one statement, and forgets those of a unit that fails", async () => {
      db.openGroupLimit = 1;
      const sent = countInserts();
      const hold = gate();
      const first = db.run(() => hold.opened);
      const units = Array.from({ length: 12 }, (_, i) =>
        db.run(async (m) => {
          await holdRow(m, `h-${String(i).padStart(2, '0')}`);
          if (i === 4) throw new Error('the rules refuse this one');
        }),
      );
      hold.open();
      const outcomes = await Promise.allSettled([first, ...units]);

      expect(outcomes.map((o) => o.status).filter((s) => s === 'rejected')).toHaveLength(1);
      expect(await stored('h-')).toEqual(Array.from({ length: 12 }, (_, i) => `h-${String(i).padStart(2, '0')}`).filter((id) => id !== 'h-04'));
      expect(sent).toHaveLength(1);
      expect(db.stats).toEqual({ commits: 2, units: 13, groupsRunAlone: 0 });
    });

    it('sends held rows before a unit reads what they belong to', async () => {
      db.openGroupLimit = 1;
      const hold = gate();
      const first = db.run(() => hold.opened);
      const writer = db.run((m) => holdRow(m, 'r-1', 7));
      const reader = db.run(async (m) => {
        await db.groupWritesOf(m)?.sendBeforeReading('group_rows', 'r-1');
        return (await m.query("SELECT v FROM group_rows WHERE id = 'r-1'")) as Array<{ v: number }>;
      });
      hold.open();
      await Promise.all([first, writer]);
      expect(await reader).toEqual([{ v: 7 }]);
    });

    it('runs each unit alone when the database refuses the rows its group held', async () => {
      await dataSource.query("INSERT INTO group_rows (id, v) VALUES ('k-taken', 0)");
      db.openGroupLimit = 1;
      const hold = gate();
      const first = db.run(() => hold.opened);
      const units = ['k-1', 'k-taken', 'k-2'].map((id) => db.run((m) => holdRow(m, id, 1)));
      hold.open();
      const outcomes = await Promise.allSettled([first, ...units]);

      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect(await stored('k-')).toEqual(['k-1', 'k-2', 'k-taken']);
      expect(db.stats.groupsRunAlone).toBe(1);
    });

    it('sends a unit in two round trips: its opening with its first statement, its held rows with its commit', async () => {
      const trips = recordTrips();
      await db.run(async (m) => {
        await m.query('SELECT COUNT(*) AS n FROM group_rows WHERE id = ? FOR UPDATE', ['t-1']);
        await holdRow(m, 't-1', 5);
      });

      expect(trips).toHaveLength(2);
      expect(statementsIn(trips.slice(0, 1)).slice(-2)).toEqual([
        'START TRANSACTION',
        "SELECT COUNT(*) AS n FROM group_rows WHERE id = 't-1' FOR UPDATE",
      ]);
      expect(statementsIn(trips.slice(1))).toEqual(["INSERT INTO group_rows (id, v) VALUES ('t-1', 5)", 'COMMIT']);
      expect(await stored('t-')).toEqual(['t-1']);
    });

    it('keeps each held value whole, whatever it holds, when statements travel together', async () => {
      const awkward = ["w-?;\n--", "w-'); DROP TABLE group_rows; --", 'w-\\?'];
      await db.run(async (m) => {
        for (const id of awkward) await holdRow(m, id, 1);
      });
      expect((await stored('w-')).sort()).toEqual([...awkward].sort());
    });

    it('runs a unit again, writing at once, when the database refuses the row it held for its commit', async () => {
      await dataSource.query("INSERT INTO group_rows (id, v) VALUES ('u-taken', 0)");
      let runs = 0;
      const refused = db.run(async (m) => {
        runs += 1;
        await holdRow(m, 'u-mine', 1);
        await holdRow(m, 'u-taken', 1);
      });

      await expect(refused).rejects.toMatchObject({ driverError: { code: 'ER_DUP_ENTRY' } });
      expect(runs).toBe(2);
      expect(db.stats.groupsRunAlone).toBe(1);
      expect(await stored('u-')).toEqual(['u-taken']);
      await db.run((m) => holdRow(m, 'u-next', 1));
      expect(await stored('u-')).toEqual(['u-next', 'u-taken']);
    });

    describe('rows locked ahead', () => {
      type Row = { id: string; v: number };
      const lockAll = (m: EntityManager, ids: readonly string[]) =>
        m.query(`SELECT id, v FROM group_rows WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id FOR UPDATE`, [...ids]) as Promise<Row[]>;
      /** A unit that locks its row (from what its group locked ahead, when it can), adds 10 and says what it locked. */
      const bump = (id: string, lock = lockAll) =>
        db.run(
          async (m) => {
            const row =
              db.locksAheadOf(m)?.claim<Row>('group_rows', id) ??
              ((await m.query('SELECT id, v FROM group_rows WHERE id = ? FOR UPDATE', [id])) as Row[])[0];
            await m.query('UPDATE group_rows SET v = v + 10 WHERE id = ?', [id]);
            return { ...row };
          },
          { table: 'group_rows', id, lockAll: lock },
        );

      it('locks the rows its units name in one statement, each answering only the first lock of it', async () => {
        await dataSource.query("INSERT INTO group_rows (id, v) VALUES ('e-1', 1), ('e-2', 2)");
        db.openGroupLimit = 1;
        const hold = gate();
        const first = db.run(() => hold.opened);
        const trips = recordTrips();
        const units = ['e-2', 'e-1', 'e-2'].map((id) => bump(id));
        hold.open();
        await first;

        // The second unit of e-2 reads it again, after the first one's change.
        expect(await Promise.all(units)).toEqual([
          { id: 'e-2', v: 2 },
          { id: 'e-1', v: 1 },
          { id: 'e-2', v: 12 },
        ]);
        expect(statementsIn(trips).filter((sql) => /FOR UPDATE$/.test(sql))).toEqual([
          "SELECT id, v FROM group_rows WHERE id IN ('e-1', 'e-2') ORDER BY id FOR UPDATE",
          'SELECT id, v FROM group_rows WHERE id = ? FOR UPDATE',
        ]);
      });

      it('runs each unit alone when the rows cannot be locked ahead', async () => {
        await dataSource.query("INSERT INTO group_rows (id, v) VALUES ('f-1', 1), ('f-2', 2)");
        db.openGroupLimit = 1;
        const hold = gate();
        const first = db.run(() => hold.opened);
        const refused = () => Promise.reject(new Error('Lock wait timeout exceeded'));
        const units = ['f-1', 'f-2'].map((id) => bump(id, refused));
        hold.open();

        await expect(Promise.all([first, ...units])).resolves.toEqual([
          undefined,
          { id: 'f-1', v: 1 },
          { id: 'f-2', v: 2 },
        ]);
        expect(db.stats.groupsRunAlone).toBe(1);
      });
    });

    it('spreads a burst over the open groups instead of giving it all to the first that opens', async () => {
      db.openGroupLimit = 4;
      const blockers = Array.from({ length: 4 }, () => gate());
      const held = blockers.map((blocker) => db.run(() => blocker.opened));
      const groupOf = new Map<EntityManager, number>();
      const burst = Array.from({ length: 28 }, () =>
        db.run(async (m) => {
          groupOf.set(m, (groupOf.get(m) ?? 0) + 1);
          await m.query('SELECT 1');
        }),
      );
      blockers.forEach((blocker) => blocker.open());
      await Promise.all([...held, ...burst]);

      // 28 waiting and 3 in groups, over 4 groups: no group takes more than 8.
      const sizes = [...groupOf.values()];
      expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(28);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
    });

    it('runs each unit of a group alone when InnoDB rolls the group back for a deadlock', async () => {
      await dataSource.query("INSERT INTO group_rows (id, v) VALUES ('c-A', 0), ('c-B', 0)");
      db.openGroupLimit = 2;
      const lock = (m: EntityManager, id: string) => m.query('SELECT v FROM group_rows WHERE id = ? FOR UPDATE', [id]);
      const bump = (m: EntityManager, id: string) => m.query('UPDATE group_rows SET v = v + 1 WHERE id = ?', [id]);
      const blockers = [gate(), gate()];
      const held = blockers.map((blocker) => db.run(() => blocker.opened));
      // Each first member locks one row and waits for the other's; each second member then wants the other row.
      const firstLocked = [gate(), gate()];
      const first = (own: string, i: number) => async (m: EntityManager) => {
        await lock(m, own);
        firstLocked[i].open();
        await Promise.all(firstLocked.map((g) => g.opened));
        await bump(m, own);
      };
      const second = (other: string) => async (m: EntityManager) => {
        await lock(m, other);
        await bump(m, other);
      };
      const groupOne = [db.run(first('c-A', 0)), db.run(second('c-B'))];
      blockers[0].open();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const groupTwo = [db.run(first('c-B', 1)), db.run(second('c-A'))];
      blockers[1].open();

      await expect(Promise.all([...held, ...groupOne, ...groupTwo])).resolves.toBeDefined();
      expect(db.stats.groupsRunAlone).toBe(1);
      expect(await dataSource.query("SELECT id, v FROM group_rows WHERE id LIKE 'c-%' ORDER BY id")).toEqual([
        { id: 'c-A', v: 2 },
        { id: 'c-B', v: 2 },
      ]);
    });
  }
});
