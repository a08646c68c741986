import type {
  CancelTimerParams,
  NotifyParams,
  SignalParams,
  StartInstanceParams,
  StartTimerParams,
} from '@yilin/contracts';

/**
 * Declarations of the side effects a machine may ask for. They do nothing here on purpose: the runtime
 * reads them from `transition()`'s returned actions and makes them durable (timers, outbox).
 * Spread into `setup({ actions: { ...effectActions } })` and reference them by name.
 */
export const effectActions = {
  startTimer: (_: unknown, _params: StartTimerParams) => undefined,
  cancelTimer: (_: unknown, _params: CancelTimerParams) => undefined,
  notify: (_: unknown, _params: NotifyParams) => undefined,
  signal: (_: unknown, _params: SignalParams) => undefined,
  startInstance: (_: unknown, _params: StartInstanceParams) => undefined,
};
