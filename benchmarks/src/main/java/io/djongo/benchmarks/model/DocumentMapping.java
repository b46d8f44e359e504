package io.djongo.benchmarks.model;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Contender 4: mapping by hand through {@link org.bson.Document}, the way many applications use
 * the driver without a mapper. The driver's {@code DocumentCodec} does the BSON part; these
 * methods copy between the {@code Document} and the {@link Entry}.
 */
public final class DocumentMapping {
    private DocumentMapping() {}

    public static Document toDocument(Entry entry) {
        Document document = new Document();
        if (entry.id != null) {
            document.put("_id", entry.id);
        }
        document.put("headline", entry.headline);
        document.put("body", entry.body);
        document.put("pubDate", entry.pubDate == null ? null : new Date(entry.pubDate.toEpochMilli()));
        document.put("rating", entry.rating);
        document.put("views", entry.views);
        document.put("score", entry.score);
        document.put("published", entry.published);
        document.put("tags", entry.tags);
        if (entry.blog == null) {
            document.put("blog", null);
        } else {
            document.put("blog", new Document("name", entry.blog.name).append("tagline", entry.blog.tagline));
        }
        if (entry.authors == null) {
            document.put("authors", null);
        } else {
            List<Document> authors = new ArrayList<>(entry.authors.size());
            for (Author author : entry.authors) {
                authors.add(author == null ? null : new Document("name", author.name).append("email", author.email));
            }
            document.put("authors", authors);
        }
        document.put("votes", entry.votes == null ? null : new Document(new LinkedHashMap<>(entry.votes)));
        return document;
    }

    @SuppressWarnings("unchecked") // the document's shape is the one toDocument writes
    public static Entry fromDocument(Document document) {
        Entry entry = new Entry();
        entry.id = document.get("_id", ObjectId.class);
        entry.headline = document.getString("headline");
        entry.body = document.getString("body");
        Date pubDate = document.getDate("pubDate");
        entry.pubDate = pubDate == null ? null : pubDate.toInstant();
        entry.rating = document.getInteger("rating", 0);
        entry.views = document.get("views", 0L);
        entry.score = document.get("score", 0.0);
        entry.published = document.getBoolean("published", false);
        entry.tags = (List<String>) document.get("tags");
        Document blog = (Document) document.get("blog");
        entry.blog = blog == null ? null : new Blog(blog.getString("name"), blog.getString("tagline"));
        List<Document> authors = (List<Document>) document.get("authors");
        if (authors != null) {
            List<Author> list = new ArrayList<>(authors.size());
            for (Document author : authors) {
                list.add(author == null ? null : new Author(author.getString("name"), author.getString("email")));
            }
            entry.authors = list;
        }
        Document votes = (Document) document.get("votes");
        if (votes != null) {
            Map<String, Integer> map = new LinkedHashMap<>();
            for (Map.Entry<String, Object> vote : votes.entrySet()) {
                map.put(vote.getKey(), (Integer) vote.getValue());
            }
            entry.votes = map;
        }
        return entry;
    }
}
