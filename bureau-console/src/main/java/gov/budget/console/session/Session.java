package gov.budget.console.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A signed-in user: the bearer token kept in the session cookie, sent with every call to the
 * services, which verify it. What the page shows of the user (name, roles, departments) is read from
 * the token's claims; the services, not the console, decide what the token may see.
 */
public record Session(String token, String subject, List<String> roles, List<String> departments) {

    /** The HttpOnly, SameSite=Strict cookie that holds the token. */
    public static final String COOKIE = "budget_session";

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Session of(String token) {
        JsonNode claims = claims(token);
        return new Session(token, claims.path("sub").asText("?"), strings(claims.path("groups")), strings(claims.path("depts")));
    }

    public String authorization() {
        return "Bearer " + token;
    }

    /** The roles as the page names them. */
    public String rolesText() {
        return String.join("、", roles.stream().map(Session::roleName).toList());
    }

    private static String roleName(String role) {
        return switch (role) {
            case "finance-admin" -> "财政局管理员";
            case "finance-viewer" -> "财政局查看";
            case "dept-editor" -> "部门填报";
            default -> role;
        };
    }

    /** Whether the user sees the whole bureau rather than some departments. */
    public boolean bureauWide() {
        return roles.contains("finance-viewer") || roles.contains("finance-admin");
    }

    private static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            return JSON.createObjectNode();
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> values.add(n.asText()));
        } else if (node.isTextual()) {
            for (String value : node.asText().split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }
}
