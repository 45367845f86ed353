package gov.budget.web.security;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends this service's own {@code service} token on every call to another service of the platform.
 * Register it on a REST client with {@code @RegisterProvider(ServiceTokenFilter.class)}.
 */
public class ServiceTokenFilter implements ClientRequestFilter {

    /** The token, from config ({@code BUDGET_SERVICE_TOKEN}); minted for the {@code service} role. */
    static final String TOKEN_PROPERTY = "platform.service-token";

    @Override
    public void filter(ClientRequestContext request) {
        ConfigProvider.getConfig().getOptionalValue(TOKEN_PROPERTY, String.class)
                .filter(token -> !token.isBlank())
                .ifPresent(token -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.strip()));
    }
}
