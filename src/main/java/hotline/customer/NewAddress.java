package hotline.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An address written out in full (上海市浦东新区张杨路 500 弄 3 号 1201 室), with the district and its administrative
 * area code (310115) when known: incidents find the customers of an area by code or by address prefix.
 */
public record NewAddress(@NotBlank @Size(max = 300) String text, @Size(max = 50) String district,
                         @Pattern(regexp = "^$|^[0-9]{6}$") String areaCode) {
}
