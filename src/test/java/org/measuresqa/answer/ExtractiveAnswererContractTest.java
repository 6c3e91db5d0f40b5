package org.measuresqa.answer;

class ExtractiveAnswererContractTest extends AnswererContract {
    @Override
    protected Answerer answerer() {
        return null;
    }
}
