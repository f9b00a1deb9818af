package hotline.platform.live;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The live stream delivers what a person may follow, and refuses topics nobody granted. */
@HotlineWebTest
class LiveEventsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    LiveEvents live;

    @Test
    void deliversOwnTopicEventsAndNothingOfOthers() throws Exception {
        MvcResult stream = mvc.perform(get("/live").with(TestUsers.as(4242, "live", Role.AGENT)))
                .andExpect(request().asyncStarted())
                .andReturn();
        live.publish("user:4243", "notification", Map.of("unread", 9));
        live.publish("user:4242", "notification", Map.of("unread", 1));
        String body = waitFor(() -> content(stream), "\"unread\":1");
        assertThat(body).contains("event:connected").contains("event:notification").doesNotContain("\"unread\":9");
        assertThat(body).containsPattern("id:\\d{13}");
    }

    @Test
    void refusesATopicNoModuleGrants() throws Exception {
        mvc.perform(get("/live").param("topic", "user:1").with(TestUsers.as(4244, "nosy", Role.AGENT)))
                .andExpect(status().isForbidden());
    }

    private static String content(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String waitFor(Supplier<String> body, String expected) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String text = body.get();
            if (text.contains(expected)) {
                return text;
            }
            Thread.sleep(50);
        }
        return body.get();
    }
}
