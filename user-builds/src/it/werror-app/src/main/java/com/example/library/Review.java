package com.example.library;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A reader's review: a record model, used through Review_.objects(). */
@Model
public record Review(@Id ObjectId id, String title, int stars) {}
