package hotline.platform.web;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's browser gets the console's error page in their language, a system gets a problem document: for the
 * application's own "not found" and for Spring's failures (no such page, a value of the wrong type in the address).
 */
@HotlineWebTest
class ErrorPageTests {

    @Autowired MockMvc mvc;

    @Test
    void aMissingThingIsNamedInTheReadersLanguageWithItsIdAsIs() throws Exception {
        mvc.perform(get("/work-orders/99999999").with(TestUsers.as(Role.SUPERVISOR)).param("lang", "zh_CN")
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("未找到工单 99999999。")));
        mvc.perform(get("/work-orders/99999999").with(TestUsers.as(Role.SUPERVISOR)).param("lang", "en")
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Work order 99999999 was not found.")));
    }

    @Test
    void springsOwnFailuresSendBrowsersToTheErrorPageAndGiveSystemsAProblemDocument() throws Exception {
        // a browser: the status goes to the container's error dispatch (the console's error page), no JSON body
        mvc.perform(get("/no-such-page").with(TestUsers.as(Role.AGENT)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(emptyString()));
        mvc.perform(get("/work-orders/abc").with(TestUsers.as(Role.SUPERVISOR)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("\"detail\""))));
        // a system: RFC 9457
        mvc.perform(get("/no-such-page").with(TestUsers.as(Role.AGENT)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/no-such-thing").with(TestUsers.as(Role.AGENT)).accept(MediaType.TEXT_HTML,
                        MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }
}
