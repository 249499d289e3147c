package com.bizsync.cli;

import com.bizsync.engine.SchedulerState;
import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.Schedule;
import com.bizsync.settings.ScheduleCalculator;
import com.bizsync.settings.SettingsStore;
import com.bizsync.settings.SqliteSettingsStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bizsync schedule show|set}: the publication schedule of a server without a desktop,
 * saved with the same rules as the console's schedule page.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Shows or sets the publication schedule.",
        subcommands = {ScheduleCommand.Show.class, ScheduleCommand.Set.class})
final class ScheduleCommand implements Callable<Integer> {
    private static final int SHOWN_RUNS = 5;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static void print(SettingsStore store, PrintWriter out) {
        Schedule schedule = store.schedule();
        out.println(describe(schedule));
        Clock clock = Clock.systemDefaultZone();
        for (ZonedDateTime run : ScheduleCalculator.nextRuns(schedule, ZonedDateTime.now(clock), SHOWN_RUNS)) {
            out.println("  " + SchedulerState.when(run));
        }
        out.println(SchedulerState.read(store, clock).sentence());
        out.flush();
    }

    private static String describe(Schedule s) {
        String frequency = Messages.get("engine.cli.schedule.frequency." + s.frequency().name());
        if (s.frequency() == Schedule.Frequency.NONE) {
            return frequency;
        }
        String day = s.weekDay().getDisplayName(java.time.format.TextStyle.FULL, Messages.locale());
        return Messages.get("engine.cli.schedule.describe", frequency, day, s.timesPerDay(), s.firstRun().toString(),
                s.intervalHours(), s.frequency() == Schedule.Frequency.WEEKLY ? 1 : 0);
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints the saved schedule, its next runs and whether the scheduler runs.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (SettingsStore store = SqliteSettingsStore.openDefault()) {
                print(store, spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Saves the schedule (the scheduler applies it within a minute).")
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--frequency", required = true, paramLabel = "none|daily|working-days|weekly",
                description = "How often: none, daily, working-days (Monday to Friday) or weekly.")
        String frequency;

        @Option(names = "--day", paramLabel = "DAY", description = "With weekly: monday … sunday (default monday).")
        String day = "monday";

        @Option(names = "--times", paramLabel = "N", description = "Runs a day, 1 to 24 (default 1).")
        int times = 1;

        @Option(names = "--first", paramLabel = "HH:MM", description = "Time of the first run of the day (default 07:00).")
        String first = "07:00";

        @Option(names = "--interval", paramLabel = "HOURS", description = "Hours between two runs of a day (default 1).")
        int interval = 1;

        @Override
        public Integer call() {
            Schedule schedule = new Schedule(frequency(frequency), weekDay(day), times, time(first), interval);
            try (SettingsStore store = SqliteSettingsStore.openDefault()) {
                store.saveSchedule(schedule);
                PrintWriter out = spec.commandLine().getOut();
                out.println(Messages.get("engine.cli.schedule.saved"));
                print(store, out);
            }
            return 0;
        }

        private static Schedule.Frequency frequency(String text) {
            try {
                return Schedule.Frequency.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new UserError("engine.cli.schedule.badFrequency", text);
            }
        }

        private static DayOfWeek weekDay(String text) {
            try {
                return DayOfWeek.valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserError("engine.cli.schedule.badDay", text);
            }
        }

        private static LocalTime time(String text) {
            try {
                return LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim());
            } catch (DateTimeParseException e) {
                throw new UserError("engine.cli.schedule.badTime", text);
            }
        }
    }
}
