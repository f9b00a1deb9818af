package hotline.desk;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.customer.CustomerFixtures;
import hotline.customer.Customers;
import hotline.identity.NewUser;
import hotline.identity.Users;
import hotline.knowledge.Articles;
import hotline.knowledge.Categories;
import hotline.knowledge.KnowledgeFixtures;
import hotline.knowledge.Scripts;
import hotline.organization.Channel;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.routing.AgentState;
import hotline.routing.QueueDraft;
import hotline.routing.Routing;
import hotline.routing.StateChange;
import hotline.routing.Strategy;
import hotline.telephony.simulator.PhoneBehaviour;
import hotline.telephony.simulator.SimulatedEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The knowledge base and the scripts on the agent desktop: the search finds published articles and opens them in a
 * new tab; a script is filled from the contact on the agent's line (the customer archive it carries, the agent's own
 * name) on the server, and what the contact does not tell stays visible and marked.
 */
@HotlineWebTest
class DeskKnowledgeTests {

    @Autowired MockMvc mvc;
    @Autowired Articles articles;
    @Autowired Categories categories;
    @Autowired Scripts scripts;
    @Autowired Customers customers;
    @Autowired Users users;
    @Autowired Routing routing;
    @Autowired SimulatedEngine engine;

    @Test
    void theDesksSearchFindsAPublishedArticleAndOpensItInANewTab() throws Exception {
        var category = KnowledgeFixtures.category(categories, null);
        String word = KnowledgeFixtures.unique("跳闸");
        var article = KnowledgeFixtures.published(articles, category.id(), "坐席台检索" + word,
                "家里总闸" + word + "，先检查漏电开关。", null, null);

        mvc.perform(get("/desk/knowledge").param("q", word).header("HX-Request", "true")
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("坐席台检索" + word),
                        containsString("<mark>"),
                        matchesPattern("(?s).*href=\"/knowledge/articles/" + article.id()
                                + "\" target=\"_blank\" rel=\"noopener\".*"),
                        not(containsString("<html")))));
        mvc.perform(get("/desk/knowledge").param("q", KnowledgeFixtures.unique("无此词")).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("desk-knowledge-hit"))));
        mvc.perform(get("/desk/knowledge").param("q", word).with(TestUsers.as(Role.DEPARTMENT)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aScriptIsFilledFromTheCustomerOnTheLineAndListsWhatIsMissing() throws Exception {
        String name = CustomerFixtures.uniqueName("王");
        String mobile = CustomerFixtures.mobile();
        String account = CustomerFixtures.accountNumber();
        var customer = CustomerFixtures.register(customers, CustomerFixtures.person(name, mobile, account,
                "浦东新区张江路8号"));
        String scriptName = KnowledgeFixtures.unique("核实话术");
        var script = SystemActor.call(() -> scripts.create(new Scripts.ScriptDraft(scriptName, null,
                "您好{{customer.name}}，请问户号是{{account.number}}吗？我是{{agent.name}}，工单号{{workorder.number}}。",
                null)));
        var agent = agent();
        engine.registerPhone("agent:" + agent.username(), PhoneBehaviour.answerAfter(Duration.ofMillis(200)));
        engine.registerPhone("tel:" + mobile, PhoneBehaviour.answerAfter(Duration.ofMillis(300)));
        var signedIn = TestUsers.as(agent.id(), agent.username(), Role.AGENT);
        try {
            mvc.perform(get("/desk/assist").with(signedIn))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("accesskey=\"k\""),
                            containsString(">" + scriptName + "</option>"))));

            SystemActor.callAs(agent, () -> routing.changeState(agent.id(), new StateChange(AgentState.READY, null)));
            SystemActor.callAs(agent, () -> routing.dial(agent.id(), mobile, customer.id(), null));
            await().atMost(Duration.ofSeconds(20)).until(() -> talking(agent));

            mvc.perform(get("/desk/scripts").param("scriptId", String.valueOf(script.id())).with(signedIn))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("您好" + name + "，请问户号是" + account + "吗？我是" + agent.username()),
                            matchesPattern("(?s).*<mark class=\"script-missing\"[^>]*>\\{\\{workorder.number}}</mark>.*"),
                            matchesPattern("(?s).*id=\"desk-script-missing\">[^<]*workorder\\.number<.*"),
                            not(containsString("{{customer.name}}")),
                            not(containsString("{{account.number}}")))));

            // another agent has no contact: the same script keeps the customer's variables visible and marked
            mvc.perform(get("/desk/scripts").param("scriptId", String.valueOf(script.id()))
                            .with(TestUsers.as(Role.AGENT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(not(containsString(name)),
                            containsString(">{{customer.name}}</mark>"))));
        } finally {
            SystemActor.callAs(agent, () -> {
                try {
                    routing.hangUp(agent.id());
                } catch (RuntimeException ignored) {
                    // the call already ended
                }
                try {
                    return routing.changeState(agent.id(), new StateChange(AgentState.LOGGED_OUT, null));
                } catch (RuntimeException ignored) {
                    return null; // in wrap-up: the request waits until it ends
                }
            });
        }
    }

    private Actor agent() {
        String username = "kn" + KnowledgeFixtures.unique("a");
        var user = SystemActor.call(() -> users.create(new NewUser(username, "话术坐席", "Secret-pass-9", null, null,
                Set.of(Role.AGENT))));
        SystemActor.run(() -> {
            if (routing.queues().stream().noneMatch(q -> q.code().equals("CALLBACK"))) {
                routing.createQueue(new QueueDraft("CALLBACK", "回访外呼", Channel.VOICE, Map.of(), 0,
                        Strategy.LONGEST_IDLE, 80, 20, null, null, false, null, 1, 60, 20, true, null));
            }
        });
        return new Actor(user.id(), user.username(), user.displayName(), Set.of(Role.AGENT));
    }

    private boolean talking(Actor agent) {
        var me = SystemActor.call(routing::floor).agents().stream().filter(a -> a.userId() == agent.id()).findFirst();
        return me.isPresent() && me.get().state() == AgentState.ON_CONTACT && me.get().contact() != null
                && me.get().contact().answeredAt() != null;
    }
}
