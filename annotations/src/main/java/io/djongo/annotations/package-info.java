/**
 * Annotations that declare Djongo models. They are read at compile time by
 * {@code djongo-processor}; nothing reads them at run time.
 */
package io.djongo.annotations;
