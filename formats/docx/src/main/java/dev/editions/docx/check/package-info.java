/**
 * A DOCX accessibility checker after Microsoft's Accessibility Checker rules, read straight from the
 * package XML so it runs anywhere, without Word.
 */
package dev.editions.docx.check;
