#pragma once

#include <QByteArray>
#include <QList>

#include <string_view>

namespace crisis::core {

/// Append-only UTF-8 storage in fixed-size chunks: a million quotes without the copies (and the doubled
/// peak memory) of a growing contiguous buffer. A text is addressed by its position: chunk << 32 | offset.
class TextPool
{
public:
    static constexpr qsizetype chunkSize = qsizetype(1) << 22;

    /// Stores text; returns its position.
    quint64 append(std::string_view text);
    std::string_view view(quint64 position, quint32 length) const
    {
        return { m_chunks[static_cast<qsizetype>(position >> 32)].constData() + (position & 0xffffffffU), length };
    }
    /// Moves other's chunks to the end of this pool; returns what to add to other's positions.
    quint64 take(TextPool&& other);

    qsizetype chunkCount() const { return m_chunks.size(); }
    const QByteArray& chunk(qsizetype index) const { return m_chunks[index]; }
    qint64 bytes() const;

private:
    QList<QByteArray> m_chunks;
};

} // namespace crisis::core
