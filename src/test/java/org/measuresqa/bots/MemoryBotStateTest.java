package org.measuresqa.bots;

class MemoryBotStateTest extends BotStateContract {
    @Override
    BotState state() {
        return MemoryBotState.standard(clock);
    }
}
