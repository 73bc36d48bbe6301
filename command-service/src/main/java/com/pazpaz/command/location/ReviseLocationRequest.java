package com.pazpaz.command.location;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.pazpaz.command.common.PartialBody;
import com.pazpaz.kernel.location.LocationType;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code PUT /api/v1/locations/{id}}: any subset; null clears address or details only. */
class ReviseLocationRequest extends PartialBody {

    @Size(min = 1, max = 255)
    private String name;

    private LocationType locationType;

    @Size(max = 1000)
    private String address;

    @Size(max = 5000)
    private String details;

    private Boolean isActive;

    @JsonProperty("name")
    void setName(String value) {
        name = value;
        mark("name");
    }

    @JsonProperty("location_type")
    void setLocationType(LocationType value) {
        locationType = value;
        mark("location_type");
    }

    @JsonProperty("address")
    void setAddress(String value) {
        address = value;
        mark("address");
    }

    @JsonProperty("details")
    void setDetails(String value) {
        details = value;
        mark("details");
    }

    @JsonProperty("is_active")
    void setIsActive(Boolean value) {
        isActive = value;
        mark("is_active");
    }

    void requireClearableNulls() {
        requireNotNull(List.of("name", "location_type", "is_active"), field -> switch (field) {
            case "name" -> name;
            case "location_type" -> locationType;
            default -> isActive;
        });
    }

    String name() {
        return name;
    }

    LocationType locationType() {
        return locationType;
    }

    String address() {
        return address;
    }

    String details() {
        return details;
    }

    Boolean isActive() {
        return isActive;
    }
}
