package hotline.telephony.sip;

import hotline.desk.Browsers;
import hotline.identity.NewUser;
import hotline.identity.Users;
import hotline.organization.Channel;
import hotline.organization.NewSkill;
import hotline.organization.Skills;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.routing.QueueDraft;
import hotline.routing.Routing;
import hotline.routing.Strategy;
import hotline.telephony.Recordings;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.TelephonyEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The browser softphone against real peers: Kamailio (the repository's WebSocket edge config) and rtpengine start on
 * loopback in front of the running application with the SIP adapter; headless chromium signs in as an agent, and the
 * desk's softphone registers through the WebSocket with the SIP account the desk provisioned for the agent. sipp calls the hotline from the
 * "trunk"; the IVR queues the caller, routing rings the agent, the browser rings, the agent answers with the desk's
 * Answer button, talks (a fake microphone playing a WAV), the browser hears the caller, and hangs up from the desk.
 * The contact's recording must hold the caller's speech on the left (correlation against the clip sipp streamed)
 * and the agent's voice, which only the browser sends, on the right.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SoftphoneCallTests {

    static final Duration WAIT = Duration.ofSeconds(40);
    static final String PASSWORD = "softphone-secret-1";
    static final String AGENT = "soft-agent";

    @TempDir
    static Path dir;
    static SipPeers peers;
    static WebRtcEdge edge;
    static final int SIP_PORT = SipPeers.freeUdpPort();
    static final int WS_PORT = WebRtcEdge.freeTcpPort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("hotline.test.own-database", () -> "softphone");
        registry.add("hotline.desk.tick", () -> "100ms");
        registry.add("hotline.telephony.adapter", () -> "sip");
        registry.add("hotline.telephony.sip.port", () -> SIP_PORT);
        registry.add("hotline.telephony.sip.domain", () -> "hotline.test");
        // outside the data directory: the archive keeps its own copy and leaves the switch's file for the test
        registry.add("hotline.telephony.sip.recordings", () -> dir.resolve("switch-recordings").toString());
        registry.add("hotline.telephony.softphone.websocket", () -> "ws://127.0.0.1:" + WS_PORT);
        // the headset setting: the browser's echo canceller and noise suppressor reshape the agent's speech, which
        // left the recording matching the microphone's clip only loosely (and, on a loaded machine, too loosely)
        registry.add("hotline.telephony.softphone.audio-processing", () -> "false");
        // a short IVR: no key pressed sends the caller to BILLING
        registry.add("hotline.telephony.ivr.greeting", () -> "tts:Welcome.");
        registry.add("hotline.telephony.ivr.menu", () -> "tts:Please hold.");
        registry.add("hotline.telephony.ivr.invalid", () -> "tts:OK.");
        registry.add("hotline.telephony.ivr.please-hold", () -> "tts:One moment.");
        registry.add("hotline.telephony.ivr.default-queue", () -> "BILLING");
        registry.add("hotline.telephony.ivr.digit-timeout", () -> "PT1S");
        registry.add("hotline.telephony.ivr.attempts", () -> "1");
    }

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired Skills skills;
    @Autowired Routing routing;
    @Autowired SipAccounts sipAccounts;
    @Autowired TelephonyEvents events;
    @Autowired Recordings recordings;
    @Autowired JdbcClient jdbc;

    WebDriver browser;

    @BeforeAll
    static void startTheEdge() {
        SipPeers.require("sipp", "sox", "espeak-ng", "kamailio", "rtpengine");
        peers = new SipPeers(dir);
        edge = WebRtcEdge.start(peers, dir, WS_PORT, SIP_PORT);
    }

    @AfterAll
    static void stopTheEdge() {
        if (peers != null) {
            peers.close();
        }
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAgentAnswersACallInTheBrowserAndTheRecordingHoldsBothVoices() throws Exception {
        var callerSpeech = peers.speech("caller", "en-us",
                "Hello, my power went out this morning. My account number is four four seven one two.", 1);
        var callerClip = loopable(peers.ulaw(callerSpeech));
        // longer than the call: chromium starts the file when the microphone opens, so no loop seam is recorded
        var agentSpeech = peers.speech("agent", "en-us",
                "Good morning, this is the power hotline, Zhao speaking. How can I help you? I can see the outage in "
                        + "your district on my screen. The repair crew is on its way and power should be back by noon.",
                1);
        var microphone = dir.resolve("microphone.wav");
        peers.run("sox", agentSpeech.toString(), "-r", "48000", "-b", "16", "-c", "1", microphone.toString());

        var agent = SystemActor.call(() -> users.create(new NewUser(AGENT, "赵坐席", PASSWORD, null, null,
                Set.of(Role.AGENT))));
        SystemActor.run(() -> {
            if (skills.list().stream().noneMatch(s -> s.code().equals("billing"))) {
                skills.create(new NewSkill("billing", "电费咨询", Channel.VOICE, "desk"));
            }
            skills.setSkills(agent.id(), Map.of("billing", 3));
            if (routing.queues().stream().noneMatch(q -> q.code().equals("BILLING"))) {
                routing.createQueue(new QueueDraft("BILLING", "电费咨询", Channel.VOICE, Map.of("billing", 2), 0,
                        Strategy.LONGEST_IDLE, 80, 20, null, null, false, null, 1, 30, 60, true, null));
            }
        });
        var finished = new CopyOnWriteArrayList<TelephonyEvent.RecordingFinished>();
        events.subscribe(TelephonyEvent.RecordingFinished.class, finished::add);

        browser = Browsers.chromium(List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + microphone, "--autoplay-policy=no-user-gesture-required",
                "--allow-loopback-in-peer-connection", "--disable-features=WebRtcHideLocalIpsWithMdns",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic"));
        signIn();
        var desk = new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class);
        browser.get(url("/desk"));
        desk.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-live-state", "live"));
        desk.until(ExpectedConditions.attributeToBe(By.id("softphone-status"), "data-state", "registered"));
        // nobody issued a SIP account: the desk gave the agent one named after them for the softphone
        assertThat(browser.findElement(By.id("softphone-identity")).getText()).isEqualTo(AGENT);
        assertThat(sipAccounts.softphone(agent.id(), AGENT)).isPresent();
        assertThat(jdbc.sql("select count(*) from audit.audit_entry where entity_type = 'sip-account'"
                        + " and entity_id = ? and action = 'provision' and after::text not like '%ha1%'")
                .param(AGENT).query(Long.class).single()).as("the softphone account's creation is audited").isOne();
        browser.findElement(By.id("btn-ready")).click();
        desk.until(ExpectedConditions.attributeToBe(By.id("state-badge"), "data-state", "READY"));

        var caller = peers.sippCallerUntilHungUp(SIP_PORT, "13900001111", "95598", callerClip);

        // routing rings the agent: the browser rings and the desk offers the contact
        desk.until(ExpectedConditions.attributeToBe(By.id("softphone-status"), "data-state", "ringing"));
        desk.until(ExpectedConditions.attributeToBe(By.id("contact-status"), "data-status", "OFFERED"));
        assertThat(browser.findElement(By.id("contact-caller")).getText()).isEqualTo("13900001111");
        desk.until(ExpectedConditions.elementToBeClickable(By.id("btn-answer"))).click();
        desk.until(ExpectedConditions.attributeToBe(By.id("softphone-status"), "data-state", "talking"));
        desk.until(ExpectedConditions.attributeToBe(By.id("contact-status"), "data-status", "CONNECTED"));
        desk.until(ExpectedConditions.attributeToBe(By.id("state-badge"), "data-state", "ON_CONTACT"));
        var contactId = UUID.fromString(browser.findElement(By.id("disposition-contact")).getAttribute("value"));
        assertThat(browser.findElement(By.id("softphone-mute")).isEnabled()).isTrue();

        // the browser hears the caller: wait for eight seconds of the caller's packets with sound in them
        var heard = desk.until(driver -> {
            var stats = stats(driver);
            return stats != null && ((Number) stats.get("packetsReceived")).longValue() >= 400
                    && ((Number) stats.get("audioEnergy")).doubleValue() > 0 ? stats : null;
        });
        assertThat(((Number) heard.get("packetsSent")).longValue()).as("the browser sends the agent's voice")
                .isPositive();
        assertThat(heard.get("echoCancellation")).as("the microphone as the deployment set it").isEqualTo(false);
        assertThat(((JavascriptExecutor) browser).executeScript(
                "const a = document.getElementById('softphone-audio'); return a.srcObject !== null && !a.paused;"))
                .as("the caller's voice plays in the page's audio element").isEqualTo(true);
        Browsers.screenshot(browser, "softphone-on-call");

        browser.findElement(By.id("btn-hang-up")).click();
        desk.until(ExpectedConditions.attributeToBe(By.id("state-badge"), "data-state", "WRAP_UP"));
        desk.until(ExpectedConditions.attributeToBe(By.id("softphone-status"), "data-state", "registered"));
        assertThat(SipPeers.waitFor(caller, WAIT)).as("sipp: %s\n%s", peers.log("sipp-13900001111.log"),
                edge.logs()).isZero();

        var recording = await().atMost(WAIT).until(() -> finished.stream()
                .filter(r -> r.key().contains(contactId.toString())).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        var file = Path.of(recording.uri());
        keep(file, callerSpeech, agentSpeech);
        var left = AudioCheck.channel(file, 0);
        var right = AudioCheck.channel(file, 1);
        // each recorded half second is looked for anywhere in the clip, so a loaded machine's slips and gaps cost only
        // the windows they cut; speech matches another voice's only by chance, which the crossed checks bound
        var callerLoop = looped(AudioCheck.channel(callerSpeech, 0), left.length);
        var agentClip = AudioCheck.channel(agentSpeech, 0);
        double callerLeft = AudioCheck.shareMatchedAnywhere(left, callerLoop, 0.9);
        double agentRight = AudioCheck.shareMatchedAnywhere(right, agentClip, 0.9);
        double callerRight = AudioCheck.shareMatchedAnywhere(right, callerLoop, 0.6);
        System.out.printf("softphone call: recording %.1f s, caller on the left %.2f, agent on the right %.2f, "
                + "caller on the right %.2f, browser %s%n", recording.seconds(), callerLeft, agentRight, callerRight,
                heard);
        assertThat(callerLeft).as("the caller's speech on the left").isGreaterThan(0.6);
        assertThat(AudioCheck.rms(right)).as("the agent's voice from the browser on the right").isGreaterThan(0.01);
        assertThat(agentRight).as("the agent's speech from the browser's microphone on the right").isGreaterThan(0.6);
        assertThat(callerRight).as("the caller's speech is not what they hear").isLessThan(0.2);
        await().atMost(WAIT).until(() -> SystemActor.call(() -> recordings.forContact(contactId)).size() == 1);
    }

    /** The recording and both clips in target/softphone-call/ for a person to listen to when the test fails. */
    private static void keep(Path... files) throws java.io.IOException {
        var kept = Path.of("target", "softphone-call");
        Files.createDirectories(kept);
        for (var file : files) {
            Files.copy(file, kept.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The clip padded with u-law silence to whole 20 ms packets, so sipp's loop repeats it without a seam. */
    private static Path loopable(Path ulaw) throws Exception {
        var bytes = Files.readAllBytes(ulaw);
        var padded = java.util.Arrays.copyOf(bytes, (bytes.length + 159) / 160 * 160);
        java.util.Arrays.fill(padded, bytes.length, padded.length, (byte) 0xFF);
        Files.write(ulaw, padded);
        return ulaw;
    }

    /** {@code clip} repeated past {@code length} in whole 20 ms packets, as sipp loops it. */
    private static short[] looped(short[] clip, int length) {
        int period = (clip.length + 159) / 160 * 160;
        var out = new short[length + 2 * period];
        for (int i = 0; i < out.length; i++) {
            int at = i % period;
            out[i] = at < clip.length ? clip[at] : 0;
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stats(WebDriver driver) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "window.HotlineSoftphone.stats().then(done, function () { done(null); });");
    }

    private void signIn() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(AGENT);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
