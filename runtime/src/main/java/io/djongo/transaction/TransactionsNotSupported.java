package io.djongo.transaction;

import io.djongo.DjongoException;

/**
 * {@code Djongo.atomic(...)} was asked of a connection whose server cannot run multi-document
 * transactions: MongoDB runs them on replica sets (4.0 and later) and sharded clusters (4.2 and
 * later), not on a standalone server, and FerretDB 1.x and mongo-java-server have none. Thrown
 * when the block starts, before its body runs, so nothing of it was written.
 */
public class TransactionsNotSupported extends DjongoException {
    private static final long serialVersionUID = 1L;

    public TransactionsNotSupported(String message) {
        super(message);
    }
}
