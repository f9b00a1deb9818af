package hotline.workorder.web;

import hotline.workorder.Attachment;
import hotline.workorder.internal.Attachments;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

@Tag(name = "Work orders")
@RestController
@RequestMapping("/api/v1/work-orders/{id}/attachments")
@PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER','QA','DEPARTMENT')")
class AttachmentRestController {

    private final Attachments attachments;

    AttachmentRestController(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping
    ResponseEntity<Attachment> upload(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(attachments.attach(id, file.getOriginalFilename(), file.getContentType(), file.getInputStream()));
    }

    @GetMapping
    List<Attachment> list(@PathVariable long id) {
        return attachments.of(id);
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
        return AttachmentController.file(attachments.content(id, attachmentId));
    }
}
