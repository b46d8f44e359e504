/**
 * Relations between models: Django's {@code ForeignKey}, {@code OneToOneField} and
 * {@code ManyToManyField} on documents.
 *
 * <h2>Design</h2>
 *
 * <p><b>One spelling, typed by what is stored.</b> A reference is a field of type {@link Ref}
 * ({@code Ref<Blog> blog}) and a many-to-many relation a field of type {@link RefList}
 * ({@code RefList<Tag> tags}); the annotation ({@code @ForeignKey}, {@code @OneToOne},
 * {@code @ManyToMany}) says how the relation behaves, chiefly what deleting the target does,
 * which has no default. The type is what the document holds, so a reader of the model sees the
 * storage, and the processor checks both at compile time. {@code List<Ref<T>>} is refused in
 * favour of {@code RefList<T>}, which knows its model and can be managed in place.
 *
 * <p><b>Stored as django-mongodb-backend stores it.</b> A reference is the target's id, in the
 * target's id type, under {@code <field>_id}; a many-to-many relation is an array of ids under the
 * field's name (Djongo's {@code ArrayReferenceField}), or, with {@code through}, one document of a
 * model of its own per pair, as Django stores it. Migrations index every reference.
 *
 * <p><b>No proxies.</b> {@link Ref#id()} never queries; {@link Ref#get()} loads the target once and
 * keeps it; a query's {@code selectRelated} ({@code $lookup}) or {@code prefetchRelated} (one
 * {@code $in} per relation) hands references their targets, and strict mode turns every other
 * load into a {@code LazyLoadError}, so the number of queries is visible and testable.
 *
 * <p><b>Reverse relations from generated metadata.</b> The processor writes each relation into the
 * referring model's metadata; {@link Relations} derives, once and lazily, which relations point at
 * each model. Lookups across relations ({@code "blog__name"}, {@code "entries__rating"}), loading
 * and {@link Deletion} (Django's deletion collector) read that table; no class path is scanned.
 */
package io.djongo.relation;
