package dev.backoff.docs.guide.classlevel;

import jakarta.inject.Inject;

import java.io.IOException;

// region example
@ResilientClient
public class PriceClient {

    @Inject
    Store store;

    public int price(String item) throws IOException {
        return store.count(item); // 3 tries, as the stereotype says
    }
}
// endregion
