import { WorkflowRegistry } from '../definitions/workflow-registry';
import { isRuntimeError } from '../errors/runtime.error';
import { InMemoryInstanceStore } from '../in-memory/in-memory-instance-store';
import { alice, sam } from '../testing/actors';
import { ManualClock } from '../testing/manual-clock';
import { inlineSchemaValidator } from '../testing/schema-validator';
import { ticketDefinitionV1 } from '../testing/ticket-workflow';
import { WorkflowRuntime } from './workflow-runtime';

describe('an instance has a size limit', () => {
  const runtime = (maxSnapshotBytes: number) =>
    new WorkflowRuntime({
      registry: new WorkflowRegistry([ticketDefinitionV1]),
      store: new InMemoryInstanceStore(),
      validator: inlineSchemaValidator(),
      clock: new ManualClock(),
      maxSnapshotBytes,
    });

  it('refuses the event that would grow it past the limit, and keeps the instance as it was', async () => {
    const engine = runtime(4096);
    const ticket = await engine.start({ workflow: 'ticket', data: { subject: 'Lamp' }, actor: alice });
    let refusal: unknown;
    let revision = ticket.revision;
    for (let i = 0; i < 10 && !refusal; i++) {
      try {
        revision = (await engine.send({ instanceId: ticket.id, type: 'WATCH', data: { userId: 'u'.repeat(1000) + i }, actor: sam })).revision;
      } catch (error) {
        refusal = error;
      }
    }
    expect(isRuntimeError(refusal) && refusal.code).toBe('INSTANCE_TOO_LARGE');
    expect((refusal as Error).message).toMatch(/at most 4 KiB may be stored/);
    expect(revision).toBeGreaterThan(ticket.revision);
    expect((await engine.get(ticket.id, sam)).revision).toBe(revision);
  });

  it('refuses a start that is already too large', async () => {
    await expect(runtime(100).start({ workflow: 'ticket', data: { subject: 'x'.repeat(150) }, actor: alice })).rejects.toMatchObject({
      code: 'INSTANCE_TOO_LARGE',
      details: { limit: 100 },
    });
  });
});
