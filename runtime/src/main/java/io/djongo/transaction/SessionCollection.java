package io.djongo.transaction;

import com.mongodb.MongoNamespace;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.AggregateIterable;
import com.mongodb.client.ChangeStreamIterable;
import com.mongodb.client.ClientSession;
import com.mongodb.client.DistinctIterable;
import com.mongodb.client.FindIterable;
import com.mongodb.client.ListIndexesIterable;
import com.mongodb.client.ListSearchIndexesIterable;
import com.mongodb.client.MapReduceIterable;
import com.mongodb.client.MongoClient;
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
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * A collection whose every operation runs in the calling thread's session on its client, when it
 * has one ({@link Transactions#current}): inside {@code Djongo.atomic(...)} and
 * {@code Djongo.session(...)} blocks, queries, writes, cascades and raw driver calls through the
 * runtime's collections all join the block's session without being handed it. Operations given a
 * {@code ClientSession} explicitly use that one; those the driver runs without sessions
 * ({@code estimatedDocumentCount}, the search index commands) run as they are.
 *
 * @param <T> the document type
 */
final class SessionCollection<T> implements MongoCollection<T> {
    private final MongoCollection<T> delegate;
    private final MongoClient client;

    SessionCollection(MongoCollection<T> delegate, MongoClient client) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public MongoNamespace getNamespace() {
        return delegate.getNamespace();
    }

    @Override
    public Class<T> getDocumentClass() {
        return delegate.getDocumentClass();
    }

    @Override
    public CodecRegistry getCodecRegistry() {
        return delegate.getCodecRegistry();
    }

    @Override
    public ReadPreference getReadPreference() {
        return delegate.getReadPreference();
    }

    @Override
    public WriteConcern getWriteConcern() {
        return delegate.getWriteConcern();
    }

    @Override
    public ReadConcern getReadConcern() {
        return delegate.getReadConcern();
    }

    @Override
    public Long getTimeout(TimeUnit timeUnit) {
        return delegate.getTimeout(timeUnit);
    }

    @Override
    public <D> MongoCollection<D> withDocumentClass(Class<D> documentClass) {
        return new SessionCollection<>(delegate.withDocumentClass(documentClass), client);
    }

    @Override
    public MongoCollection<T> withCodecRegistry(CodecRegistry codecRegistry) {
        return new SessionCollection<>(delegate.withCodecRegistry(codecRegistry), client);
    }

    @Override
    public MongoCollection<T> withReadPreference(ReadPreference readPreference) {
        return new SessionCollection<>(delegate.withReadPreference(readPreference), client);
    }

    @Override
    public MongoCollection<T> withWriteConcern(WriteConcern writeConcern) {
        return new SessionCollection<>(delegate.withWriteConcern(writeConcern), client);
    }

    @Override
    public MongoCollection<T> withReadConcern(ReadConcern readConcern) {
        return new SessionCollection<>(delegate.withReadConcern(readConcern), client);
    }

    @Override
    public MongoCollection<T> withTimeout(long timeout, TimeUnit timeUnit) {
        return new SessionCollection<>(delegate.withTimeout(timeout, timeUnit), client);
    }

    @Override
    public long countDocuments() {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.countDocuments() : delegate.countDocuments(session);
    }

    @Override
    public long countDocuments(Bson filter) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.countDocuments(filter) : delegate.countDocuments(session, filter);
    }

    @Override
    public long countDocuments(Bson filter, CountOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.countDocuments(filter, options)
                : delegate.countDocuments(session, filter, options);
    }

    @Override
    public long countDocuments(ClientSession clientSession) {
        return delegate.countDocuments(clientSession);
    }

    @Override
    public long countDocuments(ClientSession clientSession, Bson filter) {
        return delegate.countDocuments(clientSession, filter);
    }

    @Override
    public long countDocuments(ClientSession clientSession, Bson filter, CountOptions options) {
        return delegate.countDocuments(clientSession, filter, options);
    }

    @Override
    public long estimatedDocumentCount() {
        return delegate.estimatedDocumentCount();
    }

    @Override
    public long estimatedDocumentCount(EstimatedDocumentCountOptions options) {
        return delegate.estimatedDocumentCount(options);
    }

    @Override
    public <TResult> DistinctIterable<TResult> distinct(String fieldName, Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.distinct(fieldName, resultClass)
                : delegate.distinct(session, fieldName, resultClass);
    }

    @Override
    public <TResult> DistinctIterable<TResult> distinct(String fieldName, Bson filter, Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.distinct(fieldName, filter, resultClass)
                : delegate.distinct(session, fieldName, filter, resultClass);
    }

    @Override
    public <TResult> DistinctIterable<TResult> distinct(
            ClientSession clientSession, String fieldName, Class<TResult> resultClass) {
        return delegate.distinct(clientSession, fieldName, resultClass);
    }

    @Override
    public <TResult> DistinctIterable<TResult> distinct(
            ClientSession clientSession, String fieldName, Bson filter, Class<TResult> resultClass) {
        return delegate.distinct(clientSession, fieldName, filter, resultClass);
    }

    @Override
    public FindIterable<T> find() {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.find() : delegate.find(session);
    }

    @Override
    public <TResult> FindIterable<TResult> find(Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.find(resultClass) : delegate.find(session, resultClass);
    }

    @Override
    public FindIterable<T> find(Bson filter) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.find(filter) : delegate.find(session, filter);
    }

    @Override
    public <TResult> FindIterable<TResult> find(Bson filter, Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.find(filter, resultClass) : delegate.find(session, filter, resultClass);
    }

    @Override
    public FindIterable<T> find(ClientSession clientSession) {
        return delegate.find(clientSession);
    }

    @Override
    public <TResult> FindIterable<TResult> find(ClientSession clientSession, Class<TResult> resultClass) {
        return delegate.find(clientSession, resultClass);
    }

    @Override
    public FindIterable<T> find(ClientSession clientSession, Bson filter) {
        return delegate.find(clientSession, filter);
    }

    @Override
    public <TResult> FindIterable<TResult> find(ClientSession clientSession, Bson filter, Class<TResult> resultClass) {
        return delegate.find(clientSession, filter, resultClass);
    }

    @Override
    public AggregateIterable<T> aggregate(List<? extends Bson> pipeline) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.aggregate(pipeline) : delegate.aggregate(session, pipeline);
    }

    @Override
    public <TResult> AggregateIterable<TResult> aggregate(List<? extends Bson> pipeline, Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.aggregate(pipeline, resultClass)
                : delegate.aggregate(session, pipeline, resultClass);
    }

    @Override
    public AggregateIterable<T> aggregate(ClientSession clientSession, List<? extends Bson> pipeline) {
        return delegate.aggregate(clientSession, pipeline);
    }

    @Override
    public <TResult> AggregateIterable<TResult> aggregate(
            ClientSession clientSession, List<? extends Bson> pipeline, Class<TResult> resultClass) {
        return delegate.aggregate(clientSession, pipeline, resultClass);
    }

    @Override
    public ChangeStreamIterable<T> watch() {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.watch() : delegate.watch(session);
    }

    @Override
    public <TResult> ChangeStreamIterable<TResult> watch(Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.watch(resultClass) : delegate.watch(session, resultClass);
    }

    @Override
    public ChangeStreamIterable<T> watch(List<? extends Bson> pipeline) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.watch(pipeline) : delegate.watch(session, pipeline);
    }

    @Override
    public <TResult> ChangeStreamIterable<TResult> watch(List<? extends Bson> pipeline, Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.watch(pipeline, resultClass) : delegate.watch(session, pipeline, resultClass);
    }

    @Override
    public ChangeStreamIterable<T> watch(ClientSession clientSession) {
        return delegate.watch(clientSession);
    }

    @Override
    public <TResult> ChangeStreamIterable<TResult> watch(ClientSession clientSession, Class<TResult> resultClass) {
        return delegate.watch(clientSession, resultClass);
    }

    @Override
    public ChangeStreamIterable<T> watch(ClientSession clientSession, List<? extends Bson> pipeline) {
        return delegate.watch(clientSession, pipeline);
    }

    @Override
    public <TResult> ChangeStreamIterable<TResult> watch(
            ClientSession clientSession, List<? extends Bson> pipeline, Class<TResult> resultClass) {
        return delegate.watch(clientSession, pipeline, resultClass);
    }

    @Deprecated
    @Override
    public MapReduceIterable<T> mapReduce(String mapFunction, String reduceFunction) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.mapReduce(mapFunction, reduceFunction)
                : delegate.mapReduce(session, mapFunction, reduceFunction);
    }

    @Deprecated
    @Override
    public <TResult> MapReduceIterable<TResult> mapReduce(
            String mapFunction, String reduceFunction, Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.mapReduce(mapFunction, reduceFunction, resultClass)
                : delegate.mapReduce(session, mapFunction, reduceFunction, resultClass);
    }

    @Deprecated
    @Override
    public MapReduceIterable<T> mapReduce(ClientSession clientSession, String mapFunction, String reduceFunction) {
        return delegate.mapReduce(clientSession, mapFunction, reduceFunction);
    }

    @Deprecated
    @Override
    public <TResult> MapReduceIterable<TResult> mapReduce(
            ClientSession clientSession, String mapFunction, String reduceFunction, Class<TResult> resultClass) {
        return delegate.mapReduce(clientSession, mapFunction, reduceFunction, resultClass);
    }

    @Override
    public BulkWriteResult bulkWrite(List<? extends WriteModel<? extends T>> requests) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.bulkWrite(requests) : delegate.bulkWrite(session, requests);
    }

    @Override
    public BulkWriteResult bulkWrite(List<? extends WriteModel<? extends T>> requests, BulkWriteOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.bulkWrite(requests, options) : delegate.bulkWrite(session, requests, options);
    }

    @Override
    public BulkWriteResult bulkWrite(ClientSession clientSession, List<? extends WriteModel<? extends T>> requests) {
        return delegate.bulkWrite(clientSession, requests);
    }

    @Override
    public BulkWriteResult bulkWrite(
            ClientSession clientSession, List<? extends WriteModel<? extends T>> requests, BulkWriteOptions options) {
        return delegate.bulkWrite(clientSession, requests, options);
    }

    @Override
    public InsertOneResult insertOne(T document) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.insertOne(document) : delegate.insertOne(session, document);
    }

    @Override
    public InsertOneResult insertOne(T document, InsertOneOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.insertOne(document, options) : delegate.insertOne(session, document, options);
    }

    @Override
    public InsertOneResult insertOne(ClientSession clientSession, T document) {
        return delegate.insertOne(clientSession, document);
    }

    @Override
    public InsertOneResult insertOne(ClientSession clientSession, T document, InsertOneOptions options) {
        return delegate.insertOne(clientSession, document, options);
    }

    @Override
    public InsertManyResult insertMany(List<? extends T> documents) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.insertMany(documents) : delegate.insertMany(session, documents);
    }

    @Override
    public InsertManyResult insertMany(List<? extends T> documents, InsertManyOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.insertMany(documents, options)
                : delegate.insertMany(session, documents, options);
    }

    @Override
    public InsertManyResult insertMany(ClientSession clientSession, List<? extends T> documents) {
        return delegate.insertMany(clientSession, documents);
    }

    @Override
    public InsertManyResult insertMany(
            ClientSession clientSession, List<? extends T> documents, InsertManyOptions options) {
        return delegate.insertMany(clientSession, documents, options);
    }

    @Override
    public DeleteResult deleteOne(Bson filter) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.deleteOne(filter) : delegate.deleteOne(session, filter);
    }

    @Override
    public DeleteResult deleteOne(Bson filter, DeleteOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.deleteOne(filter, options) : delegate.deleteOne(session, filter, options);
    }

    @Override
    public DeleteResult deleteOne(ClientSession clientSession, Bson filter) {
        return delegate.deleteOne(clientSession, filter);
    }

    @Override
    public DeleteResult deleteOne(ClientSession clientSession, Bson filter, DeleteOptions options) {
        return delegate.deleteOne(clientSession, filter, options);
    }

    @Override
    public DeleteResult deleteMany(Bson filter) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.deleteMany(filter) : delegate.deleteMany(session, filter);
    }

    @Override
    public DeleteResult deleteMany(Bson filter, DeleteOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.deleteMany(filter, options) : delegate.deleteMany(session, filter, options);
    }

    @Override
    public DeleteResult deleteMany(ClientSession clientSession, Bson filter) {
        return delegate.deleteMany(clientSession, filter);
    }

    @Override
    public DeleteResult deleteMany(ClientSession clientSession, Bson filter, DeleteOptions options) {
        return delegate.deleteMany(clientSession, filter, options);
    }

    @Override
    public UpdateResult replaceOne(Bson filter, T replacement) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.replaceOne(filter, replacement)
                : delegate.replaceOne(session, filter, replacement);
    }

    @Override
    public UpdateResult replaceOne(Bson filter, T replacement, ReplaceOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.replaceOne(filter, replacement, options)
                : delegate.replaceOne(session, filter, replacement, options);
    }

    @Override
    public UpdateResult replaceOne(ClientSession clientSession, Bson filter, T replacement) {
        return delegate.replaceOne(clientSession, filter, replacement);
    }

    @Override
    public UpdateResult replaceOne(ClientSession clientSession, Bson filter, T replacement, ReplaceOptions options) {
        return delegate.replaceOne(clientSession, filter, replacement, options);
    }

    @Override
    public UpdateResult updateOne(Bson filter, Bson update) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.updateOne(filter, update) : delegate.updateOne(session, filter, update);
    }

    @Override
    public UpdateResult updateOne(Bson filter, Bson update, UpdateOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.updateOne(filter, update, options)
                : delegate.updateOne(session, filter, update, options);
    }

    @Override
    public UpdateResult updateOne(ClientSession clientSession, Bson filter, Bson update) {
        return delegate.updateOne(clientSession, filter, update);
    }

    @Override
    public UpdateResult updateOne(ClientSession clientSession, Bson filter, Bson update, UpdateOptions options) {
        return delegate.updateOne(clientSession, filter, update, options);
    }

    @Override
    public UpdateResult updateOne(Bson filter, List<? extends Bson> update) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.updateOne(filter, update) : delegate.updateOne(session, filter, update);
    }

    @Override
    public UpdateResult updateOne(Bson filter, List<? extends Bson> update, UpdateOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.updateOne(filter, update, options)
                : delegate.updateOne(session, filter, update, options);
    }

    @Override
    public UpdateResult updateOne(ClientSession clientSession, Bson filter, List<? extends Bson> update) {
        return delegate.updateOne(clientSession, filter, update);
    }

    @Override
    public UpdateResult updateOne(
            ClientSession clientSession, Bson filter, List<? extends Bson> update, UpdateOptions options) {
        return delegate.updateOne(clientSession, filter, update, options);
    }

    @Override
    public UpdateResult updateMany(Bson filter, Bson update) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.updateMany(filter, update) : delegate.updateMany(session, filter, update);
    }

    @Override
    public UpdateResult updateMany(Bson filter, Bson update, UpdateOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.updateMany(filter, update, options)
                : delegate.updateMany(session, filter, update, options);
    }

    @Override
    public UpdateResult updateMany(ClientSession clientSession, Bson filter, Bson update) {
        return delegate.updateMany(clientSession, filter, update);
    }

    @Override
    public UpdateResult updateMany(ClientSession clientSession, Bson filter, Bson update, UpdateOptions options) {
        return delegate.updateMany(clientSession, filter, update, options);
    }

    @Override
    public UpdateResult updateMany(Bson filter, List<? extends Bson> update) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.updateMany(filter, update) : delegate.updateMany(session, filter, update);
    }

    @Override
    public UpdateResult updateMany(Bson filter, List<? extends Bson> update, UpdateOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.updateMany(filter, update, options)
                : delegate.updateMany(session, filter, update, options);
    }

    @Override
    public UpdateResult updateMany(ClientSession clientSession, Bson filter, List<? extends Bson> update) {
        return delegate.updateMany(clientSession, filter, update);
    }

    @Override
    public UpdateResult updateMany(
            ClientSession clientSession, Bson filter, List<? extends Bson> update, UpdateOptions options) {
        return delegate.updateMany(clientSession, filter, update, options);
    }

    @Override
    public T findOneAndDelete(Bson filter) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.findOneAndDelete(filter) : delegate.findOneAndDelete(session, filter);
    }

    @Override
    public T findOneAndDelete(Bson filter, FindOneAndDeleteOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.findOneAndDelete(filter, options)
                : delegate.findOneAndDelete(session, filter, options);
    }

    @Override
    public T findOneAndDelete(ClientSession clientSession, Bson filter) {
        return delegate.findOneAndDelete(clientSession, filter);
    }

    @Override
    public T findOneAndDelete(ClientSession clientSession, Bson filter, FindOneAndDeleteOptions options) {
        return delegate.findOneAndDelete(clientSession, filter, options);
    }

    @Override
    public T findOneAndReplace(Bson filter, T replacement) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.findOneAndReplace(filter, replacement)
                : delegate.findOneAndReplace(session, filter, replacement);
    }

    @Override
    public T findOneAndReplace(Bson filter, T replacement, FindOneAndReplaceOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.findOneAndReplace(filter, replacement, options)
                : delegate.findOneAndReplace(session, filter, replacement, options);
    }

    @Override
    public T findOneAndReplace(ClientSession clientSession, Bson filter, T replacement) {
        return delegate.findOneAndReplace(clientSession, filter, replacement);
    }

    @Override
    public T findOneAndReplace(
            ClientSession clientSession, Bson filter, T replacement, FindOneAndReplaceOptions options) {
        return delegate.findOneAndReplace(clientSession, filter, replacement, options);
    }

    @Override
    public T findOneAndUpdate(Bson filter, Bson update) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.findOneAndUpdate(filter, update)
                : delegate.findOneAndUpdate(session, filter, update);
    }

    @Override
    public T findOneAndUpdate(Bson filter, Bson update, FindOneAndUpdateOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.findOneAndUpdate(filter, update, options)
                : delegate.findOneAndUpdate(session, filter, update, options);
    }

    @Override
    public T findOneAndUpdate(ClientSession clientSession, Bson filter, Bson update) {
        return delegate.findOneAndUpdate(clientSession, filter, update);
    }

    @Override
    public T findOneAndUpdate(ClientSession clientSession, Bson filter, Bson update, FindOneAndUpdateOptions options) {
        return delegate.findOneAndUpdate(clientSession, filter, update, options);
    }

    @Override
    public T findOneAndUpdate(Bson filter, List<? extends Bson> update) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.findOneAndUpdate(filter, update)
                : delegate.findOneAndUpdate(session, filter, update);
    }

    @Override
    public T findOneAndUpdate(Bson filter, List<? extends Bson> update, FindOneAndUpdateOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.findOneAndUpdate(filter, update, options)
                : delegate.findOneAndUpdate(session, filter, update, options);
    }

    @Override
    public T findOneAndUpdate(ClientSession clientSession, Bson filter, List<? extends Bson> update) {
        return delegate.findOneAndUpdate(clientSession, filter, update);
    }

    @Override
    public T findOneAndUpdate(
            ClientSession clientSession, Bson filter, List<? extends Bson> update, FindOneAndUpdateOptions options) {
        return delegate.findOneAndUpdate(clientSession, filter, update, options);
    }

    @Override
    public void drop() {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.drop();
        } else {
            delegate.drop(session);
        }
    }

    @Override
    public void drop(ClientSession clientSession) {
        delegate.drop(clientSession);
    }

    @Override
    public void drop(DropCollectionOptions options) {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.drop(options);
        } else {
            delegate.drop(session, options);
        }
    }

    @Override
    public void drop(ClientSession clientSession, DropCollectionOptions options) {
        delegate.drop(clientSession, options);
    }

    @Override
    public String createSearchIndex(String indexName, Bson definition) {
        return delegate.createSearchIndex(indexName, definition);
    }

    @Override
    public String createSearchIndex(Bson definition) {
        return delegate.createSearchIndex(definition);
    }

    @Override
    public List<String> createSearchIndexes(List<SearchIndexModel> searchIndexModels) {
        return delegate.createSearchIndexes(searchIndexModels);
    }

    @Override
    public void updateSearchIndex(String indexName, Bson definition) {
        delegate.updateSearchIndex(indexName, definition);
    }

    @Override
    public void dropSearchIndex(String indexName) {
        delegate.dropSearchIndex(indexName);
    }

    @Override
    public ListSearchIndexesIterable<Document> listSearchIndexes() {
        return delegate.listSearchIndexes();
    }

    @Override
    public <TResult> ListSearchIndexesIterable<TResult> listSearchIndexes(Class<TResult> resultClass) {
        return delegate.listSearchIndexes(resultClass);
    }

    @Override
    public String createIndex(Bson keys) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.createIndex(keys) : delegate.createIndex(session, keys);
    }

    @Override
    public String createIndex(Bson keys, IndexOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.createIndex(keys, options) : delegate.createIndex(session, keys, options);
    }

    @Override
    public String createIndex(ClientSession clientSession, Bson keys) {
        return delegate.createIndex(clientSession, keys);
    }

    @Override
    public String createIndex(ClientSession clientSession, Bson keys, IndexOptions options) {
        return delegate.createIndex(clientSession, keys, options);
    }

    @Override
    public List<String> createIndexes(List<IndexModel> indexes) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.createIndexes(indexes) : delegate.createIndexes(session, indexes);
    }

    @Override
    public List<String> createIndexes(List<IndexModel> indexes, CreateIndexOptions options) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.createIndexes(indexes, options)
                : delegate.createIndexes(session, indexes, options);
    }

    @Override
    public List<String> createIndexes(ClientSession clientSession, List<IndexModel> indexes) {
        return delegate.createIndexes(clientSession, indexes);
    }

    @Override
    public List<String> createIndexes(
            ClientSession clientSession, List<IndexModel> indexes, CreateIndexOptions options) {
        return delegate.createIndexes(clientSession, indexes, options);
    }

    @Override
    public ListIndexesIterable<Document> listIndexes() {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.listIndexes() : delegate.listIndexes(session);
    }

    @Override
    public <TResult> ListIndexesIterable<TResult> listIndexes(Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.listIndexes(resultClass) : delegate.listIndexes(session, resultClass);
    }

    @Override
    public ListIndexesIterable<Document> listIndexes(ClientSession clientSession) {
        return delegate.listIndexes(clientSession);
    }

    @Override
    public <TResult> ListIndexesIterable<TResult> listIndexes(ClientSession clientSession, Class<TResult> resultClass) {
        return delegate.listIndexes(clientSession, resultClass);
    }

    @Override
    public void dropIndex(String indexName) {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.dropIndex(indexName);
        } else {
            delegate.dropIndex(session, indexName);
        }
    }

    @Override
    public void dropIndex(String indexName, DropIndexOptions options) {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.dropIndex(indexName, options);
        } else {
            delegate.dropIndex(session, indexName, options);
        }
    }

    @Override
    public void dropIndex(Bson keys) {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.dropIndex(keys);
        } else {
            delegate.dropIndex(session, keys);
        }
    }

    @Override
    public void dropIndex(Bson keys, DropIndexOptions options) {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.dropIndex(keys, options);
        } else {
            delegate.dropIndex(session, keys, options);
        }
    }

    @Override
    public void dropIndex(ClientSession clientSession, String indexName) {
        delegate.dropIndex(clientSession, indexName);
    }

    @Override
    public void dropIndex(ClientSession clientSession, Bson keys) {
        delegate.dropIndex(clientSession, keys);
    }

    @Override
    public void dropIndex(ClientSession clientSession, String indexName, DropIndexOptions options) {
        delegate.dropIndex(clientSession, indexName, options);
    }

    @Override
    public void dropIndex(ClientSession clientSession, Bson keys, DropIndexOptions options) {
        delegate.dropIndex(clientSession, keys, options);
    }

    @Override
    public void dropIndexes() {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.dropIndexes();
        } else {
            delegate.dropIndexes(session);
        }
    }

    @Override
    public void dropIndexes(ClientSession clientSession) {
        delegate.dropIndexes(clientSession);
    }

    @Override
    public void dropIndexes(DropIndexOptions options) {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.dropIndexes(options);
        } else {
            delegate.dropIndexes(session, options);
        }
    }

    @Override
    public void dropIndexes(ClientSession clientSession, DropIndexOptions options) {
        delegate.dropIndexes(clientSession, options);
    }

    @Override
    public void renameCollection(MongoNamespace newCollectionNamespace) {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.renameCollection(newCollectionNamespace);
        } else {
            delegate.renameCollection(session, newCollectionNamespace);
        }
    }

    @Override
    public void renameCollection(MongoNamespace newCollectionNamespace, RenameCollectionOptions options) {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.renameCollection(newCollectionNamespace, options);
        } else {
            delegate.renameCollection(session, newCollectionNamespace, options);
        }
    }

    @Override
    public void renameCollection(ClientSession clientSession, MongoNamespace newCollectionNamespace) {
        delegate.renameCollection(clientSession, newCollectionNamespace);
    }

    @Override
    public void renameCollection(
            ClientSession clientSession, MongoNamespace newCollectionNamespace, RenameCollectionOptions options) {
        delegate.renameCollection(clientSession, newCollectionNamespace, options);
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
