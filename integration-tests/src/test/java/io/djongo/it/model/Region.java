package io.djongo.it.model;

import io.djongo.annotations.EmbeddedModel;
import java.util.Objects;

/** The innermost level of the Address → Geo → Region nesting. */
@EmbeddedModel
public class Region {
    String code;
    int level;

    public Region() {}

    public Region(String code, int level) {
        this.code = code;
        this.level = level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region r && Objects.equals(code, r.code) && level == r.level;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, level);
    }

    @Override
    public String toString() {
        return "Region[" + code + ", " + level + "]";
    }
}
