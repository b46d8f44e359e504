package io.djongo.transaction;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.AggregateIterable;
import com.mongodb.client.ChangeStreamIterable;
import com.mongodb.client.ClientSession;
import com.mongodb.client.ListCollectionNamesIterable;
import com.mongodb.client.ListCollectionsIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.CreateCollectionOptions;
import com.mongodb.client.model.CreateViewOptions;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * A database whose commands, and the collections it hands out, run in the calling thread's
 * session on its client when it has one; see {@link SessionCollection}.
 */
final class SessionDatabase implements MongoDatabase {
    private final MongoDatabase delegate;
    private final MongoClient client;

    SessionDatabase(MongoDatabase delegate, MongoClient client) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public String getName() {
        return delegate.getName();
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
    public MongoDatabase withCodecRegistry(CodecRegistry codecRegistry) {
        return new SessionDatabase(delegate.withCodecRegistry(codecRegistry), client);
    }

    @Override
    public MongoDatabase withReadPreference(ReadPreference readPreference) {
        return new SessionDatabase(delegate.withReadPreference(readPreference), client);
    }

    @Override
    public MongoDatabase withWriteConcern(WriteConcern writeConcern) {
        return new SessionDatabase(delegate.withWriteConcern(writeConcern), client);
    }

    @Override
    public MongoDatabase withReadConcern(ReadConcern readConcern) {
        return new SessionDatabase(delegate.withReadConcern(readConcern), client);
    }

    @Override
    public MongoDatabase withTimeout(long timeout, TimeUnit timeUnit) {
        return new SessionDatabase(delegate.withTimeout(timeout, timeUnit), client);
    }

    @Override
    public MongoCollection<Document> getCollection(String collectionName) {
        return new SessionCollection<>(delegate.getCollection(collectionName), client);
    }

    @Override
    public <T> MongoCollection<T> getCollection(String collectionName, Class<T> documentClass) {
        return new SessionCollection<>(delegate.getCollection(collectionName, documentClass), client);
    }

    @Override
    public Document runCommand(Bson command) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.runCommand(command) : delegate.runCommand(session, command);
    }

    @Override
    public Document runCommand(Bson command, ReadPreference readPreference) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.runCommand(command, readPreference)
                : delegate.runCommand(session, command, readPreference);
    }

    @Override
    public <TResult> TResult runCommand(Bson command, Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.runCommand(command, resultClass)
                : delegate.runCommand(session, command, resultClass);
    }

    @Override
    public <TResult> TResult runCommand(Bson command, ReadPreference readPreference, Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.runCommand(command, readPreference, resultClass)
                : delegate.runCommand(session, command, readPreference, resultClass);
    }

    @Override
    public Document runCommand(ClientSession clientSession, Bson command) {
        return delegate.runCommand(clientSession, command);
    }

    @Override
    public Document runCommand(ClientSession clientSession, Bson command, ReadPreference readPreference) {
        return delegate.runCommand(clientSession, command, readPreference);
    }

    @Override
    public <TResult> TResult runCommand(ClientSession clientSession, Bson command, Class<TResult> resultClass) {
        return delegate.runCommand(clientSession, command, resultClass);
    }

    @Override
    public <TResult> TResult runCommand(
            ClientSession clientSession, Bson command, ReadPreference readPreference, Class<TResult> resultClass) {
        return delegate.runCommand(clientSession, command, readPreference, resultClass);
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
    public ListCollectionNamesIterable listCollectionNames() {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.listCollectionNames() : delegate.listCollectionNames(session);
    }

    @Override
    public ListCollectionsIterable<Document> listCollections() {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.listCollections() : delegate.listCollections(session);
    }

    @Override
    public <TResult> ListCollectionsIterable<TResult> listCollections(Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.listCollections(resultClass) : delegate.listCollections(session, resultClass);
    }

    @Override
    public ListCollectionNamesIterable listCollectionNames(ClientSession clientSession) {
        return delegate.listCollectionNames(clientSession);
    }

    @Override
    public ListCollectionsIterable<Document> listCollections(ClientSession clientSession) {
        return delegate.listCollections(clientSession);
    }

    @Override
    public <TResult> ListCollectionsIterable<TResult> listCollections(
            ClientSession clientSession, Class<TResult> resultClass) {
        return delegate.listCollections(clientSession, resultClass);
    }

    @Override
    public void createCollection(String collectionName) {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.createCollection(collectionName);
        } else {
            delegate.createCollection(session, collectionName);
        }
    }

    @Override
    public void createCollection(String collectionName, CreateCollectionOptions options) {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.createCollection(collectionName, options);
        } else {
            delegate.createCollection(session, collectionName, options);
        }
    }

    @Override
    public void createCollection(ClientSession clientSession, String collectionName) {
        delegate.createCollection(clientSession, collectionName);
    }

    @Override
    public void createCollection(ClientSession clientSession, String collectionName, CreateCollectionOptions options) {
        delegate.createCollection(clientSession, collectionName, options);
    }

    @Override
    public void createView(String viewName, String viewOn, List<? extends Bson> pipeline) {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.createView(viewName, viewOn, pipeline);
        } else {
            delegate.createView(session, viewName, viewOn, pipeline);
        }
    }

    @Override
    public void createView(String viewName, String viewOn, List<? extends Bson> pipeline, CreateViewOptions options) {
        ClientSession session = Transactions.current(client);
        if (session == null) {
            delegate.createView(viewName, viewOn, pipeline, options);
        } else {
            delegate.createView(session, viewName, viewOn, pipeline, options);
        }
    }

    @Override
    public void createView(ClientSession clientSession, String viewName, String viewOn, List<? extends Bson> pipeline) {
        delegate.createView(clientSession, viewName, viewOn, pipeline);
    }

    @Override
    public void createView(
            ClientSession clientSession, String viewName, String viewOn, List<? extends Bson> pipeline,
            CreateViewOptions options) {
        delegate.createView(clientSession, viewName, viewOn, pipeline, options);
    }

    @Override
    public ChangeStreamIterable<Document> watch() {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.watch() : delegate.watch(session);
    }

    @Override
    public <TResult> ChangeStreamIterable<TResult> watch(Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.watch(resultClass) : delegate.watch(session, resultClass);
    }

    @Override
    public ChangeStreamIterable<Document> watch(List<? extends Bson> pipeline) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.watch(pipeline) : delegate.watch(session, pipeline);
    }

    @Override
    public <TResult> ChangeStreamIterable<TResult> watch(List<? extends Bson> pipeline, Class<TResult> resultClass) {
        ClientSession session = Transactions.current(client);
        return session == null ? delegate.watch(pipeline, resultClass) : delegate.watch(session, pipeline, resultClass);
    }

    @Override
    public ChangeStreamIterable<Document> watch(ClientSession clientSession) {
        return delegate.watch(clientSession);
    }

    @Override
    public <TResult> ChangeStreamIterable<TResult> watch(ClientSession clientSession, Class<TResult> resultClass) {
        return delegate.watch(clientSession, resultClass);
    }

    @Override
    public ChangeStreamIterable<Document> watch(ClientSession clientSession, List<? extends Bson> pipeline) {
        return delegate.watch(clientSession, pipeline);
    }

    @Override
    public <TResult> ChangeStreamIterable<TResult> watch(
            ClientSession clientSession, List<? extends Bson> pipeline, Class<TResult> resultClass) {
        return delegate.watch(clientSession, pipeline, resultClass);
    }

    @Override
    public AggregateIterable<Document> aggregate(List<? extends Bson> pipeline) {
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
    public AggregateIterable<Document> aggregate(ClientSession clientSession, List<? extends Bson> pipeline) {
        return delegate.aggregate(clientSession, pipeline);
    }

    @Override
    public <TResult> AggregateIterable<TResult> aggregate(
            ClientSession clientSession, List<? extends Bson> pipeline, Class<TResult> resultClass) {
        return delegate.aggregate(clientSession, pipeline, resultClass);
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
