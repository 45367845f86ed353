package gov.budget.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The signing key of the console's tests and the tokens they sign in with: RS256 JWTs for the issuer
 * and audience the services expect by default. The services the tests start verify them with the
 * public key, written to {@code target/console-jwt/public.pem}.
 */
final class ConsoleTokens {

    private static final Path PUBLIC = Path.of("target", "console-jwt", "public.pem");
    private static final KeyPair KEYS = generate();

    private ConsoleTokens() {
    }

    static Path publicKey() {
        return PUBLIC.toAbsolutePath();
    }

    static String financeViewer() {
        return token("test-viewer", List.of("finance-viewer"), List.of());
    }

    static String financeAdmin() {
        return token("test-admin", List.of("finance-admin"), List.of());
    }

    /** What one service calls another with (the procurement service reads the ledger's departments). */
    static String service(String name) {
        return token(name, List.of("service"), List.of());
    }

    static String deptEditor(String dept) {
        return token("editor-" + dept, List.of("dept-editor"), List.of(dept));
    }

    private static String token(String subject, List<String> roles, List<String> depts) {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"https://budget.local/issuer\",\"aud\":\"budget-platform\",\"sub\":\"" + subject + "\",\"upn\":\""
                + subject + "\",\"iat\":" + now + ",\"exp\":" + (now + 7200) + ",\"groups\":" + json(roles)
                + (depts.isEmpty() ? "" : ",\"depts\":" + json(depts)) + "}";
        String signed = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(KEYS.getPrivate());
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(PUBLIC.getParent());
            Files.writeString(PUBLIC, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
