/**
 * The annotations that declare Djongo models; read at compile time by {@code djongo-processor}.
 * The module has no dependencies.
 */
module io.djongo.annotations {
    exports io.djongo.annotations;
}
