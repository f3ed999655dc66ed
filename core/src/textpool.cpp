#include <crisis/core/textpool.h>

namespace crisis::core {

quint64 TextPool::append(std::string_view text)
{
    const auto size = static_cast<qsizetype>(text.size());
    if (m_chunks.isEmpty() || m_chunks.last().size() + size > m_chunks.last().capacity()) {
        QByteArray chunk;
        chunk.reserve(std::max(chunkSize, size));
        m_chunks.append(chunk);
    }
    QByteArray& chunk = m_chunks.last();
    const auto position = (static_cast<quint64>(m_chunks.size() - 1) << 32) | static_cast<quint64>(chunk.size());
    chunk.append(text.data(), size);
    return position;
}

quint64 TextPool::take(TextPool&& other)
{
    const auto shift = static_cast<quint64>(m_chunks.size()) << 32;
    m_chunks.append(std::move(other.m_chunks));
    other.m_chunks.clear();
    return shift;
}

qint64 TextPool::bytes() const
{
    qint64 total = 0;
    for (const QByteArray& chunk : m_chunks)
        total += chunk.capacity();
    return total;
}

} // namespace crisis::core
