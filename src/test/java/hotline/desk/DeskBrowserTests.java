package hotline.desk;

import hotline.customer.Customers;
import hotline.customer.NewCustomer;
import hotline.customer.SensitiveFlag;
import hotline.identity.NewUser;
import hotline.identity.Users;
import hotline.organization.Channel;
import hotline.organization.NewSkill;
import hotline.organization.NewTeam;
import hotline.organization.Skills;
import hotline.organization.Teams;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.routing.QueueDraft;
import hotline.routing.ReasonCodeDraft;
import hotline.routing.Routing;
import hotline.routing.Strategy;
import hotline.telephony.LegId;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.TelephonyEvents;
import hotline.telephony.simulator.PhoneBehaviour;
import hotline.telephony.simulator.SimulatedEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journeys in a real browser against the running application and the simulated switch: an agent signs in,
 * goes ready, a simulated caller dials the hotline and chooses billing in the IVR, the agent's phone rings, the
 * desktop pops the caller's archive (with the sensitive-customer warning), the agent answers from the desktop,
 * records a work order resolved on the spot from the contact, hangs up, saves the disposition in wrap-up and goes
 * ready again — while their team lead watches the wallboard follow each step. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"hotline.test.own-database=desk-browser", "hotline.desk.tick=100ms"})
class DeskBrowserTests {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String PASSWORD = "desk-secret-1";

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired Skills skills;
    @Autowired Teams teams;
    @Autowired Routing routing;
    @Autowired Customers customers;
    @Autowired SimulatedEngine engine;
    @Autowired TelephonyEvents events;
    @Autowired hotline.knowledge.Articles articles;
    @Autowired hotline.knowledge.Categories categories;
    @Autowired hotline.knowledge.Scripts scripts;

    final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsersAndLogOut() {
        browsers.forEach(WebDriver::quit);
        // the context is shared with DeskCallControlTests: a ready agent here would take its calls
        users.findByUsername("desk-agent").ifPresent(agent -> SystemActor.run(() -> {
            try {
                routing.changeState(agent.id(), new hotline.routing.StateChange(hotline.routing.AgentState.LOGGED_OUT,
                        null));
            } catch (RuntimeException ignored) {
                // already logged out
            }
        }));
    }

    @Test
    void anAgentTakesASimulatedCallWhileTheLeadWatchesTheWallboard() {
        var agent = SystemActor.call(() -> users.create(new NewUser("desk-agent", "王坐席", PASSWORD, null, null,
                Set.of(Role.AGENT))));
        var lead = SystemActor.call(() -> users.create(new NewUser("desk-lead", "李组长", PASSWORD, null, null,
                Set.of(Role.TEAM_LEAD))));
        SystemActor.run(() -> {
            if (skills.list().stream().noneMatch(s -> s.code().equals("billing"))) {
                skills.create(new NewSkill("billing", "电费咨询", Channel.VOICE, "desk"));
            }
            skills.setSkills(agent.id(), Map.of("billing", 3));
            teams.create(new NewTeam("一班", lead.id(), Set.of(agent.id())));
            if (routing.reasonCodes().stream().noneMatch(r -> r.code().equals("BREAK"))) {
                routing.createReasonCode(new ReasonCodeDraft("BREAK", "小休", false, true, null));
            }
            if (routing.queues().stream().noneMatch(q -> q.code().equals("BILLING"))) {
                routing.createQueue(new QueueDraft("BILLING", "电费咨询", Channel.VOICE, Map.of("billing", 2), 0,
                        Strategy.LONGEST_IDLE, 80, 20, null, null, false, null, 1, 30, 60, true, null));
            }
            var customer = customers.register(NewCustomer.person("张三", "13812345678"));
            customers.flagSensitive(customer.id(), new SensitiveFlag(true, "多次投诉"));
        });
        String greeting = hotline.knowledge.KnowledgeFixtures.unique("问候");
        SystemActor.run(() -> scripts.create(new hotline.knowledge.Scripts.ScriptDraft(greeting, null,
                "{{customer.name}}您好，我是{{agent.name}}，工单号{{workorder.number}}。", null)));
        // a desk phone without auto-answer: it rings until the desktop's Answer button picks it up
        engine.registerPhone("agent:desk-agent", PhoneBehaviour.neverAnswer());

        var agentBrowser = signIn("desk-agent");
        var leadBrowser = signIn("desk-lead");
        // live pages redraw: an element read between two redraws may be replaced, so the waits look again
        var desk = new WebDriverWait(agentBrowser, WAIT).ignoring(StaleElementReferenceException.class);
        var board = new WebDriverWait(leadBrowser, WAIT).ignoring(StaleElementReferenceException.class);

        agentBrowser.get(url("/desk"));
        desk.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-live-state", "live"));
        desk.until(ExpectedConditions.attributeToBe(By.id("state-badge"), "data-state", "LOGGED_OUT"));
        agentBrowser.findElement(By.id("btn-ready")).click();
        desk.until(ExpectedConditions.attributeToBe(By.id("state-badge"), "data-state", "READY"));

        leadBrowser.get(url("/wallboard"));
        board.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-live-state", "live"));
        board.until(agentState("desk-agent", "READY"));
        // the context is shared with DeskCallControlTests, whose call may have been answered in BILLING already
        int answeredBefore = board.until(driver -> number(driver, "#queue-rows tr[data-queue='BILLING'] .queue-answered"));

        var customerLeg = callBilling("13812345678");

        // the phone rings: the desktop shows the caller and pops their archive with the sensitive warning
        desk.until(ExpectedConditions.attributeToBe(By.id("contact-status"), "data-status", "OFFERED"));
        assertThat(agentBrowser.findElement(By.id("contact-caller")).getText()).isEqualTo("13812345678");
        // the queue by its name (the projector learns a new queue's name within seconds)
        desk.until(ExpectedConditions.textToBe(By.id("contact-queue"), "电费咨询"));
        var pop = desk.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pop #pop-customer")));
        assertThat(pop.getText()).contains("张三");
        assertThat(pop.findElements(By.cssSelector(".alert-danger"))).isNotEmpty();
        board.until(agentState("desk-agent", "RESERVED"));

        desk.until(ExpectedConditions.elementToBeClickable(By.id("btn-answer"))).click();
        desk.until(ExpectedConditions.attributeToBe(By.id("state-badge"), "data-state", "ON_CONTACT"));
        desk.until(ExpectedConditions.attributeToBe(By.id("contact-status"), "data-status", "CONNECTED"));
        board.until(agentState("desk-agent", "ON_CONTACT"));
        // during the call the agent reads a script filled in with the caller's archive and their own name
        new Select(desk.until(ExpectedConditions.elementToBeClickable(By.id("desk-script-id"))))
                .selectByVisibleText(greeting);
        desk.until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk-script-text"), "张三您好，我是王坐席"));
        assertThat(agentBrowser.findElement(By.cssSelector("#desk-script-text .script-missing")).getText())
                .isEqualTo("{{workorder.number}}");
        board.until(ExpectedConditions.textToBe(
                By.cssSelector("#queue-rows tr[data-queue='BILLING'] .queue-answered"), String.valueOf(answeredBefore + 1)));
        var shown = board.until(driver -> {
            var text = agentRow(driver, "desk-agent").getText();
            return text.contains("电费咨询") ? text : null;         // the queue by its name
        });
        assertThat(shown).as("the wallboard masks the caller's number").contains("138****5678")
                .doesNotContain("13812345678");
        Browsers.screenshot(agentBrowser, "desk-agent-on-call");
        Browsers.screenshot(leadBrowser, "wallboard-lead");

        // a work order from the contact, resolved on the spot, in the intake form the desktop opens
        var billingArticle = hotline.knowledge.KnowledgeFixtures.published(articles,
                hotline.knowledge.KnowledgeFixtures.category(categories, null).id(), "如何查询本月电费金额",
                "客户询问本月电费金额时，请核实户号后告知电费金额与缴费截止日期。", null, null);
        var desktopWindow = agentBrowser.getWindowHandle();
        agentBrowser.findElement(By.id("new-work-order")).click();
        desk.until(driver -> driver.getWindowHandles().size() == 2);
        agentBrowser.getWindowHandles().stream().filter(h -> !h.equals(desktopWindow)).findFirst()
                .ifPresent(h -> agentBrowser.switchTo().window(h));
        desk.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
        assertThat(agentBrowser.findElement(By.id("customerPhone")).getAttribute("value")).isEqualTo("13812345678");
        assertThat(agentBrowser.findElement(By.id("contactRef")).getAttribute("value")).isNotBlank();
        new Select(agentBrowser.findElement(By.id("type"))).selectByValue("CONSULTATION");
        agentBrowser.findElement(By.id("title")).sendKeys("电费查询");
        agentBrowser.findElement(By.id("description")).sendKeys("客户询问本月电费金额");
        // while the agent types, the knowledge base suggests the article that answers it
        desk.until(ExpectedConditions.textToBePresentInElementLocated(By.id("knowledge-suggestions"),
                billingArticle.title()));
        agentBrowser.findElement(By.id("onSpotReply")).sendKeys("已告知本月电费金额");
        agentBrowser.findElement(By.id("submit-intake")).click();
        desk.until(ExpectedConditions.urlMatches("/work-orders/\\d+$"));
        agentBrowser.close();
        agentBrowser.switchTo().window(desktopWindow);
        // the desk's own search finds the same article as the agent types
        agentBrowser.findElement(By.id("desk-knowledge-q")).sendKeys("本月电费");
        desk.until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk-knowledge-hits"),
                billingArticle.title()));

        // hang up, wrap up with a disposition, ready again
        agentBrowser.findElement(By.id("btn-hang-up")).click();
        desk.until(ExpectedConditions.attributeToBe(By.id("state-badge"), "data-state", "WRAP_UP"));
        desk.until(ExpectedConditions.visibilityOfElementLocated(By.id("wrapup")));
        board.until(agentState("desk-agent", "WRAP_UP"));
        new Select(agentBrowser.findElement(By.id("disposition"))).selectByValue("WORK_ORDER");
        agentBrowser.findElement(By.id("btn-disposition")).click();
        desk.until(ExpectedConditions.visibilityOfElementLocated(By.id("disposed")));
        agentBrowser.findElement(By.id("btn-ready")).click();
        desk.until(ExpectedConditions.attributeToBe(By.id("state-badge"), "data-state", "READY"));
        board.until(agentState("desk-agent", "READY"));
        desk.until(ExpectedConditions.textToBe(By.id("figure-handled"), "1"));
        Browsers.screenshot(agentBrowser, "desk-agent-after-call");
        assertThat(customerLeg).isNotNull();

        // the large display: the same figures in big type and today's traffic
        leadBrowser.get(url("/wallboard/big"));
        board.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-live-state", "live"));
        board.until(driver -> {
            var total = number(driver, "#total-answered");
            return total != null && total >= answeredBefore + 1;
        });
        board.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#traffic-chart canvas")));
        Browsers.screenshot(leadBrowser, "wallboard-big");
    }

    private WebDriver signIn(String username) {
        var browser = Browsers.chromium();
        browsers.add(browser);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
        return browser;
    }

    /** A caller dials 95598 and presses 2 (billing) once the IVR's greeting is over. */
    private LegId callBilling(String number) {
        var offered = new CopyOnWriteArrayList<TelephonyEvent.CallOffered>();
        var greeted = new CopyOnWriteArrayList<TelephonyEvent.PlaybackFinished>();
        try (var a = events.subscribe(TelephonyEvent.CallOffered.class, offered::add);
             var b = events.subscribe(TelephonyEvent.PlaybackFinished.class, greeted::add)) {
            engine.placeCall(number, "95598");
            var deadline = System.nanoTime() + WAIT.toNanos();
            while (offered.isEmpty() || greeted.stream().noneMatch(p -> p.leg().equals(offered.get(0).leg())
                    && p.tag().equals("ivr-greeting"))) {
                assertThat(System.nanoTime()).as("the IVR greeted the caller").isLessThan(deadline);
                Thread.onSpinWait();
                sleepBriefly();
            }
        }
        var leg = offered.get(0).leg();
        engine.pressDigits(leg, "2");
        return leg;
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> agentState(String username, String state) {
        return driver -> {
            var cells = driver.findElements(By.cssSelector("#agent-rows tr[data-agent='" + username + "'] .agent-state"));
            return !cells.isEmpty() && state.equals(cells.get(0).getAttribute("data-state"));
        };
    }

    /** The number an element shows; null while it shows none yet. */
    private static Integer number(WebDriver driver, String css) {
        var found = driver.findElements(By.cssSelector(css));
        if (found.isEmpty() || !found.get(0).getText().matches("\\d+")) {
            return null;
        }
        return Integer.valueOf(found.get(0).getText());
    }

    private static WebElement agentRow(WebDriver driver, String username) {
        return driver.findElement(By.cssSelector("#agent-rows tr[data-agent='" + username + "']"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
