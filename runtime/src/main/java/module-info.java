/**
 * The Djongo runtime: connections, managers, query sets, paths, codec support and the model
 * metadata that generated code implements.
 *
 * <p>A modular application that declares models needs, besides {@code requires io.djongo.runtime},
 * one line that registers its generated model index (the processor names the exact line when it
 * is missing):
 * <pre>{@code provides io.djongo.meta.ModelIndex with com.example.blog.DjongoModelIndex;}</pre>
 *
 * <p>The MongoDB driver's modules are automatic modules (named in their manifests), so this
 * module requires them transitively: an application that reads {@code io.djongo.runtime} reads the
 * driver's types ({@code MongoCollection}, {@code ObjectId}, {@code Bson}) that the API returns and
 * takes. {@code java.compiler} is read at compile time only, for the {@code @Generated}
 * annotation (retained in sources only) that generated code carries.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.djongo.runtime {
    requires transitive io.djongo.annotations;
    requires transitive org.mongodb.bson;
    requires transitive org.mongodb.driver.core;
    requires transitive org.mongodb.driver.sync.client;
    requires static transitive java.compiler;

    exports io.djongo;
    exports io.djongo.codec;
    exports io.djongo.meta;
    exports io.djongo.migrations;
    exports io.djongo.migrations.autodetector;
    exports io.djongo.migrations.operations;
    exports io.djongo.observe;
    exports io.djongo.paging;
    exports io.djongo.query;
    exports io.djongo.query.declared;
    exports io.djongo.relation;
    exports io.djongo.schema;
    exports io.djongo.signals;
    exports io.djongo.transaction;
    exports io.djongo.validation;

    uses io.djongo.meta.ModelIndex;
}
