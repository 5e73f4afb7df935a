package dev.backoff.internal.http;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.specimpl.BuiltResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * {@link ServerDelays#close}: a failed attempt's response is released before a retry, and releasing never throws; what
 * a close threw is logged at FINE on {@code dev.backoff}.
 */
class ServerDelaysCloseTest {

    private final Logger logger = Logger.getLogger("dev.backoff");
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level level;

    @BeforeEach
    void recordTheLog() {
        level = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        logger.removeHandler(recorder);
        logger.setLevel(level);
    }

    @Test
    void aJakartaRestResponseIsClosed() {
        Response response = Response.status(503).entity("busy").build();
        ServerDelays.close(response);
        // Jakarta REST: hasEntity throws IllegalStateException once the response is closed
        assertThatIllegalStateException().isThrownBy(response::hasEntity);
        assertThat(logged).isEmpty();
    }

    @Test
    void whatAResponsesCloseThrowsIsLoggedNotThrown() {
        ProcessingException refused = new ProcessingException("connection reset");
        Response response = new BuiltResponse() {
            @Override
            public void close() {
                throw refused;
            }
        };
        assertThatNoException().isThrownBy(() -> ServerDelays.close(response));
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.FINE);
            assertThat(record.getThrown()).isSameAs(refused);
        });
    }

    @Test
    void aJavaNetHttpResponsesInputStreamBodyIsClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream body = new ByteArrayInputStream(new byte[] {1, 2, 3}) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        ServerDelays.close(FakeHttpResponse.of(body));
        assertThat(closed).isTrue();
    }

    @Test
    void aJavaNetHttpResponsesStreamOfLinesIsClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        Stream<String> lines = Stream.of("busy").onClose(() -> closed.set(true));
        ServerDelays.close(FakeHttpResponse.of(lines));
        assertThat(closed).isTrue();
    }

    @Test
    void whatABodysCloseThrowsIsLoggedNotThrown() {
        IOException reset = new IOException("connection reset");
        InputStream body = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() throws IOException {
                throw reset;
            }
        };
        assertThatNoException().isThrownBy(() -> ServerDelays.close(FakeHttpResponse.of(body)));
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.FINE);
            assertThat(record.getLoggerName()).isEqualTo("dev.backoff");
            assertThat(record.getThrown()).isSameAs(reset);
        });
    }

    @Test
    void aCloseThatWasInterruptedLeavesTheInterruptFlagSet() {
        AutoCloseable body = () -> {
            throw new InterruptedException();
        };
        try {
            ServerDelays.close(FakeHttpResponse.of(body));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void bodiesThatHoldNothingAndOtherValuesAreLeftAlone() {
        assertThatNoException().isThrownBy(() -> {
            ServerDelays.close(FakeHttpResponse.of("busy"));
            ServerDelays.close(FakeHttpResponse.of(new byte[] {1}));
            ServerDelays.close(FakeHttpResponse.of(null));
            ServerDelays.close("busy");
            ServerDelays.close(null);
        });
        assertThat(logged).isEmpty();
    }
}
