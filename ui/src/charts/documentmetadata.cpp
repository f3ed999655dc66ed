#include <crisis/ui/charts/documentmetadata.h>

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace crisis::ui {

namespace {

bool isXmlCharacter(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

// A PDF text string: UTF-16BE with its byte order mark, in hexadecimal, so that no character needs escaping.
QByteArray pdfString(const QString& text)
{
    QByteArray utf16;
    utf16.reserve(2 + text.size() * 2);
    utf16.append(static_cast<char>(0xFE));
    utf16.append(static_cast<char>(0xFF));
    for (const QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() >> 8));
        utf16.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

// Where the cross-reference table starting at `xref` puts object `number`: its offset, or -1. (Qt writes a
// classic table, "xref", then subsections of "FIRST COUNT" and 20-byte entries.)
qsizetype objectOffset(const QByteArray& pdf, qsizetype xref, int number)
{
    if (!pdf.mid(xref, 4).startsWith("xref"))
        return -1;
    qsizetype at = xref + 4;
    const auto line = [&] {
        while (at < pdf.size() && (pdf.at(at) == '\r' || pdf.at(at) == '\n' || pdf.at(at) == ' '))
            ++at;
        const qsizetype end = pdf.indexOf('\n', at);
        QByteArray text = pdf.mid(at, end < 0 ? -1 : end - at).trimmed();
        at = end < 0 ? pdf.size() : end + 1;
        return text;
    };
    for (;;) {
        const QList<QByteArray> head = line().split(' ');
        bool firstOk = false;
        bool countOk = false;
        const int first = head.value(0).toInt(&firstOk);
        const int count = head.value(1).toInt(&countOk);
        if (head.size() != 2 || !firstOk || !countOk)
            return -1; // "trailer", or not a table
        if (number >= first && number < first + count) {
            at += static_cast<qsizetype>(number - first) * 20;
            const QByteArray entry = pdf.mid(at, 20);
            bool ok = false;
            const qsizetype offset = entry.left(10).toLongLong(&ok);
            return ok && entry.mid(17, 1) == "n" ? offset : -1;
        }
        at += static_cast<qsizetype>(count) * 20;
    }
}

// The text of object `number` between "N G obj" and "endobj", found through the cross-reference table.
QByteArray objectText(const QByteArray& pdf, qsizetype xref, int number, int generation)
{
    const qsizetype offset = objectOffset(pdf, xref, number);
    const QByteArray head = QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj";
    if (offset < 0 || !pdf.mid(offset, head.size()).startsWith(head))
        return {};
    const qsizetype end = pdf.indexOf("endobj", offset);
    return end < 0 ? QByteArray() : pdf.mid(offset + head.size(), end - offset - head.size());
}

// The inside of the dictionary an object holds ("<< /Type /Catalog ... >>" gives " /Type /Catalog ... ").
std::optional<QByteArray> dictionaryBody(const QByteArray& object)
{
    const qsizetype open = object.indexOf("<<");
    const qsizetype close = object.lastIndexOf(">>");
    if (open < 0 || close < open)
        return std::nullopt;
    return object.mid(open + 2, close - open - 2);
}

// A cross-reference entry: exactly 20 bytes.
QByteArray xrefEntry(qsizetype offset, int generation)
{
    return QByteArray::number(offset).rightJustified(10, '0') + ' '
        + QByteArray::number(generation).rightJustified(5, '0') + " n\r\n";
}

} // namespace

QString xmlEscaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (!isXmlCharacter(c.unicode()))
            continue; // a control character, a lone surrogate, U+FFFE or U+FFFF
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&apos;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray withoutXmlInvalidCharacters(QByteArray utf8)
{
    // The C0 controls are single bytes that never occur inside a multi-byte sequence; U+FFFE and U+FFFF are
    // EF BF BE and EF BF BF. (QString::toUtf8 writes no surrogates.)
    qsizetype to = 0;
    const qsizetype size = utf8.size();
    char* data = utf8.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            continue;
        if (c == 0xEF && i + 2 < size && static_cast<unsigned char>(data[i + 1]) == 0xBF
            && (static_cast<unsigned char>(data[i + 2]) & 0xFE) == 0xBE) {
            i += 2;
            continue;
        }
        data[to++] = data[i];
    }
    utf8.truncate(to);
    return utf8;
}

QByteArray finishSvg(QByteArray svg, const QList<std::pair<QString, QString>>& textOfMark)
{
    for (const auto& [mark, text] : textOfMark) {
        const QByteArray from = mark.toUtf8();
        const qsizetype at = svg.indexOf(from);
        if (at >= 0)
            svg.replace(at, from.size(), xmlEscaped(text).toUtf8());
    }
    return withoutXmlInvalidCharacters(std::move(svg));
}

QByteArray pdfXmpMetadata(const QString& title, const QString& subject, const QString& language)
{
    const auto alt = [](const QString& text) {
        return QStringLiteral("<rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>").arg(xmlEscaped(text));
    };
    const QString xmp = QStringLiteral("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                                       "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                                       "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                                       "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                                       "<dc:format>application/pdf</dc:format>\n"
                                       "<dc:title>%1</dc:title>\n"
                                       "<dc:description>%2</dc:description>\n"
                                       "<dc:language><rdf:Bag><rdf:li>%3</rdf:li></rdf:Bag></dc:language>\n"
                                       "<xmp:CreatorTool>Crisis Timeline</xmp:CreatorTool>\n"
                                       "</rdf:Description>\n"
                                       "</rdf:RDF>\n"
                                       "</x:xmpmeta>\n"
                                       "<?xpacket end=\"w\"?>")
                            .arg(alt(title), alt(subject), xmlEscaped(language));
    return xmp.toUtf8();
}

QByteArray withPdfDocumentInfo(QByteArray pdf, const QString& title, const QString& subject, const QString& language)
{
    // The last cross-reference section and the trailer before it.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return pdf;
    bool ok = false;
    const qint64 previous = pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startxref);
    if (!ok || trailerAt < 0)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxref - trailerAt));
    const auto reference = [&](const QString& key) -> std::optional<std::pair<int, int>> {
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("/%1\\s+(\\d+)\\s+(\\d+)\\s+R").arg(key)).match(trailer);
        if (!match.hasMatch())
            return std::nullopt;
        return std::pair { match.captured(1).toInt(), match.captured(2).toInt() };
    };
    const QRegularExpressionMatch sizeMatch = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const auto root = reference(QStringLiteral("Root"));
    if (!sizeMatch.hasMatch() || !root)
        return pdf;
    int size = sizeMatch.captured(1).toInt();
    const auto catalog = dictionaryBody(objectText(pdf, previous, root->first, root->second));
    if (!catalog || !catalog->contains("/Catalog"))
        return pdf;
    auto info = reference(QStringLiteral("Info"));
    if (!info)
        info = std::pair { size++, 0 };

    QByteArray dictionary = *catalog;
    if (!dictionary.contains("/Lang"))
        dictionary += "/Lang " + pdfString(language) + '\n';
    if (!dictionary.contains("/ViewerPreferences"))
        dictionary += "/ViewerPreferences << /DisplayDocTitle true >>\n";

    if (!pdf.endsWith('\n'))
        pdf += '\n';
    QList<std::pair<int, QByteArray>> entries;
    const auto add = [&](std::pair<int, int> object, const QByteArray& body) {
        entries.append({ object.first, xrefEntry(pdf.size(), object.second) });
        pdf += QByteArray::number(object.first) + ' ' + QByteArray::number(object.second) + " obj\n<<\n" + body
            + ">>\nendobj\n";
    };
    const QByteArray infoBody = "/Title " + pdfString(title) + "\n/Subject " + pdfString(subject) + "\n/Creator "
        + pdfString(QStringLiteral("Crisis Timeline")) + "\n/Producer "
        + pdfString(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())) + "\n/CreationDate ("
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toLatin1() + ")\n";
    add(*info, infoBody);
    add(*root, dictionary);
    std::sort(entries.begin(), entries.end());
    const qsizetype xref = pdf.size();
    pdf += "xref\n";
    for (const auto& [number, entry] : std::as_const(entries))
        pdf += QByteArray::number(number) + " 1\n" + entry;
    pdf += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Root " + QByteArray::number(root->first) + ' '
        + QByteArray::number(root->second) + " R\n/Info " + QByteArray::number(info->first) + ' '
        + QByteArray::number(info->second) + " R\n/Prev " + QByteArray::number(previous) + '\n';
    // The file's identifier, where it has one, stays the same through an update.
    const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("/ID\\s*\\[[^\\]]*\\]")).match(trailer);
    if (id.hasMatch())
        pdf += id.captured(0).toLatin1() + '\n';
    pdf += ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace crisis::ui
