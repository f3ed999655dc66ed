#pragma once

#include <crisis/core/analysis/workspace.h>
#include <crisis/core/storage/repository.h>

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace crisis::core {

/// One store, open for as long as a window shows it, used without blocking the thread that owns the session:
/// every read and write runs in turn on a thread of the session's own, on one connection, and after each change
/// the session brings the loaded dataset up to date by reading back only the records the change touched (the
/// whole store after a large import), then says so with changed().
class StoreSession : public QObject
{
    Q_OBJECT

public:
    /// What a piece of work did to the store, for the session to bring the dataset up to date.
    struct Touched
    {
        QStringList putFigures;
        QStringList putEvents;
        QStringList removedFigures;
        QStringList removedEvents;
        /// The catalog changed (a source, a metric, a story, the title): read again, with the records above.
        bool catalog = false;
        /// Read the whole store again.
        bool everything = false;

        bool isEmpty() const
        {
            return putFigures.isEmpty() && putEvents.isEmpty() && removedFigures.isEmpty() && removedEvents.isEmpty()
                && !catalog && !everything;
        }
    };
    template<typename T> using Work = std::function<Result<T>(Repository& repository, Touched& touched)>;
    template<typename T> using Done = std::function<void(const Result<T>& result)>;

    explicit StoreSession(QObject* parent = nullptr);
    /// Waits for the work under way (cancelling a load or an import), then closes the store.
    ~StoreSession() override;

    /// Opens a store and loads it: progress() as it loads, then loaded(), failed() or cancelled(). Work queued
    /// for the store open before runs first; what it reports after this call is dropped.
    void open(const StoreLocation& location, OpenMode mode);
    /// Works on the store a workspace was loaded from, with that workspace as the dataset (the store is opened
    /// when work first needs it).
    void adopt(std::shared_ptr<const Workspace> workspace);
    /// Cancels the load or the work under way that reports progress through progressFor().
    void cancel();
    /// The store the session works on; invalid before open() or adopt().
    const StoreLocation& location() const { return m_location; }

    /// Runs work with the open store, after the work queued before it. When the work says what it touched, the
    /// dataset is brought up to date and changed() is emitted; then `done` is called with the work's result, on
    /// the session's thread. When the store cannot be opened, `done` gets that error.
    template<typename T> void run(Work<T> work, Done<T> done)
    {
        post([work = std::move(work), done = std::move(done)](
                 Repository* repository, const Error& unavailable, Touched& touched) -> std::function<void()> {
            Result<T> result = repository ? work(*repository, touched) : Result<T>(unavailable);
            return [done, result = std::move(result)] {
                if (done)
                    done(result);
            };
        });
    }

    /// Applies a change (Repository::apply); `done` gets the change that undoes it.
    void apply(const ChangeSet& change, Done<ChangeSet> done);
    /// Applies the change `next` holds, when its turn comes, and puts the change that undoes it there: for undo
    /// and redo, whose next step is the undo of the step before, not known yet when it is asked for.
    void applyInTurn(std::shared_ptr<ChangeSet> next, Done<void> done);
    void saveStory(const Story& story, Done<void> done);
    void deleteStory(const QString& id, Done<void> done);

    /// A progress function for work run on the session: reports through progress() and says stop once
    /// cancel() is called.
    Progress progressFor();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void loaded(std::shared_ptr<const Workspace> workspace);
    /// Opening or reading the store failed: what happened (the message names the store; the code lets the window
    /// ask for a password the server wants).
    void failed(const crisis::core::Error& error);
    /// What opening the store had to do that the user should know (Repository::notices()), after loaded().
    void notice(const QString& message);
    void cancelled();
    /// The store changed through this session: the dataset as it is now.
    void changed(std::shared_ptr<const Workspace> workspace);

private:
    class Worker;
    using Job
        = std::function<std::function<void()>(Repository* repository, const Error& unavailable, Touched& touched)>;
    void post(Job job);

    StoreLocation m_location;
    /// Counts open() and adopt() calls: what work for an earlier store reports is dropped.
    int m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::unique_ptr<Worker> m_worker;
};

} // namespace crisis::core
