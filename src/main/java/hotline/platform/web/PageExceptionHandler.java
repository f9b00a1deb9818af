package hotline.platform.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of console requests: a full error page, or for htmx requests an alert fragment that the page shows in
 * place (so a person never loses the form they were typing in).
 */
@Order(1)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final org.springframework.context.MessageSource messages;

    PageExceptionHandler(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    /** "Work order 99999 was not found" in the reader's language: the thing's name from the bundles, the id as is. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return render(request, response, 404, null, null, ProblemText.of(e, messages, LocaleContextHolder.getLocale()));
    }

    /** A refused change said in the reader's language: which thing, and in which state it is now. */
    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response) {
        return render(request, response, 409, null, null, ProblemText.of(e, messages, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale(OptimisticLockingFailureException e, HttpServletRequest request, HttpServletResponse response) {
        return render(request, response, 409, "error.stale", null, e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response) {
        return render(request, response, 400, null, null, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
        return render(request, response, 413, "error.upload.tooLarge", null, e.getMessage());
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView notMultipart(MultipartException e, HttpServletRequest request, HttpServletResponse response) {
        return render(request, response, 400, "error.upload.multipart", null, e.getMessage());
    }

    private static ModelAndView render(HttpServletRequest request, HttpServletResponse response, int status,
                                       String messageKey, Object[] args, String detail) {
        var view = new ModelAndView(Htmx.isHtmx(request) ? "fragments/alert :: alert" : "error");
        response.setStatus(status);
        if (Htmx.isHtmx(request)) {
            // htmx swaps only 2xx answers by default; point the alert at the page's message area instead.
            response.setHeader("HX-Retarget", "#messages");
            response.setHeader("HX-Reswap", "innerHTML");
        }
        view.addObject("status", status);
        view.addObject("messageKey", messageKey);
        view.addObject("messageArgs", args);
        view.addObject("detail", detail);
        return view;
    }
}
