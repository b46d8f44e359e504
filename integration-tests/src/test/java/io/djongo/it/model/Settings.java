package io.djongo.it.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;

/** Field initializers, which must survive loading a document that lacks those fields. */
@Model
public class Settings extends Settings_ {
    @Id
    public ObjectId id;
    public String theme = "light";
    public int fontSize = 12;
    public boolean enabled = true;
    public Integer limit;
    public List<String> plugins = new ArrayList<>(List.of("core"));
    public Color accent = Color.BLUE;
}
