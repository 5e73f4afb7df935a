package dev.backoff.tck.seed.fakes;

/**
 * An AWS service error with its error code, standing for the AWS SDK's {@code AwsServiceException} (where the code is
 * {@code awsErrorDetails().errorCode()}) and Python's {@code botocore.exceptions.ClientError}.
 */
public class AwsError extends RuntimeException {

    private final String errorCode;

    public AwsError(String errorCode) {
        super("An error occurred (" + errorCode + ")");
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
