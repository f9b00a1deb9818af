package hotline.customer.web;

import hotline.platform.time.CenterTime;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.ZoneId;

/** The center's time zone for the archive's pages: instants are shown in local time. */
@ControllerAdvice(assignableTypes = {CustomerWebController.class, CustomerMergeController.class,
        CustomerPopController.class})
class CustomerModel {

    private final CenterTime time;

    CustomerModel(CenterTime time) {
        this.time = time;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return time.zone();
    }
}
