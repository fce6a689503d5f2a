/**
 * The checker SPI: an {@link dev.editions.check.EditionChecker} inspects a written edition for
 * accessibility problems that validators do not see, so builds can fail on them.
 */
package dev.editions.check;
