package io.djongo.it.signals.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import io.djongo.annotations.Version;
import org.bson.types.ObjectId;

/** A record model with a version: saves return copies, which the signals carry. */
@Model
public record Memo(@Id ObjectId id, String text, @Version long version) {}
