package org.fabrique.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;

/** The real application, built as the whiteboard builds it, driven in memory without HTTP. */
final class TestApi {

    static final String BASE = "http://localhost/api/";
    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";
    /** The default of {@link RestConfig#maxBodyBytes()}. */
    static final long DEFAULT_MAX_BODY_BYTES = 1_048_576L;

    /**
     * Jersey warns about every resource registered as an instance (Jersey issue #3700, cosmetic);
     * kept here, strongly referenced, so the level holds.
     */
    private static final Logger JERSEY_PROVIDERS = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        JERSEY_PROVIDERS.setLevel(Level.SEVERE);
    }

    private final ApplicationHandler handler;

    private TestApi(RestConfig config) {
        handler = new ApplicationHandler(ApiApplication.build(List.of(new ThingsResource()), List.of(), config));
    }

    static TestApi withDefaults() {
        return new TestApi(config(DEFAULT_MAX_BODY_BYTES));
    }

    static TestApi withMaxBodyBytes(long maxBodyBytes) {
        return new TestApi(config(maxBodyBytes));
    }

    Request get(String path) {
        return new Request("GET", path);
    }

    Request post(String path, String json) {
        return new Request("POST", path).header(HttpHeaders.CONTENT_TYPE, JSON).body(json);
    }

    Request request(String method, String path) {
        return new Request(method, path);
    }

    final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private InputStream body = InputStream.nullInputStream();

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Request body(String text) {
            return body(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        }

        Request body(InputStream stream) {
            body = stream;
            return this;
        }

        Reply send() throws Exception {
            ContainerRequest request = new ContainerRequest(URI.create(BASE), URI.create(BASE + path), method,
                    null, new MapPropertiesDelegate(), handler.getConfiguration());
            headers.forEach(request::header);
            request.setEntityStream(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ContainerResponse response = handler.apply(request, out).get();
            return new Reply(response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                    response.getStringHeaders().getFirst(HttpHeaders.ALLOW), out.toString(StandardCharsets.UTF_8));
        }
    }

    record Reply(int status, String contentType, String allow, String body) {

        private static final ObjectMapper READER = new ObjectMapper();

        JsonNode json() throws Exception {
            return READER.readTree(body);
        }

        /** The fields named in the problem's {@code errors}, in order. */
        List<String> errorFields() throws Exception {
            return json().path("errors").findValuesAsText("field");
        }

        /** The message given for one field in the problem's {@code errors}. */
        String messageFor(String field) throws Exception {
            for (JsonNode error : json().path("errors")) {
                if (field.equals(error.path("field").asText())) {
                    return error.path("message").asText();
                }
            }
            return null;
        }
    }

    private static RestConfig config(long maxBodyBytes) {
        return new RestConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return RestConfig.class;
            }

            @Override
            public String alias() {
                return "/api";
            }

            @Override
            public long maxBodyBytes() {
                return maxBodyBytes;
            }

            @Override
            public long rebuildDelayMillis() {
                return 0;
            }

            @Override
            public String openApiTitle() {
                return "Test API";
            }
        };
    }
}
