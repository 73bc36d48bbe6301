package com.pazpaz.command.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.pazpaz.command.common.PartialBody;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code PUT /api/v1/services/{id}}: any subset of the fields; null clears the description, and the price
 * when {@code price} and {@code currency} are both null (they are sent together).
 */
class ReviseServiceRequest extends PartialBody {

    @Size(min = 1, max = 255)
    private String name;

    @Size(max = 5000)
    private String description;

    @Min(1)
    private Integer defaultDurationMinutes;

    private Boolean isActive;
    private BigDecimal price;
    private String currency;

    @JsonProperty("name")
    void setName(String value) {
        name = value;
        mark("name");
    }

    @JsonProperty("description")
    void setDescription(String value) {
        description = value;
        mark("description");
    }

    @JsonProperty("default_duration_minutes")
    void setDefaultDurationMinutes(Integer value) {
        defaultDurationMinutes = value;
        mark("default_duration_minutes");
    }

    @JsonProperty("is_active")
    void setIsActive(Boolean value) {
        isActive = value;
        mark("is_active");
    }

    @JsonProperty("price")
    void setPrice(BigDecimal value) {
        price = value;
        mark("price");
    }

    @JsonProperty("currency")
    void setCurrency(String value) {
        currency = value;
        mark("currency");
    }

    void requireClearableNulls() {
        requireNotNull(List.of("name", "default_duration_minutes", "is_active"), field -> switch (field) {
            case "name" -> name;
            case "default_duration_minutes" -> defaultDurationMinutes;
            default -> isActive;
        });
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    Integer defaultDurationMinutes() {
        return defaultDurationMinutes;
    }

    Boolean isActive() {
        return isActive;
    }

    /** Whether the price is changed: price and currency are sent together, or neither is. */
    boolean priceSent() {
        return sent("price") || sent("currency");
    }

    BigDecimal price() {
        return price;
    }

    String currency() {
        return currency;
    }
}
