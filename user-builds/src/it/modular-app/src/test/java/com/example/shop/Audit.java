package com.example.shop;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import org.bson.types.ObjectId;

/** A model only the tests use. */
@Model
record Audit(@Id ObjectId id, String note) {}
