#pragma once

#include <QByteArray>
#include <QList>

#include <string_view>

namespace crisis::core {

/// Append-only UTF-8 storage in fixed-size chunks: a million quotes without the copies (and the doubled
/// peak memory) of a growing contiguous buffer. A text is addressed by its position, chunk << 22 | offset:
/// up to 1024 chunks of 4 MiB (a text longer than a chunk gets a chunk of its own).
class TextPool
{
public:
    static constexpr int offsetBits = 22;
    static constexpr qsizetype chunkSize = qsizetype(1) << offsetBits;
    static constexpr qsizetype maxChunks = qsizetype(1) << (32 - offsetBits);

    /// Stores text; returns its position.
    quint32 append(std::string_view text);
    std::string_view view(quint32 position, quint32 length) const
    {
        return { m_chunks[static_cast<qsizetype>(position >> offsetBits)].constData() + (position & (chunkSize - 1)),
            length };
    }
    /// Moves other's chunks to the end of this pool; returns what to add to other's positions.
    quint32 take(TextPool&& other);

    qsizetype chunkCount() const { return m_chunks.size(); }
    const QByteArray& chunk(qsizetype index) const { return m_chunks[index]; }
    qint64 bytes() const;

private:
    QList<QByteArray> m_chunks;
};

} // namespace crisis::core
