package io.paralign.api.alignment;

import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Notices that the client of a request handled asynchronously has closed its connection, which Tomcat does not
 * report by itself: while a request is in async mode with its body read, Tomcat does not watch the socket for
 * reads, so a closed connection shows only when the response is written (measured with Tomcat 11.0.27: no async
 * error event in 10 s after the client closed).
 *
 * <p>What works instead: once the request is in async mode, a (do-nothing) {@link ReadListener} is set on its
 * input, which puts it in non-blocking mode; from then on {@code ServletInputStream.available()} makes Tomcat try
 * a non-blocking read of the socket. A connection that is still open has nothing to read (the body was read,
 * and clients do not send a next request before this one is answered) and gives 0; a closed or reset one makes
 * that read fail, which Tomcat reports as 1 available. The watch asks every {@code interval}, on a thread of its
 * own, and stops before the answer is handed to Spring, so it never touches a request Tomcat has recycled. A
 * client that pipelines a second request behind an alignment is taken for gone (pipelining a POST is not done).
 */
@Component
class ConnectionWatch implements DisposableBean {
    private static final Duration INTERVAL = Duration.ofMillis(200);
    private static final ReadListener READ_NOTHING = new ReadListener() {
        @Override
        public void onDataAvailable() {
        }

        @Override
        public void onAllDataRead() {
        }

        @Override
        public void onError(Throwable t) {
        }
    };

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, work -> {
        Thread thread = new Thread(work, "connection-watch");
        thread.setDaemon(true);
        return thread;
    });

    ConnectionWatch() {
        timer.setRemoveOnCancelPolicy(true);
    }

    /** A watch for one request, not started yet. */
    Watch of(HttpServletRequest request, Runnable onGone) {
        return new Watch(request, onGone);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }

    /** Watches one request's connection from {@link #start()} until {@link #stop()} or the client is gone. */
    final class Watch {
        private final HttpServletRequest request;
        private final Runnable onGone;
        private ScheduledFuture<?> probe;
        private boolean stopped;

        private Watch(HttpServletRequest request, Runnable onGone) {
            this.request = request;
            this.onGone = onGone;
        }

        /** Starts watching; call once the request is in async mode, on the thread that put it there. */
        synchronized void start() {
            if (stopped) {
                return;
            }
            try {
                request.getInputStream().setReadListener(READ_NOTHING);
            } catch (IOException | IllegalStateException e) {
                return;   // not in async mode or the input was read as a reader: cannot watch, the deadline remains
            }
            probe = timer.scheduleWithFixedDelay(this::probe, INTERVAL.toMillis(), INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }

        /** Stops watching: once this returns, the request is not touched again. */
        synchronized void stop() {
            stopped = true;
            if (probe != null) {
                probe.cancel(false);
            }
        }

        private void probe() {
            synchronized (this) {
                if (stopped) {
                    return;
                }
                try {
                    if (request.getInputStream().available() == 0) {
                        return;
                    }
                } catch (IOException | RuntimeException e) {
                    // the connection failed
                }
                stop();
            }
            onGone.run();
        }
    }
}
