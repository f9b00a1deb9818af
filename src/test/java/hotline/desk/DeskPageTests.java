package hotline.desk;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The desk's pages and fragments: which streams a page follows, who gets the actions, how errors come back. */
@HotlineWebTest
class DeskPageTests {

    @Autowired MockMvc mvc;

    @Test
    void theDesktopFollowsOnlyTheAgentsOwnTopic() throws Exception {
        mvc.perform(get("/desk").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("topic=desk:agent:" + (900_000 + Role.AGENT.ordinal()))))
                .andExpect(content().string(containsString("id=\"btn-answer\"")));
    }

    @Test
    void aManagerWatchesTheWholeFloorWithoutActions() throws Exception {
        mvc.perform(get("/wallboard").with(TestUsers.as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("topic=wallboard&amp;topic=wallboard:agents")))
                .andExpect(content().string(not(containsString("id=\"agent-actions\""))));
    }

    @Test
    void aTeamLeadGetsTheActionsAndOnlyTheTeamsTheyLead() throws Exception {
        mvc.perform(get("/wallboard").with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"agent-actions\"")))
                .andExpect(content().string(not(containsString("wallboard:agents"))));
    }

    @Test
    void aTransferWithoutItsTargetNamesTheFieldInTheConsolesAlert() throws Exception {
        mvc.perform(post("/desk/transfer").with(TestUsers.as(Role.AGENT)).with(csrf()).header("HX-Request", "true")
                        .param("kind", "AGENT"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("HX-Retarget", "#messages"))
                .andExpect(content().string(containsString("agentId")));
    }

    @Test
    void theLargeDisplaysTrafficIsJsonWithActualsAndAForecastFlag() throws Exception {
        mvc.perform(get("/wallboard/traffic").with(TestUsers.as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actual").isArray())
                .andExpect(jsonPath("$.hasForecast").isBoolean());
    }
}
