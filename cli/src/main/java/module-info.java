/** The {@code editions} command. The formats and the checkers are found at run time as services. */
module dev.editions.cli {
    requires dev.editions.core;
    requires com.fasterxml.jackson.core;
    requires info.picocli;

    opens dev.editions.cli to info.picocli;
}
