package dev.backoff.tck.seed;

/** An AWS service error with its error code ({@code botocore.exceptions.ClientError}). */
public class AwsClientError extends RuntimeException {

    private final String errorCode;

    public AwsClientError(String errorCode) {
        super("An error occurred (" + errorCode + ")");
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
