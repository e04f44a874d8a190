package org.fabrique.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.fabrique.bench.Http.Reply;

/** The endpoints the platform serves now, read from GET /api/openapi.json (so every installed module counts). */
public final class OpenApi {

    private OpenApi() {
    }

    /**
     * One operation: method, path template as served (e.g. /api/people/{id}), its path and query parameters,
     * and the properties of its JSON body (name → OpenAPI type: string, integer, number, boolean, array, object).
     */
    public record Endpoint(String method, String path, List<String> pathParameters, List<String> queryParameters,
            Map<String, String> bodyProperties, boolean hasBody) {

        /** The template with each {parameter} replaced by the value. */
        public String fill(java.util.function.Function<String, String> value) {
            String filled = path;
            for (String parameter : pathParameters) {
                filled = filled.replace("{" + parameter + "}", value.apply(parameter));
            }
            return filled;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static List<Endpoint> endpoints(Http http) {
        Reply reply = http.get("/api/openapi.json", null);
        if (reply.status() != 200) {
            throw new IllegalStateException("/api/openapi.json: " + reply);
        }
        JsonNode doc = reply.json();
        String base = doc.path("servers").path(0).path("url").asText("/api");
        if (base.startsWith("http")) {
            base = java.net.URI.create(base).getPath();
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String full = path.getKey().startsWith("/api") ? path.getKey() : base.replaceAll("/$", "") + path.getKey();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                List<String> pathParameters = new ArrayList<>();
                List<String> queryParameters = new ArrayList<>();
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    JsonNode resolved = resolve(doc, parameter);
                    String in = resolved.path("in").asText();
                    if (in.equals("path")) {
                        pathParameters.add(resolved.path("name").asText());
                    } else if (in.equals("query")) {
                        queryParameters.add(resolved.path("name").asText());
                    }
                }
                java.util.regex.Matcher templated = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(full);
                while (templated.find()) {
                    if (!pathParameters.contains(templated.group(1))) {
                        pathParameters.add(templated.group(1));
                    }
                }
                JsonNode body = op.getValue().path("requestBody");
                Map<String, String> properties = new LinkedHashMap<>();
                JsonNode schema = resolve(doc, resolve(doc, body).path("content").path("application/json").path("schema"));
                for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext();) {
                    Map.Entry<String, JsonNode> prop = props.next();
                    JsonNode type = resolve(doc, prop.getValue());
                    properties.put(prop.getKey(), type.path("type").asText(type.has("enum") ? "string" : "object"));
                }
                endpoints.add(new Endpoint(method, full, pathParameters, queryParameters, properties,
                        !body.isMissingNode()));
            }
        }
        return endpoints;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText(null);
        if (ref == null || !ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = doc;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }
}
