package io.djongo.admin;

import io.djongo.Djongo;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import io.djongo.meta.ModelRegistry;
import io.djongo.validation.ValidationError;
import java.io.Console;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code djongo-admin} command: {@code createsuperuser} (Django's) and {@code runserver}, which
 * serves every model of the class path's generated model indexes. The database is
 * {@code --database} or {@code MONGODB_URI}.
 */
@Command(name = "djongo-admin", mixinStandardHelpOptions = true, subcommands = {Main.CreateSuperuser.class,
        Main.RunServer.class}, description = "The Djongo admin: create superusers and serve the admin site.")
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command; returns its exit code. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    static String database(String given) {
        String uri = given != null ? given : System.getenv("MONGODB_URI");
        if (uri == null || uri.isBlank()) {
            throw new CommandLine.ParameterException(new CommandLine(new Main()),
                    "no database: give --database mongodb://host/db or set MONGODB_URI");
        }
        return uri;
    }

    /** Django's {@code createsuperuser}: with {@code --noinput}, the password comes from {@code DJONGO_SUPERUSER_PASSWORD}. */
    @Command(name = "createsuperuser", mixinStandardHelpOptions = true, description = "Create a user with every permission.")
    static final class CreateSuperuser implements Callable<Integer> {
        @Option(names = "--username", description = "The login name.")
        String username;
        @Option(names = "--email", description = "The e-mail address.")
        String email;
        @Option(names = "--database", description = "The connection string, with the database; default: MONGODB_URI.")
        String database;
        @Option(names = "--noinput", description = "Ask nothing: the password is DJONGO_SUPERUSER_PASSWORD.")
        boolean noInput;

        @Override
        public Integer call() {
            String password;
            Console console = System.console();
            if (noInput || console == null) {
                password = System.getenv("DJONGO_SUPERUSER_PASSWORD");
                if (username == null || password == null || password.isEmpty()) {
                    System.err.println("Error: --username and the environment variable DJONGO_SUPERUSER_PASSWORD are "
                            + "required without a terminal (or with --noinput).");
                    return 2;
                }
            } else {
                if (username == null) {
                    username = console.readLine("Username: ");
                }
                char[] first = console.readPassword("Password: ");
                char[] again = console.readPassword("Password (again): ");
                if (first == null || again == null || !new String(first).equals(new String(again))) {
                    System.err.println("Error: your passwords didn't match.");
                    return 1;
                }
                password = new String(first);
            }
            try (Djongo connection = Djongo.connect("djongo-admin", database(database))) {
                AdminSite.create().using(connection.alias()).accounts().createSuperuser(username, email, password);
                System.out.println("Superuser created successfully.");
                return 0;
            } catch (ValidationError e) {
                System.err.println("Error: " + String.join(" ", e.messageDict().values().stream().flatMap(java.util.List::stream)
                        .toList()));
                return 1;
            }
        }
    }

    /** Serves every model of the class path until interrupted (Ctrl-C). */
    @Command(name = "runserver", mixinStandardHelpOptions = true, description = "Serve the admin of every model on the class path.")
    static final class RunServer implements Callable<Integer> {
        @Option(names = "--port", defaultValue = "8000", description = "The port (default: ${DEFAULT-VALUE}).")
        int port;
        @Option(names = "--database", description = "The connection string, with the database; default: MONGODB_URI.")
        String database;

        @Override
        public Integer call() throws InterruptedException {
            try (Djongo connection = Djongo.connect("djongo-admin", database(database))) {
                AdminSite site = AdminSite.create().using(connection.alias());
                for (ModelMeta<?> meta : ModelRegistry.shared().models()) {
                    if (meta.kind() == ModelKind.MODEL && !meta.collection().startsWith("admin_")) {
                        site.register(meta);
                    }
                }
                CountDownLatch stopped = new CountDownLatch(1);
                AdminServer server = site.start(port);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    stopped.countDown();
                }));
                System.out.println("The admin is at " + server.url() + " (Ctrl-C to stop)");
                stopped.await();
            }
            return 0;
        }
    }
}
