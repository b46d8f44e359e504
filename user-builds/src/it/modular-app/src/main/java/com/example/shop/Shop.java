package com.example.shop;

import io.djongo.Djongo;
import io.djongo.meta.ModelMeta;
import io.djongo.meta.ModelRegistry;
import java.util.List;

/** Stores orders and reports on them, on the server whose connection string is the first argument. */
public final class Shop {
    private Shop() {}

    public static void main(String[] args) {
        try (Djongo connection = Djongo.connect(args[0])) {
            System.out.println("module: " + Shop.class.getModule().getName());
            new Order("Ann", List.of("tea", "cups"), 30).save();
            new Order("Bob", List.of("tea"), 12).save();
            System.out.println("orders over 20: " + Order.objects().filter(Order_.total.gt(20)).count());
            // The driver's own collection of the model class: its codec comes from the model
            // registry, which finds this module's models through the provides line.
            System.out.println("driver count: "
                    + connection.database().getCollection("orders", Order.class).countDocuments());
            System.out.println("models: " + ModelRegistry.load().models().stream().map(ModelMeta::name).toList());
        }
    }
}
