// The speed targets of the main window at a million figures: open and fill the table model, sort by any
// column, apply a text filter, build a chart's series; and the peak memory of doing so.
// The database comes from `crisis-timeline generate` (bench/run-benchmarks.sh makes it); its path is
// CRISIS_BENCH_DB.

#include <crisis/core/analysis/chartspec.h>
#include <crisis/core/analysis/recordquery.h>
#include <crisis/core/analysis/workspace.h>
#include <crisis/core/storage/openrepository.h>
#include <crisis/core/support/bytehash.h>
#include <crisis/ui/models/figuretablemodel.h>

#include <QCoreApplication>
#include <QHashFunctions>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using namespace crisis;

namespace {

QString databasePath()
{
    return qEnvironmentVariable("CRISIS_BENCH_DB", QStringLiteral("/tmp/crisis-bench-1m.sqlite"));
}

double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

std::shared_ptr<const core::Workspace> load()
{
    auto repository = core::openRepository(core::StoreLocation::file(databasePath()), core::OpenMode::Existing);
    if (!repository) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(repository.error().message));
        std::exit(1);
    }
    auto snapshot = repository.value()->loadSnapshot();
    if (!snapshot) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(snapshot.error().message));
        std::exit(1);
    }
    return core::Workspace::build(std::move(snapshot.value()), core::StoreLocation::file(databasePath()));
}

// Loaded once for the benchmarks that work on a loaded database.
const std::shared_ptr<const core::Workspace>& loaded()
{
    static const std::shared_ptr<const core::Workspace> workspace = load();
    return workspace;
}

void OpenAndFillTableModel(benchmark::State& state)
{
    ui::FigureTableModel model;
    for (auto _ : state) {
        state.PauseTiming();
        model.setWorkspace(nullptr); // freeing the last iteration's million rows is not part of opening
        state.ResumeTiming();
        model.setWorkspace(load());
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["rows"] = model.rowCount();
    state.counters["peak_MB"] = peakMegabytes();
}
BENCHMARK(OpenAndFillTableModel)->Unit(benchmark::kMillisecond)->Iterations(3);

void LoadSnapshotOnly(benchmark::State& state)
{
    for (auto _ : state) {
        auto repository = core::openRepository(core::StoreLocation::file(databasePath()), core::OpenMode::Existing);
        auto snapshot = repository.value()->loadSnapshot();
        benchmark::DoNotOptimize(snapshot.value().figures.size());
    }
}
BENCHMARK(LoadSnapshotOnly)->Unit(benchmark::kMillisecond)->Iterations(2);

void BuildWorkspaceOnly(benchmark::State& state)
{
    auto repository = core::openRepository(core::StoreLocation::file(databasePath()), core::OpenMode::Existing);
    for (auto _ : state) {
        state.PauseTiming();
        auto snapshot = repository.value()->loadSnapshot();
        state.ResumeTiming();
        auto workspace = core::Workspace::build(std::move(snapshot.value()), core::StoreLocation::file(databasePath()));
        benchmark::DoNotOptimize(workspace.get());
    }
}
BENCHMARK(BuildWorkspaceOnly)->Unit(benchmark::kMillisecond)->Iterations(2);

void FindConflicts(benchmark::State& state)
{
    const auto& workspace = loaded(); // loads before the timed loop
    for (auto _ : state)
        benchmark::DoNotOptimize(core::findConflicts(workspace->figures(), workspace->metrics()).size());
    state.counters["groups"]
        = static_cast<double>(core::findConflicts(workspace->figures(), workspace->metrics()).size());
}
BENCHMARK(FindConflicts)->Unit(benchmark::kMillisecond);

// The keys a load hashes, as many times as it does (each figure's id and six dictionary texts), by Qt's qHashBits
// (0) and by the table's own hashBytes (1).
void HashFigureKeys(benchmark::State& state)
{
    const core::FigureTable& figures = loaded()->figures();
    std::vector<std::string_view> keys;
    keys.reserve(static_cast<size_t>(figures.size()) * 7);
    for (qsizetype row = 0; row < figures.size(); ++row) {
        keys.push_back(figures.idUtf8(row));
        keys.push_back(figures.metrics().utf8(figures.metricCode(row)));
        keys.push_back(figures.qualifiers().utf8(figures.qualifierCode(row)));
        keys.push_back(figures.subjects().utf8(figures.subjectCode(row)));
        keys.push_back(figures.subgroups().utf8(figures.subgroupCode(row)));
        keys.push_back(figures.sources().utf8(figures.sourceCode(row)));
        keys.push_back(figures.notes().utf8(figures.noteCode(row)));
    }
    const bool ours = state.range(0) == 1;
    for (auto _ : state) {
        quint64 sum = 0;
        for (const std::string_view key : keys)
            sum += ours ? core::hashBytes(key, 0x9e3779b9U) : qHashBits(key.data(), key.size(), 0x9e3779b9U);
        benchmark::DoNotOptimize(sum);
    }
    state.counters["s_per_key"] = benchmark::Counter(
        static_cast<double>(keys.size()), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(HashFigureKeys)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

void QuoteRanks(benchmark::State& state)
{
    const core::FigureTable& figures = loaded()->figures();
    for (auto _ : state)
        benchmark::DoNotOptimize(core::textRanks(figures, &core::FigureTable::quoteUtf8).size());
}
BENCHMARK(QuoteRanks)->Unit(benchmark::kMillisecond)->Iterations(2);

void SortByColumn(benchmark::State& state)
{
    ui::FigureTableModel model;
    model.setWorkspace(loaded());
    loaded()->quoteRanks(); // what the window computes in the background after loading
    const int column = static_cast<int>(state.range(0));
    Qt::SortOrder order = Qt::AscendingOrder;
    for (auto _ : state) {
        model.sort(column, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    state.SetLabel(model.headerData(column, Qt::Horizontal).toString().toStdString());
    state.counters["peak_MB"] = peakMegabytes();
}
BENCHMARK(SortByColumn)->DenseRange(0, ui::FigureTableModel::ColumnCount - 1)->Unit(benchmark::kMillisecond);

void TextFilter(benchmark::State& state)
{
    ui::FigureTableModel model;
    model.setWorkspace(loaded());
    const char* needles[] = { "kidnapped", "Sudan", "2,500", "according to the latest" };
    const QString needle = QString::fromLatin1(needles[state.range(0)]);
    for (auto _ : state) {
        core::RecordFilter filter;
        filter.text = needle;
        model.setFilter(filter);
        state.PauseTiming();
        model.setFilter({});
        state.ResumeTiming();
    }
    core::RecordFilter filter;
    filter.text = needle;
    model.setFilter(filter);
    state.SetLabel(needle.toStdString());
    state.counters["matches"] = model.rowCount();
}
BENCHMARK(TextFilter)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

void BuildChart(benchmark::State& state)
{
    const auto kind = static_cast<core::ChartKind>(state.range(0));
    core::ChartOptions options;
    options.widthPixels = 1600;
    const core::Workspace& workspace = *loaded();
    core::ChartSpec spec;
    for (auto _ : state)
        spec = core::buildChart(workspace, kind, options);
    state.SetLabel(core::chartKey(kind).toStdString());
    state.counters["marks"] = static_cast<double>(spec.markCount());
}
BENCHMARK(BuildChart)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
