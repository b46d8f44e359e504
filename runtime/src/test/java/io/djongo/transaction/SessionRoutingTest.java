package io.djongo.transaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoNamespace;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

/**
 * The one place every server call goes through: the runtime's databases and collections hand each
 * operation the calling thread's session, for every method of the driver's API, and no other code
 * of the runtime reaches the driver around them.
 */
class SessionRoutingTest {
    /** One driver call as the recording proxy saw it. */
    private record Call(Method method, Object[] args) {}

    private final List<Call> calls = new ArrayList<>();
    private final MongoClient client = proxy(MongoClient.class, (proxy, method, args) -> null);
    private final ClientSession session = proxy(ClientSession.class, (proxy, method, args) -> null);

    @SuppressWarnings("unchecked") // a proxy of the interface asked for
    private static <I> I proxy(Class<I> type, java.lang.reflect.InvocationHandler handler) {
        return (I) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getSimpleName() + " proxy";
                };
            }
            return handler.invoke(proxy, method, args);
        });
    }

    private <I> I recording(Class<I> type) {
        return proxy(type, (proxy, method, args) -> {
            calls.add(new Call(method, args == null ? new Object[0] : args));
            return resultFor(method.getReturnType());
        });
    }

    private static Object resultFor(Class<?> type) {
        if (type == long.class) {
            return 7L;
        }
        if (type.isInterface()) {
            return proxy(type, (proxy, method, args) -> null);
        }
        return null;
    }

    @Test
    void everyCollectionOperationJoinsTheThreadsSession() throws Exception {
        @SuppressWarnings("unchecked") // a proxy of the raw interface serves any document type
        MongoCollection<Document> recorded = recording(MongoCollection.class);
        MongoCollection<Document> routed = new SessionCollection<>(recorded, client);
        checkEveryMethod(MongoCollection.class, routed);
    }

    @Test
    void everyDatabaseOperationJoinsTheThreadsSession() throws Exception {
        MongoDatabase routed = Transactions.routed(recording(MongoDatabase.class), client);
        checkEveryMethod(MongoDatabase.class, routed);
    }

    /**
     * For each method: outside a block it calls the same driver method; inside one, a method with a
     * {@code ClientSession} overload calls that overload with the block's session, one given a
     * session explicitly keeps it, and withers and {@code getCollection} hand out routed objects too.
     */
    private void checkEveryMethod(Class<?> api, Object routed) throws Exception {
        int joined = 0;
        for (Method method : api.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Object[] args = arguments(method.getParameterTypes());
            Method overload = sessionOverload(api, method);

            calls.clear();
            Object outside = method.invoke(routed, args);
            assertEquals(1, calls.size(), method::toString);
            assertEquals(method, calls.get(0).method(), method::toString);
            assertArrayEquals(args, calls.get(0).args(), method::toString);

            calls.clear();
            Object inside = Transactions.within(client, session, "test", () -> invoke(method, routed, args));
            assertEquals(1, calls.size(), method::toString);
            Call call = calls.get(0);
            if (overload != null) {
                joined++;
                assertEquals(overload, call.method(), method::toString);
                assertSame(session, call.args()[0], method::toString);
                assertArrayEquals(args, Arrays.copyOfRange(call.args(), 1, call.args().length), method::toString);
            } else {
                assertEquals(method, call.method(), method::toString);
                assertArrayEquals(args, call.args(), method::toString);
            }
            if (method.getName().startsWith("with") || method.getName().equals("getCollection")) {
                assertTrue(outside instanceof SessionCollection || outside instanceof SessionDatabase, method::toString);
                assertTrue(inside instanceof SessionCollection || inside instanceof SessionDatabase, method::toString);
            }
        }
        assertTrue(joined > (api == MongoCollection.class ? 60 : 15), "only " + joined + " methods join a session");
    }

    private static Object invoke(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The driver's overload of {@code method} that takes a {@code ClientSession} first, if {@code method} takes none. */
    private static Method sessionOverload(Class<?> api, Method method) {
        Class<?>[] types = method.getParameterTypes();
        if (types.length > 0 && types[0] == ClientSession.class) {
            return null;
        }
        Class<?>[] withSession = new Class<?>[types.length + 1];
        withSession[0] = ClientSession.class;
        System.arraycopy(types, 0, withSession, 1, types.length);
        try {
            return api.getMethod(method.getName(), withSession);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private Object[] arguments(Class<?>[] types) {
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            if (type == ClientSession.class) {
                args[i] = proxy(ClientSession.class, (proxy, method, a) -> null);
            } else if (type == String.class || type == Object.class) {
                args[i] = "arg" + i;
            } else if (type == Class.class) {
                args[i] = Document.class;
            } else if (type == List.class) {
                args[i] = new ArrayList<>();
            } else if (type == Bson.class) {
                args[i] = new BsonDocument("arg", new BsonString("arg" + i));
            } else if (type == long.class) {
                args[i] = 5L;
            } else if (type == TimeUnit.class) {
                args[i] = TimeUnit.SECONDS;
            } else if (type == com.mongodb.ReadConcern.class) {
                args[i] = com.mongodb.ReadConcern.MAJORITY;
            } else if (type == com.mongodb.ReadPreference.class) {
                args[i] = com.mongodb.ReadPreference.nearest();
            } else if (type == com.mongodb.WriteConcern.class) {
                args[i] = com.mongodb.WriteConcern.MAJORITY;
            } else if (type == org.bson.codecs.configuration.CodecRegistry.class) {
                args[i] = com.mongodb.MongoClientSettings.getDefaultCodecRegistry();
            } else if (type == MongoNamespace.class) {
                args[i] = new MongoNamespace("db", "arg" + i);
            } else if (type.isInterface()) {
                args[i] = proxy(type, (proxy, method, a) -> null);
            } else {
                try {
                    args[i] = type.getConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("no argument for " + type, e);
                }
            }
        }
        return args;
    }

    @Test
    void theRoutedCollectionOfARoutedDatabaseJoinsToo() {
        MongoDatabase routed = Transactions.routed(recording(MongoDatabase.class), client);
        assertInstanceOf(SessionCollection.class, routed.getCollection("entry"));
        assertInstanceOf(SessionCollection.class, routed.getCollection("entry", BsonDocument.class));
    }

    /**
     * The runtime reaches the driver only through {@code Djongo}'s routed database: no other source
     * opens a database, a client or a session of its own, so new code cannot bypass the session; the
     * migrator, whose commands never run in a transaction, is the one exception.
     */
    @Test
    void noRuntimeCodeReachesTheDriverAroundTheRoutedDatabase() throws IOException {
        Path sources = Path.of("src/main/java").toAbsolutePath();
        Pattern driver = Pattern.compile("\\.getDatabase\\(|MongoClients\\.create|\\.client\\(\\)|startSession\\(");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                // The migrator alone opens its databases itself: the commands of migrate (create, createIndexes,
                // collMod, its lock on the admin database) are refused inside multi-document transactions.
                boolean allowed = relative.equals("io/djongo/Djongo.java") || relative.startsWith("io/djongo/transaction/")
                        || relative.equals("io/djongo/migrations/Migrator.java");
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    if (line.startsWith("*") || line.startsWith("/") || allowed) {
                        continue;
                    }
                    if (driver.matcher(line).find() && !line.contains("connectionString.getDatabase()")) {
                        violations.add(relative + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "get collections from Djongo.collection(...) or Djongo.database(), which join "
                + "the calling thread's atomic block");
    }
}
