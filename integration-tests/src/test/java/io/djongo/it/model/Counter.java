package io.djongo.it.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;

/** A user-supplied primitive long id. */
@Model
public class Counter extends Counter_ {
    @Id
    public long id;
    public String name;
    public long value;

    public Counter() {}

    public Counter(long id, String name, long value) {
        this.id = id;
        this.name = name;
        this.value = value;
    }
}
