/** The rules of the DOCX accessibility checker and the package reader they share; not public API. */
package dev.editions.docx.internal.check;
