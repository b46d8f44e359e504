package com.example.shop;

import io.djongo.annotations.Field;
import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.util.List;
import org.bson.types.ObjectId;

/** An order of the shop. */
@Model(collection = "orders")
public class Order extends Order_ {
    @Id ObjectId id;
    @Field(maxLength = 50) String customer;
    List<String> items;
    int total;

    public Order() {}

    public Order(String customer, List<String> items, int total) {
        this.customer = customer;
        this.items = items;
        this.total = total;
    }
}
