package org.measuresqa.cli;

import java.io.PrintWriter;
import org.measuresqa.index.Indexer;

/** A one-line progress bar for embedding, redrawn in place. */
final class TerminalProgress implements Indexer.Progress {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String label;
    private int lastPercent = -1;

    TerminalProgress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void update(int done, int total) {
        int percent = total == 0 ? 100 : done * 100 / total;
        if (percent == lastPercent && done != total) return;
        lastPercent = percent;
        int filled = WIDTH * percent / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        if (done == total) err.println();
        err.flush();
    }
}
