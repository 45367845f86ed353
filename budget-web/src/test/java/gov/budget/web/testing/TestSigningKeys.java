package gov.budget.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The signing key pair of a module's tests, generated on first use under {@code target/test-jwt/}.
 * It lives in files (not in memory) because the service under test, the test code and any service
 * the test starts as a process all read it, each from its own class loader or JVM.
 */
public final class TestSigningKeys {

    private static final Path DIR = Path.of("target", "test-jwt");
    private static final Path PRIVATE = DIR.resolve("private.pem");
    private static final Path PUBLIC = DIR.resolve("public.pem");

    private TestSigningKeys() {
    }

    /** The public key's file, as the services' {@code mp.jwt.verify.publickey.location}. */
    public static synchronized Path publicKey() {
        ensure();
        return PUBLIC.toAbsolutePath();
    }

    public static synchronized PrivateKey privateKey() {
        ensure();
        try {
            String pem = Files.readString(PRIVATE)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable test signing key " + PRIVATE.toAbsolutePath(), e);
        }
    }

    private static void ensure() {
        if (Files.exists(PRIVATE) && Files.exists(PUBLIC)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(DIR);
            Files.writeString(PUBLIC, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(PRIVATE, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
