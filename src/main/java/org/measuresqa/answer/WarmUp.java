package org.measuresqa.answer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The loaders of {@link ModelReadiness}. Ollama's is its documented warm-up, an empty {@code POST /api/generate} that
 * loads the model and sets how long it stays loaded. An OpenAI-compatible server loads its model when it starts, so its
 * loader checks that it answers {@code GET /models} and accepts the key.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /** @param keepAliveSeconds Ollama's keep_alive; -1 keeps the model loaded */
    public static ModelReadiness.Loader ollama(ModelEndpoint endpoint, int keepAliveSeconds, Duration timeout) {
        String body = "{\"model\":" + quote(endpoint.model()) + ",\"keep_alive\":" + keepAliveSeconds + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + "/api/generate")).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return () -> send(endpoint, request);
    }

    /** @param apiKey sent as a Bearer token; null for none */
    public static ModelReadiness.Loader openAi(ModelEndpoint endpoint, String apiKey, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + "/models")).timeout(timeout).GET();
        if (apiKey != null) b.header("Authorization", "Bearer " + apiKey);
        HttpRequest request = b.build();
        return () -> send(endpoint, request);
    }

    private static void send(ModelEndpoint endpoint, HttpRequest request) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new AnswererUnavailableException(AnswererUnavailableException.Reason.NOT_RUNNING,
                    endpoint.describe() + " refused the connection; " + endpoint.whenRefused(), e);
        } catch (HttpTimeoutException e) {
            throw new AnswererUnavailableException(AnswererUnavailableException.Reason.TIMEOUT,
                    endpoint.describe() + " did not finish loading within " + request.timeout().orElseThrow().toSeconds()
                            + " s; raise LLM_LOAD_TIMEOUT_SECONDS for a large model", e);
        } catch (IOException e) {
            throw new AnswererUnavailableException(AnswererUnavailableException.Reason.NOT_RUNNING,
                    endpoint.describe() + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnswererUnavailableException(AnswererUnavailableException.Reason.BROKEN, "interrupted while loading", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) return;
        if (status == 401 || status == 403) {
            // the body may quote the key: it is not logged
            throw new AnswererUnavailableException(AnswererUnavailableException.Reason.REJECTED,
                    endpoint.describe() + " rejected the API key (HTTP " + status + "); check OPENAI_API_KEY");
        }
        if (status == 404) {
            throw new AnswererUnavailableException(AnswererUnavailableException.Reason.MODEL_MISSING,
                    endpoint.describe() + " has no such model (HTTP 404); " + endpoint.whenMissing());
        }
        String text = response.body().length() > 200 ? response.body().substring(0, 200) + "…" : response.body();
        throw new AnswererUnavailableException(AnswererUnavailableException.Reason.BROKEN,
                endpoint.describe() + " answered HTTP " + status + " to loading: " + text);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
