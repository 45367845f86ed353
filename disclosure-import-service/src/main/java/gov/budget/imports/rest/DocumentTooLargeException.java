package gov.budget.imports.rest;

/** An uploaded document over the size limit, sent without a declared length (chunked). */
public class DocumentTooLargeException extends RuntimeException {

    private final String fileName;

    public DocumentTooLargeException(String fileName, long size, long limit) {
        super("the file is " + size + " bytes, larger than the " + limit + " bytes this service accepts");
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
