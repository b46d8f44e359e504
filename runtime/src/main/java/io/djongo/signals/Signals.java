package io.djongo.signals;

import io.djongo.Djongo;
import io.djongo.meta.ModelKind;
import io.djongo.meta.ModelMeta;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Django's model signals for one model, connected without reflection through the model's metadata:
 * {@code Entry_.signals()} (or {@code Signals.of(Entry_.Meta.INSTANCE)}).
 *
 * <pre>{@code
 * Receiver receiver = Entry_.signals().postSave(event -> {
 *     if (event.created()) {
 *         search.index(event.instance());
 *     }
 * });
 * receiver.disconnect();
 * }</pre>
 *
 * <table>
 *   <caption>When each signal is sent</caption>
 *   <tr><th>signal</th><th>sent by</th></tr>
 *   <tr><td>{@code preSave}, {@code postSave}</td><td>{@code save()}, {@code create()}, and the saves of
 *       {@code getOrCreate()} and {@code updateOrCreate()}; not {@code update()}, {@code bulkCreate()} or
 *       {@code bulkUpdate()}, which write many documents in one request, as in Django</td></tr>
 *   <tr><td>{@code preDelete}, {@code postDelete}</td><td>every deleted object: {@code delete()},
 *       {@code QuerySet.delete()} and the objects a {@code CASCADE} deletes with them. A deletion whose
 *       models have no delete receivers (nor {@link Hooks}) deletes by filter without reading the
 *       objects; otherwise it loads them to send them, as Django's collector does</td></tr>
 *   <tr><td>{@code postInit}</td><td>every object a query reads from the database. Django sends it from
 *       the model's constructor, which Java cannot intercept: objects made with {@code new} are
 *       yours already</td></tr>
 * </table>
 *
 * <p>Receivers run on the thread that writes, in the order they were connected (those of the
 * model before those connected with {@link #anyModel()}), inside the atomic block if there is one.
 * An exception from a receiver leaves the call that sent the signal: from a {@code pre} signal it
 * stops the write, from a {@code post} signal it comes after the write. Connecting the same
 * receiver object twice connects it once, as in Django.
 *
 * @param <T> the model
 */
public final class Signals<T> {
    private static final Map<ModelMeta<?>, Signals<?>> BY_MODEL = new ConcurrentHashMap<>();
    private static final Signals<Object> ANY = new Signals<>();

    private final Signal<SaveEvent<T>> preSave = new Signal<>();
    private final Signal<SaveEvent<T>> postSave = new Signal<>();
    private final Signal<DeleteEvent<T>> preDelete = new Signal<>();
    private final Signal<DeleteEvent<T>> postDelete = new Signal<>();
    private final Signal<InitEvent<T>> postInit = new Signal<>();

    private Signals() {}

    /**
     * The signals of the model described by {@code model}.
     *
     * @throws IllegalArgumentException for an embedded or array model, which is never saved on its own
     */
    @SuppressWarnings("unchecked") // the registry is keyed by metadata, whose signals have its type
    public static <T> Signals<T> of(ModelMeta<T> model) {
        Objects.requireNonNull(model, "Signals.of(): model is null");
        if (model.kind() != ModelKind.MODEL) {
            throw new IllegalArgumentException(model.name() + " is an " + (model.kind() == ModelKind.EMBEDDED
                    ? "@EmbeddedModel" : "@ArrayModel") + ", stored inside other documents, so it is never saved or "
                    + "deleted on its own and sends no signals; connect to the signals of the @Model that contains it");
        }
        return (Signals<T>) BY_MODEL.computeIfAbsent(model, m -> new Signals<>());
    }

    /**
     * The signals of every model at once (a Django receiver connected without a sender): each
     * event's {@code sender()} tells the model.
     */
    public static Signals<Object> anyModel() {
        return ANY;
    }

    /** Connects {@code receiver} to {@code pre_save}: before each save, before validation. */
    public Receiver preSave(Consumer<? super SaveEvent<T>> receiver) {
        return preSave.connect(receiver, "preSave");
    }

    /** Connects {@code receiver} to {@code post_save}: after each save, with {@code created}. */
    public Receiver postSave(Consumer<? super SaveEvent<T>> receiver) {
        return postSave.connect(receiver, "postSave");
    }

    /** Connects {@code receiver} to {@code pre_delete}: before a deletion writes anything, once per object it deletes. */
    public Receiver preDelete(Consumer<? super DeleteEvent<T>> receiver) {
        return preDelete.connect(receiver, "preDelete");
    }

    /** Connects {@code receiver} to {@code post_delete}: after a deletion, once per object it deleted. */
    public Receiver postDelete(Consumer<? super DeleteEvent<T>> receiver) {
        return postDelete.connect(receiver, "postDelete");
    }

    /** Connects {@code receiver} to {@code post_init}: once per object read from the database. */
    public Receiver postInit(Consumer<? super InitEvent<T>> receiver) {
        return postInit.connect(receiver, "postInit");
    }

    /** Disconnects every receiver of these signals, as between tests. */
    public void disconnectAll() {
        preSave.receivers.clear();
        postSave.receivers.clear();
        preDelete.receivers.clear();
        postDelete.receivers.clear();
        postInit.receivers.clear();
    }

    /** The receivers of one signal of one model. */
    private static final class Signal<E> {
        final CopyOnWriteArrayList<Consumer<? super E>> receivers = new CopyOnWriteArrayList<>();

        Receiver connect(Consumer<? super E> receiver, String name) {
            Objects.requireNonNull(receiver, () -> name + "(): receiver is null");
            receivers.addIfAbsent(receiver);
            return new Receiver() {
                @Override
                public boolean disconnect() {
                    return receivers.remove(receiver);
                }

                @Override
                public boolean connected() {
                    return receivers.contains(receiver);
                }

                @Override
                public String toString() {
                    return name + " receiver " + receiver + (connected() ? "" : " (disconnected)");
                }
            };
        }

        boolean isEmpty() {
            return receivers.isEmpty();
        }

        void send(E event) {
            for (Consumer<? super E> receiver : receivers) {
                receiver.accept(event);
            }
        }
    }

    // ---- sending, for the runtime's writes and reads

    @SuppressWarnings("unchecked") // as Signals.of
    private static <T> Signals<T> existing(ModelMeta<T> model) {
        return (Signals<T>) BY_MODEL.get(model);
    }

    /**
     * The events of model {@code T} as the any-model receivers take them: only read, so the
     * wider type is safe.
     */
    @SuppressWarnings("unchecked")
    private static <E> E widened(Object event) {
        return (E) event;
    }

    private static String using(String alias) {
        return alias == null ? Djongo.DEFAULT : alias;
    }

    /**
     * Calls {@code instance}'s {@link Hooks#beforeSave()} and sends {@code preSave}; before a save
     * prepares and validates the object.
     */
    public static <T> void sendPreSave(ModelMeta<T> model, T instance, boolean created, String alias) {
        if (instance instanceof Hooks) {
            ((Hooks) instance).beforeSave();
        }
        Signals<T> signals = existing(model);
        boolean own = signals != null && !signals.preSave.isEmpty();
        if (own || !ANY.preSave.isEmpty()) {
            SaveEvent<T> event = new SaveEvent<>(model, instance, created, using(alias));
            if (own) {
                signals.preSave.send(event);
            }
            ANY.preSave.send(widened(event));
        }
    }

    /** Sends {@code postSave} and calls the written object's {@link Hooks#afterSave(boolean)}. */
    public static <T> void sendPostSave(ModelMeta<T> model, T instance, boolean created, String alias) {
        Signals<T> signals = existing(model);
        boolean own = signals != null && !signals.postSave.isEmpty();
        if (own || !ANY.postSave.isEmpty()) {
            SaveEvent<T> event = new SaveEvent<>(model, instance, created, using(alias));
            if (own) {
                signals.postSave.send(event);
            }
            ANY.postSave.send(widened(event));
        }
        if (instance instanceof Hooks) {
            ((Hooks) instance).afterSave(created);
        }
    }

    /**
     * Whether deleting objects of {@code model} must read them first, to send delete signals or call
     * {@link Hooks}: Django's {@code can_fast_delete} is the opposite.
     */
    public static boolean receivesDeletes(ModelMeta<?> model) {
        if (Hooks.class.isAssignableFrom(model.modelClass()) || !ANY.preDelete.isEmpty() || !ANY.postDelete.isEmpty()) {
            return true;
        }
        Signals<?> signals = BY_MODEL.get(model);
        return signals != null && (!signals.preDelete.isEmpty() || !signals.postDelete.isEmpty());
    }

    /** Calls {@link Hooks#beforeDelete()} and sends {@code preDelete} for one object about to be deleted. */
    public static <T> void sendPreDelete(ModelMeta<T> model, T instance, String alias, Object origin) {
        if (instance instanceof Hooks) {
            ((Hooks) instance).beforeDelete();
        }
        Signals<T> signals = existing(model);
        boolean own = signals != null && !signals.preDelete.isEmpty();
        if (own || !ANY.preDelete.isEmpty()) {
            DeleteEvent<T> event = new DeleteEvent<>(model, instance, using(alias), origin);
            if (own) {
                signals.preDelete.send(event);
            }
            ANY.preDelete.send(widened(event));
        }
    }

    /** Sends {@code postDelete} and calls {@link Hooks#afterDelete()} for one deleted object. */
    public static <T> void sendPostDelete(ModelMeta<T> model, T instance, String alias, Object origin) {
        Signals<T> signals = existing(model);
        boolean own = signals != null && !signals.postDelete.isEmpty();
        if (own || !ANY.postDelete.isEmpty()) {
            DeleteEvent<T> event = new DeleteEvent<>(model, instance, using(alias), origin);
            if (own) {
                signals.postDelete.send(event);
            }
            ANY.postDelete.send(widened(event));
        }
        if (instance instanceof Hooks) {
            ((Hooks) instance).afterDelete();
        }
    }

    /** Whether objects of {@code model} read from the database must be sent to {@code postInit} receivers. */
    public static boolean receivesInit(ModelMeta<?> model) {
        if (!ANY.postInit.isEmpty()) {
            return true;
        }
        Signals<?> signals = BY_MODEL.get(model);
        return signals != null && !signals.postInit.isEmpty();
    }

    /** Sends {@code postInit} for an object read from the database; returns it. */
    public static <T> T sendPostInit(ModelMeta<T> model, T instance) {
        if (instance == null || model.kind() != ModelKind.MODEL) {
            return instance;
        }
        Signals<T> signals = existing(model);
        boolean own = signals != null && !signals.postInit.isEmpty();
        if (own || !ANY.postInit.isEmpty()) {
            InitEvent<T> event = new InitEvent<>(model, instance);
            if (own) {
                signals.postInit.send(event);
            }
            ANY.postInit.send(widened(event));
        }
        return instance;
    }
}
