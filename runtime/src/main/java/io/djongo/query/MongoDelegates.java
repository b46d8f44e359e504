package io.djongo.query;

import com.mongodb.MongoNamespace;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.AggregateIterable;
import com.mongodb.client.ChangeStreamIterable;
import com.mongodb.client.ClientSession;
import com.mongodb.client.DistinctIterable;
import com.mongodb.client.FindIterable;
import com.mongodb.client.ListIndexesIterable;
import com.mongodb.client.ListSearchIndexesIterable;
import com.mongodb.client.MapReduceIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.CreateIndexOptions;
import com.mongodb.client.model.DeleteOptions;
import com.mongodb.client.model.DropCollectionOptions;
import com.mongodb.client.model.DropIndexOptions;
import com.mongodb.client.model.EstimatedDocumentCountOptions;
import com.mongodb.client.model.FindOneAndDeleteOptions;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.InsertOneOptions;
import com.mongodb.client.model.RenameCollectionOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.SearchIndexModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.InsertManyResult;
import com.mongodb.client.result.InsertOneResult;
import com.mongodb.client.result.UpdateResult;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The whole {@link MongoCollection} API as {@code mongoXxx} delegates: Djongo's {@code mongo_} prefix, e.g.
 * {@code find} becomes {@link #mongoFind()}, {@code insertOne} becomes {@link #mongoInsertOne(Object)}. Each method
 * takes the same parameters and returns the same type as the driver's, with {@code TDocument} as the model type
 * {@code T}, and simply calls the driver on {@link #collection()}.
 *
 * <p>These are raw driver calls on the model's collection, typed to the model through its generated codec: a
 * QuerySet's own filter, ordering and slicing are <em>not</em> applied. Pass a filter explicitly, or put
 * {@code Aggregates.match(filter)} in an aggregation pipeline.
 *
 * <p>Not delegated: the configuration accessors and withers ({@code getNamespace}, {@code getDocumentClass},
 * {@code getCodecRegistry}, {@code getReadPreference}, {@code getWriteConcern}, {@code getReadConcern},
 * {@code getTimeout}, {@code withDocumentClass}, {@code withCodecRegistry}, {@code withReadPreference},
 * {@code withWriteConcern}, {@code withReadConcern}, {@code withTimeout}); reach them through {@link #collection()}.
 * Methods the driver deprecates are delegated as deprecated too ({@code mapReduce}).
 *
 * @param <T> the model type
 */
public interface MongoDelegates<T> {
    /** The typed driver collection every delegate calls. */
    MongoCollection<T> collection();

    // ---- Counting

    default long mongoCountDocuments() {
        return collection().countDocuments();
    }

    default long mongoCountDocuments(Bson filter) {
        return collection().countDocuments(filter);
    }

    default long mongoCountDocuments(Bson filter, CountOptions options) {
        return collection().countDocuments(filter, options);
    }

    default long mongoCountDocuments(ClientSession clientSession) {
        return collection().countDocuments(clientSession);
    }

    default long mongoCountDocuments(ClientSession clientSession, Bson filter) {
        return collection().countDocuments(clientSession, filter);
    }

    default long mongoCountDocuments(ClientSession clientSession, Bson filter, CountOptions options) {
        return collection().countDocuments(clientSession, filter, options);
    }

    default long mongoEstimatedDocumentCount() {
        return collection().estimatedDocumentCount();
    }

    default long mongoEstimatedDocumentCount(EstimatedDocumentCountOptions options) {
        return collection().estimatedDocumentCount(options);
    }

    // ---- Distinct values

    default <TResult> DistinctIterable<TResult> mongoDistinct(String fieldName, Class<TResult> resultClass) {
        return collection().distinct(fieldName, resultClass);
    }

    default <TResult> DistinctIterable<TResult> mongoDistinct(
            String fieldName, Bson filter, Class<TResult> resultClass) {
        return collection().distinct(fieldName, filter, resultClass);
    }

    default <TResult> DistinctIterable<TResult> mongoDistinct(
            ClientSession clientSession, String fieldName, Class<TResult> resultClass) {
        return collection().distinct(clientSession, fieldName, resultClass);
    }

    default <TResult> DistinctIterable<TResult> mongoDistinct(
            ClientSession clientSession, String fieldName, Bson filter, Class<TResult> resultClass) {
        return collection().distinct(clientSession, fieldName, filter, resultClass);
    }

    // ---- Finding

    default FindIterable<T> mongoFind() {
        return collection().find();
    }

    default <TResult> FindIterable<TResult> mongoFind(Class<TResult> resultClass) {
        return collection().find(resultClass);
    }

    default FindIterable<T> mongoFind(Bson filter) {
        return collection().find(filter);
    }

    default <TResult> FindIterable<TResult> mongoFind(Bson filter, Class<TResult> resultClass) {
        return collection().find(filter, resultClass);
    }

    default FindIterable<T> mongoFind(ClientSession clientSession) {
        return collection().find(clientSession);
    }

    default <TResult> FindIterable<TResult> mongoFind(ClientSession clientSession, Class<TResult> resultClass) {
        return collection().find(clientSession, resultClass);
    }

    default FindIterable<T> mongoFind(ClientSession clientSession, Bson filter) {
        return collection().find(clientSession, filter);
    }

    default <TResult> FindIterable<TResult> mongoFind(
            ClientSession clientSession, Bson filter, Class<TResult> resultClass) {
        return collection().find(clientSession, filter, resultClass);
    }

    // ---- Aggregation

    default AggregateIterable<T> mongoAggregate(List<? extends Bson> pipeline) {
        return collection().aggregate(pipeline);
    }

    default <TResult> AggregateIterable<TResult> mongoAggregate(
            List<? extends Bson> pipeline, Class<TResult> resultClass) {
        return collection().aggregate(pipeline, resultClass);
    }

    default AggregateIterable<T> mongoAggregate(ClientSession clientSession, List<? extends Bson> pipeline) {
        return collection().aggregate(clientSession, pipeline);
    }

    default <TResult> AggregateIterable<TResult> mongoAggregate(
            ClientSession clientSession, List<? extends Bson> pipeline, Class<TResult> resultClass) {
        return collection().aggregate(clientSession, pipeline, resultClass);
    }

    // ---- Change streams

    default ChangeStreamIterable<T> mongoWatch() {
        return collection().watch();
    }

    default <TResult> ChangeStreamIterable<TResult> mongoWatch(Class<TResult> resultClass) {
        return collection().watch(resultClass);
    }

    default ChangeStreamIterable<T> mongoWatch(List<? extends Bson> pipeline) {
        return collection().watch(pipeline);
    }

    default <TResult> ChangeStreamIterable<TResult> mongoWatch(
            List<? extends Bson> pipeline, Class<TResult> resultClass) {
        return collection().watch(pipeline, resultClass);
    }

    default ChangeStreamIterable<T> mongoWatch(ClientSession clientSession) {
        return collection().watch(clientSession);
    }

    default <TResult> ChangeStreamIterable<TResult> mongoWatch(
            ClientSession clientSession, Class<TResult> resultClass) {
        return collection().watch(clientSession, resultClass);
    }

    default ChangeStreamIterable<T> mongoWatch(ClientSession clientSession, List<? extends Bson> pipeline) {
        return collection().watch(clientSession, pipeline);
    }

    default <TResult> ChangeStreamIterable<TResult> mongoWatch(
            ClientSession clientSession, List<? extends Bson> pipeline, Class<TResult> resultClass) {
        return collection().watch(clientSession, pipeline, resultClass);
    }

    // ---- Map-reduce (deprecated by the driver)

    @Deprecated
    default MapReduceIterable<T> mongoMapReduce(String mapFunction, String reduceFunction) {
        return collection().mapReduce(mapFunction, reduceFunction);
    }

    @Deprecated
    default <TResult> MapReduceIterable<TResult> mongoMapReduce(
            String mapFunction, String reduceFunction, Class<TResult> resultClass) {
        return collection().mapReduce(mapFunction, reduceFunction, resultClass);
    }

    @Deprecated
    default MapReduceIterable<T> mongoMapReduce(
            ClientSession clientSession, String mapFunction, String reduceFunction) {
        return collection().mapReduce(clientSession, mapFunction, reduceFunction);
    }

    @Deprecated
    default <TResult> MapReduceIterable<TResult> mongoMapReduce(
            ClientSession clientSession, String mapFunction, String reduceFunction, Class<TResult> resultClass) {
        return collection().mapReduce(clientSession, mapFunction, reduceFunction, resultClass);
    }

    // ---- Bulk writes

    default BulkWriteResult mongoBulkWrite(List<? extends WriteModel<? extends T>> requests) {
        return collection().bulkWrite(requests);
    }

    default BulkWriteResult mongoBulkWrite(List<? extends WriteModel<? extends T>> requests, BulkWriteOptions options) {
        return collection().bulkWrite(requests, options);
    }

    default BulkWriteResult mongoBulkWrite(
            ClientSession clientSession, List<? extends WriteModel<? extends T>> requests) {
        return collection().bulkWrite(clientSession, requests);
    }

    default BulkWriteResult mongoBulkWrite(
            ClientSession clientSession, List<? extends WriteModel<? extends T>> requests, BulkWriteOptions options) {
        return collection().bulkWrite(clientSession, requests, options);
    }

    // ---- Inserting

    default InsertOneResult mongoInsertOne(T document) {
        return collection().insertOne(document);
    }

    default InsertOneResult mongoInsertOne(T document, InsertOneOptions options) {
        return collection().insertOne(document, options);
    }

    default InsertOneResult mongoInsertOne(ClientSession clientSession, T document) {
        return collection().insertOne(clientSession, document);
    }

    default InsertOneResult mongoInsertOne(ClientSession clientSession, T document, InsertOneOptions options) {
        return collection().insertOne(clientSession, document, options);
    }

    default InsertManyResult mongoInsertMany(List<? extends T> documents) {
        return collection().insertMany(documents);
    }

    default InsertManyResult mongoInsertMany(List<? extends T> documents, InsertManyOptions options) {
        return collection().insertMany(documents, options);
    }

    default InsertManyResult mongoInsertMany(ClientSession clientSession, List<? extends T> documents) {
        return collection().insertMany(clientSession, documents);
    }

    default InsertManyResult mongoInsertMany(
            ClientSession clientSession, List<? extends T> documents, InsertManyOptions options) {
        return collection().insertMany(clientSession, documents, options);
    }

    // ---- Deleting

    default DeleteResult mongoDeleteOne(Bson filter) {
        return collection().deleteOne(filter);
    }

    default DeleteResult mongoDeleteOne(Bson filter, DeleteOptions options) {
        return collection().deleteOne(filter, options);
    }

    default DeleteResult mongoDeleteOne(ClientSession clientSession, Bson filter) {
        return collection().deleteOne(clientSession, filter);
    }

    default DeleteResult mongoDeleteOne(ClientSession clientSession, Bson filter, DeleteOptions options) {
        return collection().deleteOne(clientSession, filter, options);
    }

    default DeleteResult mongoDeleteMany(Bson filter) {
        return collection().deleteMany(filter);
    }

    default DeleteResult mongoDeleteMany(Bson filter, DeleteOptions options) {
        return collection().deleteMany(filter, options);
    }

    default DeleteResult mongoDeleteMany(ClientSession clientSession, Bson filter) {
        return collection().deleteMany(clientSession, filter);
    }

    default DeleteResult mongoDeleteMany(ClientSession clientSession, Bson filter, DeleteOptions options) {
        return collection().deleteMany(clientSession, filter, options);
    }

    // ---- Replacing

    default UpdateResult mongoReplaceOne(Bson filter, T replacement) {
        return collection().replaceOne(filter, replacement);
    }

    default UpdateResult mongoReplaceOne(Bson filter, T replacement, ReplaceOptions options) {
        return collection().replaceOne(filter, replacement, options);
    }

    default UpdateResult mongoReplaceOne(ClientSession clientSession, Bson filter, T replacement) {
        return collection().replaceOne(clientSession, filter, replacement);
    }

    default UpdateResult mongoReplaceOne(
            ClientSession clientSession, Bson filter, T replacement, ReplaceOptions options) {
        return collection().replaceOne(clientSession, filter, replacement, options);
    }

    // ---- Updating

    default UpdateResult mongoUpdateOne(Bson filter, Bson update) {
        return collection().updateOne(filter, update);
    }

    default UpdateResult mongoUpdateOne(Bson filter, Bson update, UpdateOptions options) {
        return collection().updateOne(filter, update, options);
    }

    default UpdateResult mongoUpdateOne(ClientSession clientSession, Bson filter, Bson update) {
        return collection().updateOne(clientSession, filter, update);
    }

    default UpdateResult mongoUpdateOne(ClientSession clientSession, Bson filter, Bson update, UpdateOptions options) {
        return collection().updateOne(clientSession, filter, update, options);
    }

    default UpdateResult mongoUpdateOne(Bson filter, List<? extends Bson> update) {
        return collection().updateOne(filter, update);
    }

    default UpdateResult mongoUpdateOne(Bson filter, List<? extends Bson> update, UpdateOptions options) {
        return collection().updateOne(filter, update, options);
    }

    default UpdateResult mongoUpdateOne(ClientSession clientSession, Bson filter, List<? extends Bson> update) {
        return collection().updateOne(clientSession, filter, update);
    }

    default UpdateResult mongoUpdateOne(
            ClientSession clientSession, Bson filter, List<? extends Bson> update, UpdateOptions options) {
        return collection().updateOne(clientSession, filter, update, options);
    }

    default UpdateResult mongoUpdateMany(Bson filter, Bson update) {
        return collection().updateMany(filter, update);
    }

    default UpdateResult mongoUpdateMany(Bson filter, Bson update, UpdateOptions options) {
        return collection().updateMany(filter, update, options);
    }

    default UpdateResult mongoUpdateMany(ClientSession clientSession, Bson filter, Bson update) {
        return collection().updateMany(clientSession, filter, update);
    }

    default UpdateResult mongoUpdateMany(ClientSession clientSession, Bson filter, Bson update, UpdateOptions options) {
        return collection().updateMany(clientSession, filter, update, options);
    }

    default UpdateResult mongoUpdateMany(Bson filter, List<? extends Bson> update) {
        return collection().updateMany(filter, update);
    }

    default UpdateResult mongoUpdateMany(Bson filter, List<? extends Bson> update, UpdateOptions options) {
        return collection().updateMany(filter, update, options);
    }

    default UpdateResult mongoUpdateMany(ClientSession clientSession, Bson filter, List<? extends Bson> update) {
        return collection().updateMany(clientSession, filter, update);
    }

    default UpdateResult mongoUpdateMany(
            ClientSession clientSession, Bson filter, List<? extends Bson> update, UpdateOptions options) {
        return collection().updateMany(clientSession, filter, update, options);
    }

    // ---- Find-and-modify

    default T mongoFindOneAndDelete(Bson filter) {
        return collection().findOneAndDelete(filter);
    }

    default T mongoFindOneAndDelete(Bson filter, FindOneAndDeleteOptions options) {
        return collection().findOneAndDelete(filter, options);
    }

    default T mongoFindOneAndDelete(ClientSession clientSession, Bson filter) {
        return collection().findOneAndDelete(clientSession, filter);
    }

    default T mongoFindOneAndDelete(ClientSession clientSession, Bson filter, FindOneAndDeleteOptions options) {
        return collection().findOneAndDelete(clientSession, filter, options);
    }

    default T mongoFindOneAndReplace(Bson filter, T replacement) {
        return collection().findOneAndReplace(filter, replacement);
    }

    default T mongoFindOneAndReplace(Bson filter, T replacement, FindOneAndReplaceOptions options) {
        return collection().findOneAndReplace(filter, replacement, options);
    }

    default T mongoFindOneAndReplace(ClientSession clientSession, Bson filter, T replacement) {
        return collection().findOneAndReplace(clientSession, filter, replacement);
    }

    default T mongoFindOneAndReplace(
            ClientSession clientSession, Bson filter, T replacement, FindOneAndReplaceOptions options) {
        return collection().findOneAndReplace(clientSession, filter, replacement, options);
    }

    default T mongoFindOneAndUpdate(Bson filter, Bson update) {
        return collection().findOneAndUpdate(filter, update);
    }

    default T mongoFindOneAndUpdate(Bson filter, Bson update, FindOneAndUpdateOptions options) {
        return collection().findOneAndUpdate(filter, update, options);
    }

    default T mongoFindOneAndUpdate(ClientSession clientSession, Bson filter, Bson update) {
        return collection().findOneAndUpdate(clientSession, filter, update);
    }

    default T mongoFindOneAndUpdate(
            ClientSession clientSession, Bson filter, Bson update, FindOneAndUpdateOptions options) {
        return collection().findOneAndUpdate(clientSession, filter, update, options);
    }

    default T mongoFindOneAndUpdate(Bson filter, List<? extends Bson> update) {
        return collection().findOneAndUpdate(filter, update);
    }

    default T mongoFindOneAndUpdate(Bson filter, List<? extends Bson> update, FindOneAndUpdateOptions options) {
        return collection().findOneAndUpdate(filter, update, options);
    }

    default T mongoFindOneAndUpdate(ClientSession clientSession, Bson filter, List<? extends Bson> update) {
        return collection().findOneAndUpdate(clientSession, filter, update);
    }

    default T mongoFindOneAndUpdate(
            ClientSession clientSession, Bson filter, List<? extends Bson> update, FindOneAndUpdateOptions options) {
        return collection().findOneAndUpdate(clientSession, filter, update, options);
    }

    // ---- Dropping the collection

    default void mongoDrop() {
        collection().drop();
    }

    default void mongoDrop(ClientSession clientSession) {
        collection().drop(clientSession);
    }

    default void mongoDrop(DropCollectionOptions options) {
        collection().drop(options);
    }

    default void mongoDrop(ClientSession clientSession, DropCollectionOptions options) {
        collection().drop(clientSession, options);
    }

    // ---- Atlas Search indexes

    default String mongoCreateSearchIndex(String indexName, Bson definition) {
        return collection().createSearchIndex(indexName, definition);
    }

    default String mongoCreateSearchIndex(Bson definition) {
        return collection().createSearchIndex(definition);
    }

    default List<String> mongoCreateSearchIndexes(List<SearchIndexModel> searchIndexModels) {
        return collection().createSearchIndexes(searchIndexModels);
    }

    default void mongoUpdateSearchIndex(String indexName, Bson definition) {
        collection().updateSearchIndex(indexName, definition);
    }

    default void mongoDropSearchIndex(String indexName) {
        collection().dropSearchIndex(indexName);
    }

    default ListSearchIndexesIterable<Document> mongoListSearchIndexes() {
        return collection().listSearchIndexes();
    }

    default <TResult> ListSearchIndexesIterable<TResult> mongoListSearchIndexes(Class<TResult> resultClass) {
        return collection().listSearchIndexes(resultClass);
    }

    // ---- Indexes

    default String mongoCreateIndex(Bson keys) {
        return collection().createIndex(keys);
    }

    default String mongoCreateIndex(Bson keys, IndexOptions options) {
        return collection().createIndex(keys, options);
    }

    default String mongoCreateIndex(ClientSession clientSession, Bson keys) {
        return collection().createIndex(clientSession, keys);
    }

    default String mongoCreateIndex(ClientSession clientSession, Bson keys, IndexOptions options) {
        return collection().createIndex(clientSession, keys, options);
    }

    default List<String> mongoCreateIndexes(List<IndexModel> indexes) {
        return collection().createIndexes(indexes);
    }

    default List<String> mongoCreateIndexes(List<IndexModel> indexes, CreateIndexOptions options) {
        return collection().createIndexes(indexes, options);
    }

    default List<String> mongoCreateIndexes(ClientSession clientSession, List<IndexModel> indexes) {
        return collection().createIndexes(clientSession, indexes);
    }

    default List<String> mongoCreateIndexes(
            ClientSession clientSession, List<IndexModel> indexes, CreateIndexOptions options) {
        return collection().createIndexes(clientSession, indexes, options);
    }

    default ListIndexesIterable<Document> mongoListIndexes() {
        return collection().listIndexes();
    }

    default <TResult> ListIndexesIterable<TResult> mongoListIndexes(Class<TResult> resultClass) {
        return collection().listIndexes(resultClass);
    }

    default ListIndexesIterable<Document> mongoListIndexes(ClientSession clientSession) {
        return collection().listIndexes(clientSession);
    }

    default <TResult> ListIndexesIterable<TResult> mongoListIndexes(
            ClientSession clientSession, Class<TResult> resultClass) {
        return collection().listIndexes(clientSession, resultClass);
    }

    default void mongoDropIndex(String indexName) {
        collection().dropIndex(indexName);
    }

    default void mongoDropIndex(String indexName, DropIndexOptions options) {
        collection().dropIndex(indexName, options);
    }

    default void mongoDropIndex(Bson keys) {
        collection().dropIndex(keys);
    }

    default void mongoDropIndex(Bson keys, DropIndexOptions options) {
        collection().dropIndex(keys, options);
    }

    default void mongoDropIndex(ClientSession clientSession, String indexName) {
        collection().dropIndex(clientSession, indexName);
    }

    default void mongoDropIndex(ClientSession clientSession, Bson keys) {
        collection().dropIndex(clientSession, keys);
    }

    default void mongoDropIndex(ClientSession clientSession, String indexName, DropIndexOptions options) {
        collection().dropIndex(clientSession, indexName, options);
    }

    default void mongoDropIndex(ClientSession clientSession, Bson keys, DropIndexOptions options) {
        collection().dropIndex(clientSession, keys, options);
    }

    default void mongoDropIndexes() {
        collection().dropIndexes();
    }

    default void mongoDropIndexes(ClientSession clientSession) {
        collection().dropIndexes(clientSession);
    }

    default void mongoDropIndexes(DropIndexOptions options) {
        collection().dropIndexes(options);
    }

    default void mongoDropIndexes(ClientSession clientSession, DropIndexOptions options) {
        collection().dropIndexes(clientSession, options);
    }

    // ---- Renaming the collection

    default void mongoRenameCollection(MongoNamespace newCollectionNamespace) {
        collection().renameCollection(newCollectionNamespace);
    }

    default void mongoRenameCollection(MongoNamespace newCollectionNamespace, RenameCollectionOptions options) {
        collection().renameCollection(newCollectionNamespace, options);
    }

    default void mongoRenameCollection(ClientSession clientSession, MongoNamespace newCollectionNamespace) {
        collection().renameCollection(clientSession, newCollectionNamespace);
    }

    default void mongoRenameCollection(
            ClientSession clientSession, MongoNamespace newCollectionNamespace, RenameCollectionOptions options) {
        collection().renameCollection(clientSession, newCollectionNamespace, options);
    }
}
