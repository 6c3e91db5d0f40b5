package org.measuresqa.index;

class InMemoryChunkStoreTest extends ChunkStoreContract {
    @Override
    protected ChunkStore newStore() {
        return new InMemoryChunkStore();
    }
}
