package com.example.blog;

import io.djongo.annotations.ArrayModel;
import jakarta.validation.constraints.Email;

/** One of an entry's authors, stored as an element of the entry's array of authors. */
@ArrayModel
public record Author(String name, @Email String email) {}
