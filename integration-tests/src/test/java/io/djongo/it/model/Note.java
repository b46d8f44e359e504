package io.djongo.it.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.util.List;
import org.bson.types.ObjectId;

/** A record @Model with a generated ObjectId id: saving returns a copy that carries it. */
@Model
public record Note(@Id ObjectId id, String text, int priority, List<String> labels) {}
