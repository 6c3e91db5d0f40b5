package org.measuresqa.answer;

class ExtractiveAnswererContractTest extends AnswererContract {
    @Override
    protected java.util.Optional<Answerer> answerer() {
        return java.util.Optional.empty();
    }
}
