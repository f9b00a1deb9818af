package hotline.workorder.web;

import hotline.workorder.Attachment;
import hotline.workorder.internal.Attachments;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Files on the order page: upload (the order page's form) and download. */
@Controller
@PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER','QA','DEPARTMENT')")
class AttachmentController {

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/work-orders/{id}/attachments")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        attachments.attach(id, file.getOriginalFilename(), file.getContentType(), file.getInputStream());
        return "redirect:/work-orders/" + id;
    }

    @GetMapping("/work-orders/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
        return file(attachments.content(id, attachmentId));
    }

    static ResponseEntity<Resource> file(Attachments.Content content) {
        Attachment a = content.attachment();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(a.contentType()))
                .contentLength(a.sizeBytes())
                .body(new FileSystemResource(content.path()));
    }

}
