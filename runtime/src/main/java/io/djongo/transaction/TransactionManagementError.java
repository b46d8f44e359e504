package io.djongo.transaction;

import io.djongo.DjongoException;

/**
 * A transaction was used in a way it cannot be (Django's {@code TransactionManagementError}): a
 * query after an inner {@code atomic} block failed in the same transaction, which will be rolled
 * back at the end of the outermost block; or {@code setRollback} outside an atomic block.
 */
public class TransactionManagementError extends DjongoException {
    private static final long serialVersionUID = 1L;

    public TransactionManagementError(String message) {
        super(message);
    }

    public TransactionManagementError(String message, Throwable cause) {
        super(message, cause);
    }
}
