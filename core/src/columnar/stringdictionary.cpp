#include <crisis/core/columnar/stringdictionary.h>
#include <crisis/core/support/bytehash.h>

namespace crisis::core {

StringDictionary::StringDictionary()
    : m_slots(64, 0)
{
    intern(std::string_view());
}

quint64 StringDictionary::hash(std::string_view bytes)
{
    return hashBytes(bytes, 0x9e3779b9U);
}

quint32 StringDictionary::intern(std::string_view utf8)
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash(utf8) & mask;; i = (i + 1) & mask) {
        const quint32 slot = m_slots[i];
        if (slot == 0) {
            const auto code = static_cast<quint32>(m_texts.size());
            m_utf8.emplace_back(utf8);
            m_texts.append(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
            m_slots[i] = code + 1;
            if (m_texts.size() * 2 > static_cast<qsizetype>(m_slots.size()))
                grow();
            return code;
        }
        if (m_utf8[slot - 1] == utf8)
            return slot - 1;
    }
}

quint32 StringDictionary::intern(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return intern(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

qint64 StringDictionary::find(QStringView text) const
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view key(utf8.constData(), static_cast<size_t>(utf8.size()));
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash(key) & mask;; i = (i + 1) & mask) {
        const quint32 slot = m_slots[i];
        if (slot == 0)
            return -1;
        if (m_utf8[slot - 1] == key)
            return slot - 1;
    }
}

void StringDictionary::grow()
{
    std::vector<quint32> slots(m_slots.size() * 2, 0);
    const size_t mask = slots.size() - 1;
    for (size_t code = 0; code < m_utf8.size(); ++code) {
        size_t i = hash(m_utf8[code]) & mask;
        while (slots[i] != 0)
            i = (i + 1) & mask;
        slots[i] = static_cast<quint32>(code + 1);
    }
    m_slots = std::move(slots);
}

} // namespace crisis::core
