#include <crisis/core/support/textdecode.h>

#include <QStringDecoder>

#include <array>
#include <cstring>
#include <optional>

namespace crisis::core {

namespace {

// Windows-1252's 0x80–0x9F; the five bytes it leaves undefined stand for the C1 controls, as browsers read them.
constexpr std::array<char16_t, 32> windows1252High { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

// The Windows-1252 byte for a code point at or above 0x80, if it has one.
std::optional<unsigned char> windows1252Byte(char32_t cp)
{
    if (cp >= 0xA0 && cp <= 0xFF)
        return static_cast<unsigned char>(cp);
    if (cp >= 0x80 && cp <= 0x9F)
        return static_cast<unsigned char>(cp); // read as Latin-1 rather than Windows-1252
    for (size_t i = 0; i < windows1252High.size(); ++i) {
        if (windows1252High[i] == cp)
            return static_cast<unsigned char>(0x80 + i);
    }
    return std::nullopt;
}

// Decodes the UTF-8 character at i of valid UTF-8; sets its length in bytes.
char32_t decodeAt(const unsigned char* s, qsizetype i, qsizetype* length)
{
    const unsigned char c = s[i];
    if (c < 0x80) {
        *length = 1;
        return c;
    }
    if (c < 0xE0) {
        *length = 2;
        return ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
    }
    if (c < 0xF0) {
        *length = 3;
        return ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
    }
    *length = 4;
    return ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu);
}

// The offset of the first byte that is not valid UTF-8.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    // Only called once the text is known to be broken: a plain walk, character by character.
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char lead = s[i];
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF; // the range of the second byte
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > n || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return n;
}

// Line and column (1-based, in characters) of a byte offset in text that is UTF-8 up to there.
std::pair<int, int> lineAndColumn(const QByteArray& bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return { line, column };
}

Problem errorAt(const QString& file, const QByteArray& bytes, qsizetype offset, const QString& detail)
{
    const auto [line, column] = lineAndColumn(bytes, offset);
    return Problem { Problem::Severity::Error, Problem::Kind::Encoding, file, line, column, detail };
}

std::optional<QByteArray> decodeUtf16(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    if (bytes.size() % 2 != 0)
        return std::nullopt;
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    // A surrogate must pair with one of the other kind; the decoder lets a lone one through.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return std::nullopt;
    }
    return text.toUtf8();
}

QByteArray fromWindows1252(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        text.append(b >= 0x80 && b <= 0x9F ? QChar(windows1252High[b - 0x80]) : QChar(static_cast<char16_t>(b)));
    }
    return text.toUtf8();
}

// Whether the text has "Â", "Ã" or "â" (C3 82, C3 83, C3 A2 in UTF-8): a double-encoded lead byte reads as one of
// them, so text without any has nothing to repair. memchr finds them in a file of hundreds of megabytes at once.
bool mayBeDoubleEncoded(const QByteArray& utf8)
{
    const char* at = utf8.constData();
    const char* const end = at + utf8.size();
    while (at < end) {
        const auto* found = static_cast<const char*>(std::memchr(at, 0xC3, static_cast<size_t>(end - at)));
        if (!found || found + 1 >= end)
            return false;
        const auto next = static_cast<unsigned char>(found[1]);
        if (next == 0x82 || next == 0x83 || next == 0xA2)
            return true;
        at = found + 1;
    }
    return false;
}

} // namespace

int repairDoubleEncoding(QByteArray& utf8)
{
    if (!mayBeDoubleEncoded(utf8))
        return 0;
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.constData());
    const qsizetype n = utf8.size();
    QByteArray out;
    bool building = false;
    qsizetype copiedUpTo = 0; // bytes before this are in out, once building
    int repairs = 0;
    std::string reversed;
    for (qsizetype i = 0; i < n;) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        // A run of characters that Windows-1252 has: what bytes were they read from?
        reversed.clear();
        qsizetype j = i;
        while (j < n && s[j] >= 0x80) {
            qsizetype length = 1;
            const char32_t cp = decodeAt(s, j, &length);
            const auto byte = windows1252Byte(cp);
            if (!byte)
                break;
            reversed.push_back(static_cast<char>(*byte));
            j += length;
        }
        if (j == i) {
            qsizetype length = 1;
            decodeAt(s, i, &length);
            i += length;
            continue;
        }
        // Those bytes as UTF-8 (and not one byte, which is a Latin letter, not a broken sequence), made only of
        // the sequences double decoding leaves behind: Latin-1 letters ("Ã©" for "é", "Â°" for "°") and general
        // punctuation ("â€™" for "’"). Correct text such as "CAFÉ”" or "café »" also reads as valid UTF-8 from
        // other lead bytes, and is left alone.
        const auto typicalLeads = [&] {
            for (const char c : reversed) {
                const auto byte = static_cast<unsigned char>(c);
                if ((byte & 0xC0) != 0x80 && byte != 0xC2 && byte != 0xC3 && byte != 0xE2)
                    return false;
            }
            return true;
        };
        if (reversed.size() >= 2
            && QByteArrayView(reversed.data(), static_cast<qsizetype>(reversed.size())).isValidUtf8()
            && typicalLeads()) {
            if (!building) {
                out.reserve(n);
                building = true;
            }
            out.append(utf8.constData() + copiedUpTo, i - copiedUpTo);
            out.append(reversed.data(), static_cast<qsizetype>(reversed.size()));
            copiedUpTo = j;
            ++repairs;
        }
        i = j;
    }
    if (building) {
        out.append(utf8.constData() + copiedUpTo, n - copiedUpTo);
        utf8 = out;
    }
    return repairs;
}

ParseResult<DecodedText> decodeText(const QByteArray& bytes, const QString& fileName)
{
    ParseResult<DecodedText> result;
    DecodedText& decoded = result.value;
    const auto fail = [&](qsizetype offset, const QString& detail) {
        result.problems.append(errorAt(fileName, bytes, offset, detail));
        return result;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        decoded.utf8 = bytes.mid(3);
        decoded.encoding = QStringLiteral("UTF-8 with a byte order mark");
        if (!decoded.utf8.isValidUtf8())
            return fail(
                3 + firstInvalidUtf8(decoded.utf8), QStringLiteral("not UTF-8, though the file starts as UTF-8 does"));
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        decoded.encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        const auto text = decodeUtf16(
            QByteArrayView(bytes).sliced(2), little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        if (!text) {
            result.problems.append(Problem { Problem::Severity::Error, Problem::Kind::Encoding, fileName, 0, 0,
                QStringLiteral("not valid %1, though the file starts as it does").arg(decoded.encoding) });
            return result;
        }
        decoded.utf8 = *text;
    } else if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        // UTF-16 without a byte order mark: mostly text of the Latin alphabet, every other byte zero.
        qsizetype evenZeros = 0;
        qsizetype oddZeros = 0;
        const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096);
        for (qsizetype i = 0; i < sample; ++i) {
            if (bytes[i] == '\0')
                ++(i % 2 ? oddZeros : evenZeros);
        }
        const qsizetype pairs = sample / 2;
        std::optional<QByteArray> text;
        if (bytes.size() % 2 == 0 && oddZeros > pairs * 3 / 4 && evenZeros == 0) {
            decoded.encoding = QStringLiteral("UTF-16LE");
            text = decodeUtf16(bytes, QStringConverter::Utf16LE);
        } else if (bytes.size() % 2 == 0 && evenZeros > pairs * 3 / 4 && oddZeros == 0) {
            decoded.encoding = QStringLiteral("UTF-16BE");
            text = decodeUtf16(bytes, QStringConverter::Utf16BE);
        }
        if (!text)
            return fail(nul, QStringLiteral("a binary file, not text: it holds a NUL byte here"));
        decoded.utf8 = *text;
    } else if (bytes.isValidUtf8()) {
        decoded.utf8 = bytes;
        decoded.encoding = QStringLiteral("UTF-8");
    } else {
        decoded.utf8 = fromWindows1252(bytes);
        decoded.encoding = QStringLiteral("Windows-1252");
        const auto [line, column] = lineAndColumn(bytes, firstInvalidUtf8(bytes));
        decoded.repair = QStringLiteral("The file is not UTF-8 (from line %1, column %2): read as Windows-1252 "
                                        "(Latin-1).")
                             .arg(QString::number(line), QString::number(column));
    }
    if (const int repairs = repairDoubleEncoding(decoded.utf8); repairs > 0) {
        const QString repaired
            = QStringLiteral("Repaired %1 where UTF-8 had been read as Windows-1252 and written "
                             "again (such as \u201c\u00e2\u20ac\u2122\u201d for \u201c\u2019\u201d).")
                  .arg(repairs == 1 ? QStringLiteral("1 place") : QStringLiteral("%1 places").arg(repairs));
        decoded.repair = decoded.repair.isEmpty() ? repaired : decoded.repair + u' ' + repaired;
    }
    return result;
}

} // namespace crisis::core
