package hotline.telephony.softphone;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without the SIP adapter and its WebSocket edge the desk has no softphone: the panel is empty, there is no account to
 * hand out, and the console connects only to itself. (With them: {@code SoftphoneCallTests}, against real peers.)
 */
@HotlineWebTest
class SoftphonePageTests {

    @Autowired MockMvc mvc;

    @Test
    void theDeskAsksForThePanelWhichIsEmptyWithoutTheSipEdge() throws Exception {
        mvc.perform(get("/desk").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/softphone\"")))
                .andExpect(header().string("Content-Security-Policy", containsString("connect-src 'self';")));
        mvc.perform(get("/softphone").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.blankOrNullString()));
        mvc.perform(get("/softphone/account").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWebSocketMustBeAWebSocketUrl() {
        assertThatThrownBy(() -> new SoftphoneProperties("http://127.0.0.1:8088", true))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThat(new SoftphoneProperties("wss://sip.example.org:8443/ws", true).origin())
                .isEqualTo("wss://sip.example.org:8443");
    }
}
