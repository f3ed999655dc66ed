#pragma once

#include <QList>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace crisis::core {

/// Strings that repeat down a column (metrics, subjects, qualifiers), each stored once and named by a dense
/// code. Code 0 is always the empty string.
class StringDictionary
{
public:
    StringDictionary();

    /// The code of text, adding it if new.
    quint32 intern(std::string_view utf8);
    quint32 intern(const QString& text);
    /// The code of text, or -1 if it is not in the dictionary.
    qint64 find(QStringView text) const;

    const QString& text(quint32 code) const { return m_texts[code]; }
    std::string_view utf8(quint32 code) const { return m_utf8[code]; }
    qsizetype size() const { return m_texts.size(); }

private:
    void grow();
    static quint64 hash(std::string_view bytes);

    QList<QString> m_texts;
    std::vector<std::string> m_utf8;
    // Open addressing: code + 1, or 0 for an empty slot.
    std::vector<quint32> m_slots;
};

} // namespace crisis::core
