#pragma once

// What a ChangeFollower keeps on its thread (private to changefeed.cpp; a header of its own for moc).

#include <crisis/core/storage/revision.h>
#include <crisis/core/storage/storelocation.h>

#include <QObject>

namespace crisis::core::detail {

// Lives on a follower's thread: holds the feed there, and relays what it tells to the follower (connected from the
// follower's side, so that nothing on this thread ever touches the follower, which may be deleted at any time).
class FeedHome : public QObject
{
    Q_OBJECT

public:
    /// Opens the feed, on this object's thread.
    void open(const StoreLocation& location, qint64 after);

Q_SIGNALS:
    void revision(const crisis::core::Revision& revision);
    void failed(const QString& message);
    void unavailable(const QString& message);
};

} // namespace crisis::core::detail
