package hotline.platform.web;

import hotline.platform.ConflictException;
import hotline.platform.NotFoundException;
import hotline.workorder.Status;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Refusals on console pages are said in the reader's language, from the codes and details the exceptions carry. */
class ProblemTextTests {

    final MessageSource messages = new WebConfiguration().messageSource();

    @Test
    void anIllegalTransitionNamesTheThingAndItsStateInTheReadersLanguage() {
        var e = ConflictException.illegalTransition("work order", "GD20261124000123", Status.ARCHIVED, "dispatch");

        assertThat(ProblemText.of(e, messages, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("工单 GD20261124000123 当前为“已归档”，不能执行此操作。请刷新页面查看最新状态。");
        assertThat(ProblemText.of(e, messages, Locale.ENGLISH))
                .startsWith("Work order GD20261124000123 is now Archived, so this cannot be done.");
    }

    @Test
    void aStateWithoutLabelsIsShownAsItIs() {
        var e = ConflictException.illegalTransition("contract", 7, Status.ARCHIVED, "end");

        assertThat(ProblemText.of(e, messages, Locale.ENGLISH)).startsWith("Contract 7 is now ARCHIVED");
    }

    @Test
    void aStaleVersionSaysBothVersions() {
        var e = ConflictException.staleVersion("work order", "GD1", 3, 5);

        assertThat(ProblemText.of(e, messages, Locale.SIMPLIFIED_CHINESE))
                .contains("工单 GD1").contains("第 3 版").contains("第 5 版");
    }

    @Test
    void aDuplicateNamesTheValue() {
        assertThat(ProblemText.of(ConflictException.duplicate("SIP account", "sipUser", "agent7"), messages,
                Locale.SIMPLIFIED_CHINESE)).isEqualTo("SIP 账号“agent7”已存在。");
        var withoutValue = new ConflictException("duplicate", "a time limit for this type exists", Map.of("type", "REPAIR"));
        assertThat(ProblemText.of(withoutValue, messages, Locale.ENGLISH))
                .isEqualTo("A record with the same unique value already exists.");
    }

    @Test
    void otherConflictsHaveTheirOwnTextAndUnknownCodesKeepTheirMessage() {
        var pending = new ConflictException("extension-pending", "work order GD1 already has a pending extension request",
                Map.of("workOrder", "GD1"));
        assertThat(ProblemText.of(pending, messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("该工单已有待审批的延期申请。");

        var unknown = new ConflictException("no-such-code", "something English", Map.of());
        assertThat(ProblemText.of(unknown, messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("something English");
    }

    @Test
    void aMissingThingIsNamedFromTheBundles() {
        assertThat(ProblemText.of(new NotFoundException("work order", 99999L), messages, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("未找到工单 99999。");
    }

    @Test
    void everyConflictCodeThrownInTheCodeHasATextInBothLanguages() throws Exception {
        var codes = new java.util.TreeSet<String>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            var pattern = java.util.regex.Pattern.compile("new (?:hotline\\.platform\\.)?ConflictException\\(\"([a-z-]+)\"");
            for (var file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = pattern.matcher(java.nio.file.Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        assertThat(codes).contains("illegal-transition", "stale-version", "extension-pending");
        for (String code : codes) {
            for (Locale locale : new Locale[]{Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                assertThat(messages.getMessage("error.conflict." + code, null, null, locale))
                        .as("error.conflict.%s in %s", code, locale).isNotBlank();
            }
        }
    }
}
