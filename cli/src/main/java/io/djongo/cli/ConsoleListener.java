package io.djongo.cli;

import io.djongo.migrations.Migration;
import io.djongo.migrations.MigrationListener;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;

/**
 * Prints {@code migrate}'s progress as Django does ({@code   Applying blog.V0001_Initial... OK}),
 * with a progress bar for data steps on the error stream: redrawn in place on a terminal, a line
 * per tenth otherwise (logs of CI runs).
 */
final class ConsoleListener implements MigrationListener {
    private static final int WIDTH = 30;
    private static final long REDRAW_MILLIS = 100;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private boolean lineOpen;
    private String task;
    private long lastTenth = -1;
    private long lastDrawn;
    private boolean barOpen;

    ConsoleListener(Environment environment) {
        this.out = environment.out();
        this.err = environment.err();
        this.terminal = environment.terminal();
    }

    @Override
    public void migrationStarted(Migration migration, boolean backwards) {
        out.print("  " + (backwards ? "Unapplying " : "Applying ") + migration.label() + "...");
        out.flush();
        lineOpen = true;
    }

    @Override
    public void migrationFinished(Migration migration, boolean backwards) {
        endBar();
        if (lineOpen) {
            out.println(" OK");
        } else {
            out.println("  " + (backwards ? "Unapplied " : "Applied ") + migration.label() + " OK");
        }
        out.flush();
        lineOpen = false;
    }

    @Override
    public void documents(String task, long done, long total) {
        if (lineOpen) {
            out.println();
            out.flush();
            lineOpen = false;
        }
        if (!task.equals(this.task)) {
            endBar();
            this.task = task;
            lastTenth = -1;
            lastDrawn = 0;
        }
        long percent = total <= 0 ? 100 : Math.min(100, done * 100 / total);
        boolean finished = done >= total;
        if (terminal) {
            long now = System.currentTimeMillis();
            if (finished || now - lastDrawn >= REDRAW_MILLIS) {
                err.print("\r" + bar(task, done, total, percent));
                err.flush();
                lastDrawn = now;
                barOpen = true;
            }
        } else if (percent / 10 != lastTenth) {
            lastTenth = percent / 10;
            err.println(bar(task, done, total, percent));
            err.flush();
        }
    }

    @Override
    public void waitingForLock(String holder, Instant expires) {
        endBar();
        if (lineOpen) {
            out.println();
            lineOpen = false;
        }
        err.println("  Waiting: " + holder + " holds the migration lock (lease until " + expires + ")...");
        err.flush();
    }

    static String bar(String task, long done, long total, long percent) {
        int filled = (int) (percent * WIDTH / 100);
        return String.format(Locale.ROOT, "    %s [%s%s] %3d%% %d/%d documents", task, "#".repeat(filled),
                "-".repeat(WIDTH - filled), percent, done, total);
    }

    private void endBar() {
        if (barOpen) {
            err.println();
            err.flush();
            barOpen = false;
        }
        task = null;
    }
}
