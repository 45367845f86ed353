package gov.budget.contracts.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem body ({@code application/problem+json}), the error shape of every API of the
 * platform. Bad input lists each offending field with the value that was sent.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(@Schema(required = true) String type,
                      @Schema(required = true) String title,
                      @Schema(required = true) int status,
                      String detail,
                      String instance,
                      List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
