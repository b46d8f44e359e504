package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a declared query an aggregation pipeline, in relaxed JSON with named parameters, parsed and
 * checked at compile time (stage names, and the fields of {@code $match} and {@code $sort} stages
 * before the documents change shape):
 *
 * <pre>{@code
 * @Aggregate("[{$match: {rating: {$gte: :min}}}, {$group: {_id: '$blog.name', n: {$sum: 1}}}]")
 * List<BlogCount> perBlog(int min);
 * }</pre>
 *
 * <p>Results are read as the model itself, as an {@code @EmbeddedModel} (whose {@code @Field(name)}
 * maps keys such as {@code _id}), or as {@code org.bson.Document} or {@code BsonDocument}; the
 * method returns a {@code List}, a {@code Stream} or an {@code Optional} (the first result) of them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Aggregate {
    /** The pipeline: a JSON array of stages. */
    String value();
}
