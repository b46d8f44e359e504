package io.djongo.cli;

/**
 * The exit codes of the {@code djongo} command, for scripts and CI:
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>done; or nothing to do</td></tr>
 *   <tr><td>1</td><td>{@code makemigrations --check}: the models and the migrations differ;
 *       {@code migrate --check}: migrations are not applied</td></tr>
 *   <tr><td>2</td><td>a usage error: an unknown option, app or migration, a malformed {@code --rename}, no database</td></tr>
 *   <tr><td>3</td><td>{@code makemigrations --no-input}: a question (a possible rename) needs an answer</td></tr>
 *   <tr><td>4</td><td>a migration failed: the server rejected a command or ignored an option, data could not be
 *       converted without loss, an operation cannot be undone, or the server could not be reached</td></tr>
 *   <tr><td>5</td><td>another {@code migrate} held the migration lock for longer than {@code --lock-timeout}</td></tr>
 *   <tr><td>6</td><td>the migrations are inconsistent: a cycle, a missing dependency, two latest migrations, an
 *       edited applied migration, a migration source not compiled yet, two models in one collection</td></tr>
 * </table>
 */
public final class ExitCode {
    public static final int OK = 0;
    public static final int CHANGES = 1;
    public static final int USAGE = 2;
    public static final int INPUT_NEEDED = 3;
    public static final int MIGRATION_FAILED = 4;
    public static final int LOCKED = 5;
    public static final int INCONSISTENT = 6;

    private ExitCode() {}
}
