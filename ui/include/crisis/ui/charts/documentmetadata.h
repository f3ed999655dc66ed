#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace crisis::ui {

/// Text as XML character data or attribute value: & < > " ' escaped, and the characters XML 1.0 cannot hold
/// at all, not even as references (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF;
/// unpaired surrogates), left out.
QString xmlEscaped(QStringView text);

/// UTF-8 XML without the characters XML 1.0 cannot hold (see xmlEscaped): a document a parser reads whatever
/// text was drawn into it.
QByteArray withoutXmlInvalidCharacters(QByteArray utf8);

/// An SVG that QSvgGenerator wrote, finished: each mark (a text it was given as the title or description, made
/// of letters, digits and '-') is replaced by its text, XML-escaped (Qt 6.4 writes them as they are), and the
/// characters XML cannot hold are dropped everywhere, so that no text from the data can become markup.
QByteArray finishSvg(QByteArray svg, const QList<std::pair<QString, QString>>& textOfMark);

/// XMP metadata for QPdfWriter::setDocumentXmpMetadata: the title, the subject (a description of the page,
/// for a screen reader) and the language (BCP 47, "en").
QByteArray pdfXmpMetadata(const QString& title, const QString& subject, const QString& language);

/// A PDF that QPdfWriter wrote, with what Qt 6.4 has no setter for: the document information's subject and
/// the catalog's language, and viewers asked to show the title rather than the file name. Appended as an
/// incremental update (the two objects written again, a cross-reference section for them and a trailer), as PDF
/// allows; a PDF without the classic cross-reference table and trailer Qt writes comes back unchanged.
QByteArray withPdfDocumentInfo(QByteArray pdf, const QString& title, const QString& subject, const QString& language);

} // namespace crisis::ui
