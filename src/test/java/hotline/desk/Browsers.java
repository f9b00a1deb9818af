package hotline.desk;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Headless chromium from the operating system, driven through its own chromedriver (no Selenium Manager download).
 * A missing browser fails the test: CI installs both ({@code .ci/run}).
 */
public final class Browsers {

    private Browsers() {
    }

    public static WebDriver chromium() {
        return chromium(List.of());
    }

    /** Chromium with further command-line switches (a fake microphone for the softphone, for instance). */
    public static WebDriver chromium(List<String> extraArguments) {
        var driver = first("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        var browser = first("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        if (driver == null || browser == null) {
            throw new AssertionError("browser tests need chromium and chromedriver (apt-get install chromium "
                    + "chromium-driver; .ci/run does): found driver " + driver + ", browser " + browser);
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1440,1000", "--lang=zh-CN");
        options.addArguments(extraArguments);
        // the console speaks the browser's language: the screenshots show what a Chinese center sees
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        return new ChromeDriver(service, options);
    }

    private static String first(String... candidates) {
        for (var path : List.of(candidates)) {
            if (Files.isExecutable(Path.of(path))) {
                return path;
            }
        }
        return null;
    }

    public static Path screenshot(WebDriver driver, String name) {
        try {
            var dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            var file = dir.resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
