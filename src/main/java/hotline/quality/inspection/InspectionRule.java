package hotline.quality.inspection;

import java.util.List;

/**
 * One automatic-inspection rule as an administrator configures it (bilingual names; the code is stable).
 *
 * @param phrases   forbidden words or required phrases, one entry each, variants separated by {@code |}
 * @param speaker   whose speech a phrase rule reads: AGENT (the default) or CALLER
 * @param phase     where a required phrase must be said: GREETING (the first {@code windowSeconds} of the agent's
 *                  speech), CLOSING (the last {@code windowSeconds}) or ANYWHERE
 * @param threshold SILENCE and TALK_OVER: seconds; LONG_HOLD: seconds on hold; SPEECH_RATE: characters a minute
 * @param itemCode  the scorecard item a hit pre-fills (null: none)
 * @param violation whether a hit counts against the agent, or is only worth a look
 */
record InspectionRule(long id, String code, String nameZh, String nameEn, Kind kind, List<String> phrases,
                      String speaker, Phase phase, int windowSeconds, double threshold, String itemCode,
                      boolean violation, boolean enabled, int version) {

    InspectionRule {
        phrases = List.copyOf(phrases);
    }

    public enum Kind {
        FORBIDDEN_WORDS, REQUIRED_PHRASE, SILENCE, TALK_OVER, LONG_HOLD, SPEECH_RATE
    }

    public enum Phase {
        GREETING, CLOSING, ANYWHERE
    }

    public String name(java.util.Locale locale) {
        return locale != null && locale.getLanguage().equals("zh") ? nameZh : nameEn;
    }
}
