import { describeRuntimeContract } from '@yilin/runtime/testing';

import { InMemoryInstanceStore } from './in-memory-instance-store';

describeRuntimeContract('the in-memory store', async () => ({ store: new InMemoryInstanceStore() }));
