package io.djongo.examples.readme.transaction;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

// README: model-account
@Model(readConcern = "majority", writeConcern = "majority")   // also readPreference = "secondaryPreferred", ...
public class Account extends Account_ {
    @Id ObjectId id;
    @Field(unique = true) String owner;
    long balance;
}
// README: end
