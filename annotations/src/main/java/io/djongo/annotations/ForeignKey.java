package io.djongo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-one relation (Django's {@code ForeignKey}) on a field of type
 * {@code io.djongo.relation.Ref<Target>}: the document stores the target's id under
 * {@code <field>_id} (or {@code @Field(name)}), in the target's id type, and migrations index it.
 *
 * <pre>{@code
 * @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "entries")
 * Ref<Blog> blog;          // stored as blog_id; blog.entries() lists a blog's entries
 * }</pre>
 *
 * <p>The type says what is stored (one id); the annotation says how the relation behaves. There
 * is no default for {@code onDelete}, as in Django since 2.0: what a deletion does to other
 * documents is chosen, never implied.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface ForeignKey {
    /** What deleting the target does to the objects that refer to it. */
    OnDelete onDelete();

    /**
     * The name of the reverse relation on the target: its accessor ({@code blog.entries()}), its
     * path ({@code Blog_.entries}) and its lookup ({@code "entries__rating__gte"}). By default the
     * model's name, {@code entrySet()}/{@code "entry"}, as Django's {@code entry_set}/{@code entry}.
     */
    String relatedName() default "";
}
