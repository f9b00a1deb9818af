package hotline.platform.live;

import hotline.platform.security.Actor;
import hotline.platform.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * One event stream per console page: {@code GET /live?topic=a&topic=b}. Each topic must be granted by a module's
 * {@link LiveTopicPolicy}; the person's own {@code user:<id>} topic always is.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class LiveController {

    private final LiveEvents live;
    private final List<LiveTopicPolicy> policies;

    LiveController(LiveEvents live, List<LiveTopicPolicy> policies) {
        this.live = live;
        this.policies = policies;
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam(name = "topic", required = false) List<String> topics) {
        Actor actor = CurrentUser.require();
        var granted = new LinkedHashSet<String>();
        granted.add(LiveTopicPolicy.userTopic(actor.id()));
        for (String topic : topics == null ? List.<String>of() : topics) {
            if (!topic.equals(LiveTopicPolicy.userTopic(actor.id()))
                    && policies.stream().noneMatch(policy -> policy.allows(actor, topic))) {
                throw new AccessDeniedException("not allowed to follow " + topic);
            }
            granted.add(topic);
        }
        return live.subscribe(granted, event -> true, initial -> {
            initial.send("connected", granted);
            for (String topic : granted) {
                policies.stream().filter(policy -> policy.allows(actor, topic))
                        .forEach(policy -> policy.snapshot(actor, topic, initial));
            }
        });
    }
}
