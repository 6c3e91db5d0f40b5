package org.measuresqa.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.measuresqa.App;
import org.measuresqa.answer.ChatListener;
import org.measuresqa.answer.ChatTurn;
import org.measuresqa.answer.Citation;
import org.measuresqa.answer.Unverified;
import org.measuresqa.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question with citations; --conversation continues an earlier one.")
final class AskCommand extends CommonOptions implements Callable<Integer> {

    @Parameters(paramLabel = "QUESTION", description = "the question, in Chinese")
    String question;

    @Option(names = {"-c", "--conversation"}, paramLabel = "ID", description = "the conversation to continue (printed by the previous ask)")
    String conversation;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (question.isBlank()) throw new UsageException("the question is empty");
        if (question.length() > 2000) throw new UsageException("the question is longer than 2000 characters");
        PrintWriter out = spec.commandLine().getOut();
        try (App app = App.open(config())) {
            app.refreshIndex(Indexer.Progress.NONE);
            var service = app.answerService(app.retriever());
            ChatTurn turn;
            try {
                turn = service.chat(org.measuresqa.conversation.Caller.cli(), conversation, question, new ChatListener() {
                    @Override
                    public void onReset(String reason) {
                        spec.commandLine().getErr().println("\n(" + reason + "; answering extractively instead)");
                    }
                });
            } catch (org.measuresqa.conversation.UnknownConversationException e) {
                throw new UsageException(e.getMessage());
            }
            var a = turn.answer();
            out.println(a.text());
            out.println();
            for (Citation c : a.citations()) out.println("[" + c.number() + "] " + c.name() + "（" + c.source() + "）：" + c.quote());
            for (Unverified u : a.unverified()) out.println("未核实，已删除 [" + u.number() + "]：" + u.reason());
            out.println();
            out.println("(" + a.mode() + (a.fallbackReason() != null ? "; " + a.fallbackReason() : "") + ")");
            out.println("conversation: " + turn.conversationId());
        }
        return 0;
    }
}
