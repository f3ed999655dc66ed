#include <crisis/core/support/englishdates.h>

#include <QDate>
#include <QRegularExpression>
#include <QString>

#include <array>

namespace crisis::core {

int englishMonthNumber(QStringView name)
{
    static constexpr std::array names { u"january", u"february", u"march", u"april", u"may", u"june", u"july",
        u"august", u"september", u"october", u"november", u"december" };
    if (name.endsWith(u'.'))
        name.chop(1);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const QStringView full(names.at(i));
        const bool abbreviation = name.size() >= 3 && name.size() <= 4 && full.startsWith(name, Qt::CaseInsensitive);
        if (abbreviation || name.compare(full, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i) + 1;
    }
    return 0;
}

std::optional<PartialDate> parseEnglishDate(QStringView text)
{
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-.]+([A-Za-z]{3,}\\.?)[\\s\\-.,]+(\\d{4})$"));
    static const QRegularExpression monthFirst(
        QStringLiteral("^([A-Za-z]{3,}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$"));
    static const QRegularExpression monthOnly(QStringLiteral("^([A-Za-z]{3,}\\.?)[\\s\\-,]+(\\d{4})$"));
    const QStringView trimmed = text.trimmed();
    QStringView day;
    QStringView month;
    QStringView year;
    if (const auto match = dayFirst.match(trimmed); match.hasMatch()) {
        day = match.capturedView(1);
        month = match.capturedView(2);
        year = match.capturedView(3);
    } else if (const auto match = monthFirst.match(trimmed); match.hasMatch()) {
        month = match.capturedView(1);
        day = match.capturedView(2);
        year = match.capturedView(3);
    } else if (const auto match = monthOnly.match(trimmed); match.hasMatch()) {
        month = match.capturedView(1);
        year = match.capturedView(2);
    } else {
        return std::nullopt;
    }
    const int monthNumber = englishMonthNumber(month);
    const int yearNumber = year.toInt();
    const int dayNumber = day.isEmpty() ? 0 : day.toInt();
    if (monthNumber == 0 || yearNumber < 1
        || (!day.isEmpty() && (dayNumber < 1 || !QDate(yearNumber, monthNumber, dayNumber).isValid())))
        return std::nullopt;
    return PartialDate::fromParts(yearNumber, monthNumber, dayNumber);
}

} // namespace crisis::core
