#pragma once

#include <QList>
#include <QStringView>

namespace crisis::core {

/// A number as written in prose: "2,728", "$835 million", "112.5", "80%", "six", "half".
struct NumberMention
{
    /// UTF-16 index and length of the whole expression in the scanned text.
    qsizetype start = 0;
    qsizetype length = 0;
    double value = 0;
    bool percent = false;
    bool currency = false;
    /// Written in words ("six", "half") rather than digits.
    bool words = false;
};

/// Finds the numbers written in text, in order.
QList<NumberMention> scanNumbers(QStringView text);

/// True if text writes value: as a number ("2,728", "11 million", "$112.5 million"), a percentage (80 as
/// "80%", 0.5 as "50%") or a word ("six", "half").
bool isValueWrittenIn(double value, QStringView text);

} // namespace crisis::core
