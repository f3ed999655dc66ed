#pragma once

#include <crisis/core/model/partialdate.h>

#include <QStringView>

#include <optional>

// Dates written out in English, as reports, articles and spreadsheets from elsewhere have them. The one reader of
// month names for the table importer and the article reader.
namespace crisis::core {

/// 1 to 12 for a month's English name in full or abbreviated to three or four letters, with or without its dot
/// ("September", "Sept.", "sep"); 0 for anything else ("Marovia", "Septem").
int englishMonthNumber(QStringView name);

/// A date written out in English: "17 May 2013", "17-May-2013", "17th May 2013", "May 17, 2013", "Sept. 2013" (to
/// the month). Nothing for anything else, or for a day the month does not have.
std::optional<PartialDate> parseEnglishDate(QStringView text);

} // namespace crisis::core
