package io.djongo.it.transaction.model;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A bank account: transfers between two of them are the classic transaction. */
@Model
public class Account extends Account_ {
    @Id
    public ObjectId id;
    @Field(unique = true)
    public String owner;
    public long balance;

    public Account() {}

    public Account(String owner, long balance) {
        this.owner = owner;
        this.balance = balance;
    }
}
