package io.djongo.it.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;

/** Holds a tree of recursive Comments. */
@Model
public class Discussion extends Discussion_ {
    @Id
    public ObjectId id;
    public String title;
    public List<Comment> comments = new ArrayList<>();
    public Comment pinned;
}
