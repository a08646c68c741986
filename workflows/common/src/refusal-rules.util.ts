import type { EventActor, LocalizedText, Refusal, WorkflowEvent, WorkflowRefusals } from '@yilin/contracts';

/**
 * One rule behind a guard. A `standing` rule is about who sends the event and where the instance stands,
 * never about the event's data: when one fails, the person is not offered the event at all.
 */
export interface RefusalRule<TSnapshot, TEvent> {
  reason: string;
  standing: boolean;
  holds(snapshot: TSnapshot, event: TEvent): boolean;
  details?(snapshot: TSnapshot, event: TEvent): Record<string, unknown>;
}

type Holds<S, E> = (snapshot: S, event: E) => boolean;
type Details<S, E> = (snapshot: S, event: E) => Record<string, unknown>;

export const standing = <S, E, R extends string = string>(
  reason: R,
  holds: Holds<S, E>,
  details?: Details<S, E>,
): RefusalRule<S, E> & { reason: R } => ({ reason, standing: true, holds, details });

export const onData = <S, E, R extends string = string>(
  reason: R,
  holds: Holds<S, E>,
  details?: Details<S, E>,
): RefusalRule<S, E> & { reason: R } => ({ reason, standing: false, holds, details });

export interface RefusalCatalogue<S, E, R extends string> {
  /** The sentence for every reason code. */
  messages: Record<R, LocalizedText>;
  /** Per event type, the rules in the order a person should hear them. */
  rules: Partial<Record<string, ReadonlyArray<RefusalRule<S, E> & { reason: R }>>>;
  start?: ReadonlyArray<RefusalRule<S, E> & { reason: R }>;
  /** Builds the value rules read from a machine's input, for the start rules. */
  startSnapshot?(input: unknown): S;
}

/** A workflow's refusals from its rule catalogue; the event built to test standing rules carries no data. */
export function refusalsOf<S, E, R extends string>(catalogue: RefusalCatalogue<S, E, R>): WorkflowRefusals<S> {
  const refusal = (rule: RefusalRule<S, E> & { reason: R }, snapshot: S, event: E): Refusal => ({
    reason: rule.reason,
    message: catalogue.messages[rule.reason],
    ...(rule.details ? { details: rule.details(snapshot, event) } : {}),
  });
  const firstBroken = (rules: ReadonlyArray<RefusalRule<S, E> & { reason: R }>, snapshot: S, event: E) => {
    const broken = rules.find((rule) => !rule.holds(snapshot, event));
    return broken ? refusal(broken, snapshot, event) : null;
  };
  const { start, startSnapshot } = catalogue;
  return {
    explain: (snapshot: S, event: WorkflowEvent) =>
      firstBroken(catalogue.rules[event.type] ?? [], snapshot, event as E),
    offers: (snapshot: S, type: string, actor: EventActor) => {
      const probe = { type, data: {}, actor, at: new Date(0).toISOString() } as E;
      return (catalogue.rules[type] ?? []).every((rule) => !rule.standing || rule.holds(snapshot, probe));
    },
    ...(start && startSnapshot
      ? { explainStart: (input) => firstBroken(start, startSnapshot(input), { type: 'start', data: {} } as E) }
      : {}),
  };
}

/** Every reason code a catalogue's rules can give, for tests that send each refusing case. */
export function reasonCodes<S, E, R extends string>(catalogue: RefusalCatalogue<S, E, R>): R[] {
  return Object.keys(catalogue.messages) as R[];
}
