#include <crisis/core/storage/openrepository.h>
#include <crisis/core/storage/snapshotupdate.h>
#include <crisis/core/storage/storesession.h>

#include <QPointer>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace crisis::core {

namespace {

// Above this share of the figures touched, reading the store whole is as quick as merging the changes in.
constexpr qsizetype mergeLimitDivisor = 5;

// What a change applied touched.
void noteChange(const ChangeSet& change, StoreSession::Touched& touched)
{
    for (const Figure& figure : change.putFigures)
        touched.putFigures.append(figure.id);
    for (const Event& event : change.putEvents)
        touched.putEvents.append(event.id);
    touched.removedFigures = change.removeFigures;
    touched.removedEvents = change.removeEvents;
    touched.catalog = true;
}

} // namespace

// The session's thread: runs tasks in the order they were posted, with the store it keeps open.
class StoreSession::Worker
{
public:
    explicit Worker(StoreSession* session)
        : m_session(session)
        , m_thread([this] { loop(); })
    { }

    ~Worker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    using Task = std::function<void(Worker&)>;
    void post(Task task)
    {
        {
            std::lock_guard lock(m_mutex);
            m_tasks.push_back(std::move(task));
        }
        m_wake.notify_one();
    }

    // ---- on the worker thread ----

    /// Closes the store open and works on another from now on.
    void switchTo(const StoreLocation& location, OpenMode mode, std::shared_ptr<const Workspace> workspace)
    {
        m_repository.reset();
        m_location = location;
        m_mode = mode;
        m_current = std::move(workspace);
    }

    /// The store, opened when first needed; null with `error` set when it cannot be.
    Repository* repository(Error& error)
    {
        if (m_repository)
            return m_repository.get();
        if (!m_location.isValid()) {
            error = Error(Error::Code::NotFound, QStringLiteral("no database is open"));
            return nullptr;
        }
        auto opened = openRepository(m_location, m_mode);
        if (!opened) {
            error = opened.error();
            return nullptr;
        }
        m_repository = std::move(opened.value());
        // Opened once (and created if need be): reopened later, it must exist.
        m_mode = OpenMode::Existing;
        return m_repository.get();
    }

    /// Reads the whole store into a workspace.
    Result<std::shared_ptr<const Workspace>> load(const Progress& progress)
    {
        Error error;
        Repository* store = repository(error);
        if (!store)
            return error;
        auto snapshot = store->loadSnapshot(progress);
        if (!snapshot)
            return snapshot.error();
        snapshot.value().readOnly = store->isReadOnly();
        m_current = Workspace::build(std::move(snapshot.value()), m_location);
        return m_current;
    }

    /// Brings the workspace up to date with what work touched; nothing when it touched nothing.
    Result<std::shared_ptr<const Workspace>> refresh(const Touched& touched)
    {
        if (touched.isEmpty())
            return std::shared_ptr<const Workspace>();
        const qsizetype figures = m_current ? m_current->figures().size() : 0;
        const qsizetype touchedFigures = touched.putFigures.size() + touched.removedFigures.size();
        if (touched.everything || !m_current || touchedFigures > std::max<qsizetype>(1000, figures / mergeLimitDivisor))
            return load({});
        Error error;
        Repository* store = repository(error);
        if (!store)
            return error;
        auto catalog = store->loadCatalog();
        if (!catalog)
            return catalog.error();
        auto put = store->loadRecords(touched.putFigures, touched.putEvents);
        if (!put)
            return put.error();
        std::optional<Snapshot> updated = updatedSnapshot(
            m_current->data(), std::move(catalog.value()), put.value(), touched.removedFigures, touched.removedEvents);
        if (!updated)
            return load({});
        updated->readOnly = store->isReadOnly();
        m_current = Workspace::build(std::move(*updated), m_location);
        return m_current;
    }

    const StoreLocation& location() const { return m_location; }
    StoreSession* session() const { return m_session; }
    QStringList notices() const { return m_repository ? m_repository->notices() : QStringList(); }

private:
    void loop()
    {
        for (;;) {
            Task task;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
                if (m_tasks.empty())
                    break; // stopping, and every task is done
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            }
            task(*this);
        }
        // The connection is closed on the thread that used it.
        m_repository.reset();
        m_current.reset();
    }

    StoreSession* m_session;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_tasks;
    bool m_stopping = false;

    StoreLocation m_location;
    OpenMode m_mode = OpenMode::Existing;
    std::unique_ptr<Repository> m_repository;
    std::shared_ptr<const Workspace> m_current;

    std::thread m_thread; // last: started once everything above is ready
};

StoreSession::StoreSession(QObject* parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_worker(std::make_unique<Worker>(this))
{ }

StoreSession::~StoreSession()
{
    m_cancel->store(true);
    m_worker.reset();
}

void StoreSession::open(const StoreLocation& location, OpenMode mode)
{
    m_location = location;
    const int generation = ++m_generation;
    m_cancel->store(true); // a load still running for the store before is not wanted
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    QPointer<StoreSession> self(this);
    m_worker->post([location, mode, generation, cancel, self](Worker& worker) {
        worker.switchTo(location, mode, nullptr);
        StoreSession* session = worker.session();
        const auto deliver = [session, self, generation](std::function<void()> report) {
            QMetaObject::invokeMethod(
                session,
                [self, generation, report = std::move(report)] {
                    if (self && self->m_generation == generation)
                        report();
                },
                Qt::QueuedConnection);
        };
        auto loaded = worker.load([&](qint64 done, qint64 total) {
            deliver([self, done, total] { Q_EMIT self->progress(done, total); });
            return !cancel->load();
        });
        if (loaded) {
            deliver([self, workspace = loaded.value()] { Q_EMIT self->loaded(workspace); });
            for (const QString& notice : worker.notices())
                deliver([self, notice] { Q_EMIT self->notice(notice); });
            return;
        }
        // A store that failed to load is not kept open.
        worker.switchTo(location, OpenMode::Existing, nullptr);
        if (loaded.error().code == Error::Code::Cancelled)
            deliver([self] { Q_EMIT self->cancelled(); });
        else
            deliver([self, error = loaded.error()] { Q_EMIT self->failed(error); });
    });
}

void StoreSession::adopt(std::shared_ptr<const Workspace> workspace)
{
    m_location = workspace ? workspace->location() : StoreLocation();
    ++m_generation;
    const StoreLocation location = m_location;
    m_worker->post([location, workspace = std::move(workspace)](
                       Worker& worker) { worker.switchTo(location, OpenMode::Existing, workspace); });
}

void StoreSession::cancel()
{
    m_cancel->store(true);
}

Progress StoreSession::progressFor()
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    QPointer<StoreSession> self(this);
    return [self, cancel](qint64 done, qint64 total) {
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                },
                Qt::QueuedConnection);
        }
        return !cancel->load();
    };
}

void StoreSession::post(Job job)
{
    const int generation = m_generation;
    QPointer<StoreSession> self(this);
    m_worker->post([job = std::move(job), generation, self](Worker& worker) {
        Error unavailable;
        Repository* repository = worker.repository(unavailable);
        Touched touched;
        std::function<void()> report = job(repository, unavailable, touched);
        auto refreshed = repository ? worker.refresh(touched) : Result<std::shared_ptr<const Workspace>>(nullptr);
        QMetaObject::invokeMethod(
            worker.session(),
            [self, generation, report = std::move(report), refreshed = std::move(refreshed)] {
                if (!self || self->m_generation != generation)
                    return;
                if (refreshed && refreshed.value())
                    Q_EMIT self->changed(refreshed.value());
                else if (!refreshed)
                    Q_EMIT self->failed(refreshed.error());
                report();
            },
            Qt::QueuedConnection);
    });
}

void StoreSession::apply(const ChangeSet& change, Done<ChangeSet> done)
{
    run<ChangeSet>(
        [change](Repository& repository, Touched& touched) -> Result<ChangeSet> {
            auto undo = repository.apply(change);
            if (undo)
                noteChange(change, touched);
            return undo;
        },
        std::move(done));
}

void StoreSession::applyInTurn(std::shared_ptr<ChangeSet> next, Done<void> done)
{
    run<void>(
        [next = std::move(next)](Repository& repository, Touched& touched) -> Result<void> {
            const ChangeSet change = *next;
            auto undo = repository.apply(change);
            if (!undo)
                return undo.error();
            *next = std::move(undo.value());
            noteChange(change, touched);
            return {};
        },
        std::move(done));
}

void StoreSession::saveStory(const Story& story, Done<void> done)
{
    // The story panel shows the story as it was saved; the dataset reads it with the next change.
    run<void>([story](Repository& repository, Touched&) { return repository.saveStory(story); }, std::move(done));
}

void StoreSession::deleteStory(const QString& id, Done<void> done)
{
    run<void>([id](Repository& repository, Touched&) { return repository.deleteStory(id); }, std::move(done));
}

} // namespace crisis::core
