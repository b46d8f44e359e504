package io.djongo.it.transaction.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A model whose reads and writes ask for the majority, and whose queries may go to secondaries. */
@Model(readPreference = "secondaryPreferred", readConcern = "majority", writeConcern = "majority")
public record Ledger(@Id ObjectId id, String entry, long amount) {}
