package io.djongo.migrations;

import java.util.List;

/**
 * The body of a migration: a class annotated {@code @io.djongo.annotations.Migration}, written by
 * {@code djongo makemigrations} into the application's sources (or by hand), listing what it
 * changes in order. The processor registers it at compile time; {@code djongo migrate} runs it.
 *
 * <pre>{@code
 * @Migration(dependsOn = "V0001_Initial")
 * public final class V0002_AddPubDateIndex implements Operations {
 *     @Override
 *     public List<Operation> operations() {
 *         return List.of(CreateIndex.on("entry", IndexSpec.on("pub_date", -1)));
 *     }
 * }
 * }</pre>
 */
public interface Operations {
    /** The operations, applied in this order and reversed in the opposite order. */
    List<Operation> operations();
}
