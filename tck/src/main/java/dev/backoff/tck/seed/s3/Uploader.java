package dev.backoff.tck.seed.s3;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.Aws;
import dev.backoff.tck.seed.fakes.AwsError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

// region example
@ApplicationScoped
public class Uploader {

    @Inject
    Aws s3;

    @Backoff(on = AwsError.class, giveup = NotThrottled.class, maxTries = 5)
    public void uploadToS3(String bucket, String key, byte[] data) {
        s3.putObject(bucket, key, data);
    }
}
// endregion
