/** A shop whose orders are Djongo models. */
module com.example.shop {
    requires io.djongo.runtime;

    // The one line a modular application with models needs: the processor names it when it is missing.
    provides io.djongo.meta.ModelIndex with com.example.shop.DjongoModelIndex;
}
