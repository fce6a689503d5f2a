package dev.editions.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command in this JVM: its exit code and what it printed.
 *
 * @param code the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CommandRun(int code, String out, String err) {
    /** Runs the command with {@code args}. */
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(code, out.toString(), err.toString());
    }
}
