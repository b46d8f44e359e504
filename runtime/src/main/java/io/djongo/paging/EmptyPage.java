package io.djongo.paging;

/** The page number is less than 1, or past the last page (Django's {@code EmptyPage}). */
public class EmptyPage extends InvalidPage {
    private static final long serialVersionUID = 1L;

    public EmptyPage(String message) {
        super(message);
    }
}
