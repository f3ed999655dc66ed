#include <crisis/core/columnar/textpool.h>

namespace crisis::core {

quint32 TextPool::append(std::string_view text)
{
    const auto size = static_cast<qsizetype>(text.size());
    // A text longer than a chunk starts a chunk of its own, so its offset (0) always fits.
    if (m_chunks.isEmpty() || m_chunks.last().size() + size > std::max(chunkSize, m_chunks.last().capacity())
        || (size > chunkSize && !m_chunks.last().isEmpty())) {
        if (m_chunks.size() >= maxChunks)
            qFatal("TextPool: more than %lld chunks of text", static_cast<long long>(maxChunks));
        QByteArray chunk;
        chunk.reserve(std::max(chunkSize, size));
        m_chunks.append(chunk);
    }
    QByteArray& chunk = m_chunks.last();
    const auto position
        = (static_cast<quint32>(m_chunks.size() - 1) << offsetBits) | static_cast<quint32>(chunk.size());
    chunk.append(text.data(), size);
    return position;
}

quint32 TextPool::take(TextPool&& other)
{
    if (m_chunks.size() + other.m_chunks.size() > maxChunks)
        qFatal("TextPool: more than %lld chunks of text", static_cast<long long>(maxChunks));
    const auto shift = static_cast<quint32>(m_chunks.size()) << offsetBits;
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
