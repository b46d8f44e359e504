package io.djongo.it.declared;

import io.djongo.it.query.model.Post;
import io.djongo.it.query.model.Writer;
import java.time.Instant;

/** The posts the declared-query tests run on. */
final class Posts {
    private Posts() {}

    /*
     * headline  rating  views  pubDate                    tags   votes      draft/published  site (owner, city)            authors
     * Jan       1       10     2024-01-01T10:15:30Z Mon   a      up=null    jan/JANUARY      Beatles Blog (Ann, Liverpool) Ann ann@x.org 5, Bob bob@y.com 1
     * Dec       2       20     2020-12-31T23:59:59Z Thu   a, b   up=1       cem/December     Jazz Notes (Bob, London)      Bob bob@x.org 3
     * Sun       3       30     2021-01-03T00:00:00Z Sun   -      -          -                -                             Ann ann@y.com 2, Cid cid@x.org 9
     * May       11      40     2024-05-15T12:00:00.250Z   b      down=2     ay/May           beat street (Cid, Leeds)      -
     * None      null    50     -                          null   null       -                -                             -
     */
    static void save() {
        Post jan = new Post("Jan", 1, 10, Instant.parse("2024-01-01T10:15:30Z")).tags("a")
                .site("Beatles Blog", "Ann", "Liverpool")
                .authors(new Writer("Ann", "ann@x.org", 5), new Writer("Bob", "bob@y.com", 1));
        jan.votes.put("up", null);
        jan.draft = "jan";
        jan.published = "JANUARY";
        jan.save();
        Post dec = new Post("Dec", 2, 20, Instant.parse("2020-12-31T23:59:59Z")).tags("a", "b").vote("up", 1)
                .site("Jazz Notes", "Bob", "London").authors(new Writer("Bob", "bob@x.org", 3));
        dec.draft = "cem";
        dec.published = "December";
        dec.save();
        new Post("Sun", 3, 30, Instant.parse("2021-01-03T00:00:00Z"))
                .authors(new Writer("Ann", "ann@y.com", 2), new Writer("Cid", "cid@x.org", 9)).save();
        Post may = new Post("May", 11, 40, Instant.parse("2024-05-15T12:00:00.250Z")).tags("b").vote("down", 2)
                .site("beat street", "Cid", "Leeds");
        may.draft = "ay";
        may.published = "May";
        may.save();
        Post none = new Post("None", null, 50, null);
        none.tags = null;
        none.votes = null;
        none.save();
    }
}
