package com.example.blog;

/** Where an entry is in its life. */
public enum Status {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
