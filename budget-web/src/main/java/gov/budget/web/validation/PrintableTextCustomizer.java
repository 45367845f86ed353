package gov.budget.web.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Installs {@link PrintableText} for every string the service's JSON mapper reads. */
@Singleton
public class PrintableTextCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("printable-text").addDeserializer(String.class, new PrintableText()));
    }
}
