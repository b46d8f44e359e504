package io.djongo.admin.forms;

/** A form value that cannot be a value of its field, with the message shown beside the field. */
final class InvalidInput extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidInput(String message) {
        super(message, null, false, false);
    }
}
