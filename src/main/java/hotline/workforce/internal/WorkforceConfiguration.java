package hotline.workforce.internal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import hotline.workforce.internal.schedule.Roster;
import hotline.workforce.internal.schedule.RosterSolving;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Timefold wired by hand: its 1.x Spring starter does not run on Boot 4 (ADR 0043). One solver thread at a time: the
 * machine is shared with the contact center itself, and a second solve waits in line.
 */
@Configuration(proxyBeanMethods = false)
class WorkforceConfiguration {

    @Bean
    SolverFactory<Roster> rosterSolverFactory() {
        return SolverFactory.create(RosterSolving.config(Duration.ofSeconds(60)));
    }

    @Bean(destroyMethod = "close")
    SolverManager<Roster, Long> rosterSolverManager(SolverFactory<Roster> factory) {
        return SolverManager.create(factory, new SolverManagerConfig().withParallelSolverCount("1"));
    }

    @Bean
    SolutionManager<Roster, HardMediumSoftScore> rosterSolutionManager(SolverFactory<Roster> factory) {
        return SolutionManager.create(factory);
    }
}
