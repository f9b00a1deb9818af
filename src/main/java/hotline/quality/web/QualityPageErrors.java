package hotline.quality.web;

import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.stream.Collectors;

/**
 * Bean-validation failures of the quality facades on console requests (a comment too long, a value out of range)
 * answer 400 with the fields named, like the platform's alerts, instead of an error page.
 */
@Order(0)
@ControllerAdvice(basePackageClasses = QualityPageErrors.class, annotations = Controller.class)
class QualityPageErrors {

    @ExceptionHandler(ConstraintViolationException.class)
    ModelAndView invalid(ConstraintViolationException e, HttpServletRequest request, HttpServletResponse response) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString().replaceFirst("^[a-zA-Z]+\\.[a-zA-Z]+\\.", "") + ": "
                        + v.getMessage())
                .sorted().collect(Collectors.joining("; "));
        var view = new ModelAndView(Htmx.isHtmx(request) ? "fragments/alert :: alert" : "error");
        response.setStatus(400);
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Retarget", "#messages");
            response.setHeader("HX-Reswap", "innerHTML");
        }
        view.addObject("status", 400);
        view.addObject("detail", detail);
        return view;
    }
}
