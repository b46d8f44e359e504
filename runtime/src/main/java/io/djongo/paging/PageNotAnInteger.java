package io.djongo.paging;

/** The page number given is not a whole number (Django's {@code PageNotAnInteger}): {@code "abc"}, {@code 1.5}, {@code null}. */
public class PageNotAnInteger extends InvalidPage {
    private static final long serialVersionUID = 1L;

    public PageNotAnInteger(String message) {
        super(message);
    }
}
