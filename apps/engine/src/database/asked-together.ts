interface Asked<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

type Answers<O> = Array<PromiseSettledResult<O>>;

/**
 * Requests asked while a batch of them is on its way to the database go together in the next batch, as
 * steps share a commit: under load one round trip serves many callers; alone, a request goes at once and
 * waits for nothing. A request is always sent after it was asked, so it sees every commit before it.
 * `send` answers the items of a batch in order; when it throws, every request of the batch fails with it.
 */
export class AskedTogether<I, O> {
  private readonly asked: Array<Asked<I, O>> = [];
  private sending = false;

  constructor(
    private readonly send: (items: I[]) => Promise<Answers<O>>,
    private readonly maxBatch = 500,
  ) {}

  /**
   * Writes that go together: a batch whose write fails is written again one item at a time, so that an
   * item the database refuses fails alone and the others still land.
   */
  static writes<I>(writeAll: (items: I[]) => Promise<void>, maxBatch?: number): AskedTogether<I, void> {
    return new AskedTogether<I, void>(async (items) => {
      try {
        await writeAll(items);
        return items.map(() => ({ status: 'fulfilled', value: undefined }));
      } catch (error) {
        if (items.length === 1) throw error;
        return Promise.allSettled(items.map((item) => writeAll([item])));
      }
    }, maxBatch);
  }

  ask(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.asked.push({ item, resolve, reject });
      if (!this.sending) void this.sendAsked();
    });
  }

  private async sendAsked(): Promise<void> {
    this.sending = true;
    try {
      while (this.asked.length) {
        const batch = this.asked.splice(0, this.maxBatch);
        try {
          const answers = await this.send(batch.map((asked) => asked.item));
          batch.forEach((asked, i) => {
            const answer = answers[i];
            if (answer.status === 'fulfilled') asked.resolve(answer.value);
            else asked.reject(answer.reason);
          });
        } catch (error) {
          for (const asked of batch) asked.reject(error);
        }
      }
    } finally {
      this.sending = false;
    }
  }
}
