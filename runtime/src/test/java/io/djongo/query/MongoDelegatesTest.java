package io.djongo.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.result.InsertOneResult;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

/** {@link MongoDelegates} covers the whole driver collection API and forwards each call unchanged. */
class MongoDelegatesTest {
    /** The configuration accessors and withers that are deliberately not delegated (see the interface javadoc). */
    private static final Set<String> SKIPPED = Set.of(
            "getNamespace", "getDocumentClass", "getCodecRegistry", "getReadPreference", "getWriteConcern",
            "getReadConcern", "getTimeout", "withDocumentClass", "withCodecRegistry", "withReadPreference",
            "withWriteConcern", "withReadConcern", "withTimeout");

    /** One driver call as the recording proxy saw it, and what it answered. */
    private record Call(Method method, Object[] args, Object result) {}

    private final List<Call> calls = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private final MongoCollection<String> collection = (MongoCollection<String>) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return switch (method.getName()) {
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        default -> "MongoCollection proxy";
                    };
                }
                Object result = resultFor(method.getReturnType());
                calls.add(new Call(method, args == null ? new Object[0] : args, result));
                return result;
            });

    private final MongoDelegates<String> delegates = new MongoDelegates<>() {
        @Override
        public MongoCollection<String> collection() {
            return collection;
        }
    };

    // ---- the API is complete

    @Test
    void everyDriverMethodHasADelegate() {
        TreeMap<String, Method> delegateSignatures = new TreeMap<>();
        for (Method method : MongoDelegates.class.getMethods()) {
            if (!method.getName().equals("collection")) {
                delegateSignatures.put(signature(method.getName(), method), method);
            }
        }
        Set<String> expected = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        List<String> notDeprecated = new ArrayList<>();
        for (Method method : MongoCollection.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || SKIPPED.contains(method.getName())) {
                continue;
            }
            String name = "mongo" + Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
            String signature = signature(name, method);
            expected.add(signature);
            Method delegate = delegateSignatures.get(signature);
            if (delegate == null) {
                missing.add(signature);
            } else if (method.isAnnotationPresent(Deprecated.class)
                    && !delegate.isAnnotationPresent(Deprecated.class)) {
                notDeprecated.add(signature);
            }
        }
        assertTrue(missing.isEmpty(), () -> "MongoDelegates lacks delegates for MongoCollection methods:\n  "
                + String.join("\n  ", missing));
        assertTrue(notDeprecated.isEmpty(), () -> "delegates of deprecated driver methods must be @Deprecated:\n  "
                + String.join("\n  ", notDeprecated));
        Set<String> extra = new TreeSet<>(delegateSignatures.keySet());
        extra.removeAll(expected);
        assertTrue(extra.isEmpty(), () -> "delegates without a MongoCollection counterpart:\n  "
                + String.join("\n  ", extra));
        delegateSignatures.values().forEach(method -> assertTrue(method.isDefault(), method::toString));
    }

    @Test
    void skippedMethodsExistInTheDriver() {
        Set<String> driverNames = Arrays.stream(MongoCollection.class.getMethods())
                .map(Method::getName)
                .collect(Collectors.toSet());
        assertTrue(driverNames.containsAll(SKIPPED), () -> "skip list names unknown driver methods: " + SKIPPED);
    }

    /** Name, type parameters, generic parameter types and return type, with the driver's TDocument read as T. */
    private static String signature(String name, Method method) {
        String typeParameters = Arrays.stream(method.getTypeParameters())
                .map(MongoDelegatesTest::typeParameter)
                .collect(Collectors.joining(", ", "<", "> "));
        String parameters = Arrays.stream(method.getGenericParameterTypes())
                .map(Type::getTypeName)
                .collect(Collectors.joining(", ", "(", ")"));
        String signature = (typeParameters.equals("<> ") ? "" : typeParameters)
                + method.getGenericReturnType().getTypeName() + " " + name + parameters;
        return signature.replaceAll("\\bTDocument\\b", "T");
    }

    private static String typeParameter(TypeVariable<Method> variable) {
        return variable.getName() + " extends " + Arrays.stream(variable.getBounds())
                .map(Type::getTypeName)
                .collect(Collectors.joining(" & "));
    }

    // ---- the delegates forward

    @Test
    void countDocumentsForwardsTheFilter() {
        Bson filter = new BsonDocument("rating", new BsonInt32(5));

        assertEquals(7L, delegates.mongoCountDocuments(filter));

        assertEquals(1, calls.size());
        assertEquals("countDocuments", calls.get(0).method().getName());
        assertArrayEquals(new Class<?>[] {Bson.class}, calls.get(0).method().getParameterTypes());
        assertArrayEquals(new Object[] {filter}, calls.get(0).args());
    }

    @Test
    void insertOneForwardsTheDocument() {
        assertNull(delegates.mongoInsertOne("x"));

        assertEquals(1, calls.size());
        assertEquals("insertOne", calls.get(0).method().getName());
        assertArrayEquals(new Class<?>[] {Object.class}, calls.get(0).method().getParameterTypes());
        assertArrayEquals(new Object[] {"x"}, calls.get(0).args());
    }

    @Test
    void everyDelegateCallsTheSameDriverOverloadWithTheSameArguments() throws Exception {
        for (Method delegate : MongoDelegates.class.getMethods()) {
            if (delegate.getName().equals("collection")) {
                continue;
            }
            Class<?>[] types = delegate.getParameterTypes();
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                args[i] = argumentFor(types[i], i);
            }
            calls.clear();

            Object result = delegate.invoke(delegates, args);

            assertEquals(1, calls.size(), delegate::toString);
            Call call = calls.get(0);
            String driverName = delegate.getName().substring("mongo".length());
            assertEquals(Character.toLowerCase(driverName.charAt(0)) + driverName.substring(1),
                    call.method().getName(), delegate::toString);
            assertArrayEquals(types, call.method().getParameterTypes(), delegate::toString);
            for (int i = 0; i < args.length; i++) {
                assertSame(args[i], call.args()[i], delegate + " argument " + i);
            }
            if (delegate.getReturnType().isPrimitive()) {
                assertEquals(call.result(), result, delegate::toString);
            } else {
                assertSame(call.result(), result, delegate::toString);
            }
        }
    }

    /** A distinct argument of the given erased type, so a swapped or dropped argument is noticed. */
    private static Object argumentFor(Class<?> type, int index) throws Exception {
        if (type == String.class || type == Object.class) {
            return new String("arg" + index);
        }
        if (type == Class.class) {
            return InsertOneResult.class;
        }
        if (type == List.class) {
            return new ArrayList<>();
        }
        if (type == Bson.class) {
            return new BsonDocument("arg", new BsonString("arg" + index));
        }
        if (type == MongoNamespace.class) {
            return new MongoNamespace("db", "arg" + index);
        }
        if (type.isInterface()) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> null);
        }
        return type.getConstructor().newInstance();
    }

    /** What the recording proxy answers for a driver method returning the given erased type. */
    private static Object resultFor(Class<?> type) {
        if (type == long.class) {
            return 7L;
        }
        if (type == String.class) {
            return "result";
        }
        if (type == List.class) {
            return new ArrayList<>();
        }
        if (type.isInterface()) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> null);
        }
        return null;
    }
}
