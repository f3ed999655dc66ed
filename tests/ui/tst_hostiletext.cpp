#include "testsupport.h"

#include <crisis/core/analysis/presentation.h>
#include <crisis/core/interchange/briefpack.h>
#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/hxl.h>
#include <crisis/core/interchange/timelinejs.h>
#include <crisis/ui/charts/chartexporter.h>
#include <crisis/ui/charts/chartpanel.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/charts/timelineview.h>
#include <crisis/ui/models/eventtablemodel.h>
#include <crisis/ui/models/figuretablemodel.h>
#include <crisis/ui/panels/sourcepanel.h>
#include <crisis/ui/presenter/presenterwindow.h>
#include <crisis/ui/window/mainwindow.h>

#include <QBuffer>
#include <QChart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegendMarker>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

// A dataset whose every text holds markup, script, control characters, right-to-left marks and, in places,
// 100 KB: every view, every export and the window show it as text, without a crash, and no export turns it into
// markup.

using namespace crisis;
using namespace crisis::core;

namespace {

// Text from a hostile file: HTML that would run or format, control characters, bidirectional overrides.
QString hostile(const QString& what)
{
    return what
        + QStringLiteral(" <script>alert('%1')</script><b>bold</b><img src=x onerror=alert(1)> &amp; %2 \u0001\u0002"
                         "\u001b[31m\u007f \u202eoverride\u202c \u200fmark")
              .arg(what, QStringLiteral("%1"));
}

QString huge(const QString& what)
{
    QString text = hostile(what);
    while (text.size() < 100 * 1024)
        text += u' ' + hostile(what);
    return text;
}

Dataset hostileDataset()
{
    Dataset data;
    data.title = hostile(QStringLiteral("title"));
    data.metrics.append({ QStringLiteral("hostile_count"), hostile(QStringLiteral("metric")), QStringLiteral("people"),
        Metric::Kind::Flow, QStringLiteral("#indicator+value+hostile_count") });
    for (int s = 0; s < 2; ++s) {
        Source source;
        source.id = QStringLiteral("src-<b>%1</b>").arg(s);
        source.document = hostile(QStringLiteral("document")).left(60) + QStringLiteral(".txt");
        source.outlet = s == 0 ? huge(QStringLiteral("outlet")) : hostile(QStringLiteral("outlet"));
        source.title = hostile(QStringLiteral("headline"));
        source.description = hostile(QStringLiteral("description"));
        source.author = hostile(QStringLiteral("author"));
        source.published = PartialDate::fromParts(2024, 9);
        source.publishedInferred = true;
        source.publishedNote = hostile(QStringLiteral("published note"));
        source.url = QStringLiteral("javascript:alert(1)//") + hostile(QStringLiteral("url"));
        data.sources.append(source);
    }
    const QList<std::pair<const char*, int>> metrics { { "homicides", 2022 }, { "personnel", 2024 },
        { "displaced", 2024 }, { "funding", 2024 }, { "hostile_count", 2023 } };
    int n = 0;
    for (const auto& [metric, year] : metrics) {
        for (int copy = 0; copy < 2; ++copy) {
            Figure figure;
            figure.id = QStringLiteral("<i>fig</i>-%1").arg(++n);
            figure.metric = QString::fromLatin1(metric);
            figure.value = 1000 + n * 37;
            figure.qualifier = QStringLiteral("about");
            figure.subject = copy == 0 ? hostile(QStringLiteral("subject")) : huge(QStringLiteral("subject"));
            figure.period = Period::interval(PartialDate::fromParts(year, 1), PartialDate::fromParts(year, 6));
            figure.periodInferred = true;
            figure.periodNote = hostile(QStringLiteral("period note"));
            figure.reported = PartialDate::fromParts(year, 9);
            figure.note = hostile(QStringLiteral("note"));
            figure.citation = { data.sources.at(copy).id,
                copy == 0 ? huge(QStringLiteral("quote")) : hostile(QStringLiteral("quote")), 0 };
            data.figures.append(figure);
        }
    }
    // A breakdown, with a hostile subgroup.
    Figure part = data.figures.first();
    part.id = QStringLiteral("<i>fig</i>-part");
    part.value = 12;
    part.parentId = data.figures.first().id;
    part.subgroup = hostile(QStringLiteral("subgroup"));
    data.figures.append(part);
    for (int e = 0; e < 3; ++e) {
        Event event;
        event.id = QStringLiteral("<u>ev</u>-%1").arg(e);
        event.period = Period(PartialDate::fromParts(2023 + e, 6, 25));
        event.periodInferred = e == 1;
        event.periodNote = hostile(QStringLiteral("event period note"));
        event.title = e == 2 ? huge(QStringLiteral("event title")) : hostile(QStringLiteral("event title"));
        event.summary = huge(QStringLiteral("summary"));
        event.category = e == 0 ? EventCategory::Violence : EventCategory::SecurityDeployment;
        event.actors = { hostile(QStringLiteral("actor")) };
        event.location = hostile(QStringLiteral("location"));
        event.citations = { { data.sources.at(e % 2).id, hostile(QStringLiteral("event quote")), 0 } };
        event.charts = { QStringLiteral("deployment"), QStringLiteral("casualties") };
        data.events.append(event);
    }
    Story story;
    story.id = QStringLiteral("story-<b>");
    story.title = hostile(QStringLiteral("story"));
    for (const Event& event : std::as_const(data.events))
        story.steps.append({ event.id, huge(QStringLiteral("step note")) });
    data.stories.append(story);
    return data;
}

std::shared_ptr<const Workspace> hostileWorkspace()
{
    static const auto workspace = Workspace::build(
        Snapshot::fromDataset(hostileDataset()), StoreLocation::file(QStringLiteral("/nonexistent/hostile.sqlite")));
    return workspace;
}

// The names of the elements data once became in an SVG, and any other than those QSvgGenerator writes.
void expectOnlyDrawing(const QByteArray& svg, const std::string& what)
{
    // <title> and <desc> are escaped by the exporter's own code (issue 16): this checks what is drawn.
    QByteArray drawn = svg;
    for (const char* element : { "title", "desc" }) {
        const QByteArray open = QByteArray("<") + element + '>';
        const QByteArray close = QByteArray("</") + element + '>';
        const qsizetype from = drawn.indexOf(open);
        const qsizetype to = drawn.lastIndexOf(close);
        if (from >= 0 && to > from)
            drawn.remove(from + open.size(), to - from - open.size());
    }
    static const QStringList allowed { QStringLiteral("svg"), QStringLiteral("title"), QStringLiteral("desc"),
        QStringLiteral("defs"), QStringLiteral("g"), QStringLiteral("path"), QStringLiteral("rect"),
        QStringLiteral("text"), QStringLiteral("tspan"), QStringLiteral("image"), QStringLiteral("polyline"),
        QStringLiteral("polygon"), QStringLiteral("line"), QStringLiteral("circle"), QStringLiteral("ellipse"),
        QStringLiteral("clipPath"), QStringLiteral("use"), QStringLiteral("linearGradient"),
        QStringLiteral("radialGradient"), QStringLiteral("stop"), QStringLiteral("pattern") };
    QXmlStreamReader xml(drawn);
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        EXPECT_TRUE(allowed.contains(name)) << what << ": an element <" << name.toStdString() << "> in the SVG";
        for (const QXmlStreamAttribute& attribute : xml.attributes())
            EXPECT_FALSE(attribute.name().startsWith(u"on"))
                << what << ": attribute " << attribute.name().toString().toStdString();
        if (name == u"text")
            ++texts;
    }
    EXPECT_FALSE(xml.hasError()) << what << ": " << xml.errorString().toStdString() << " at line " << xml.lineNumber();
    EXPECT_GT(texts, 3) << what << ": the page's text is drawn as text";
    EXPECT_FALSE(drawn.contains("<script")) << what;
    EXPECT_FALSE(svg.contains('\x01') || svg.contains('\x1b')) << what << ": control characters XML forbids";
}

ui::ExportContent contentFor(std::optional<ChartKind> chart)
{
    ui::ExportContent content;
    content.workspace = hostileWorkspace();
    content.chart = chart;
    if (!chart) {
        content.events = test::allEventIndexes(*content.workspace);
        content.from = QDate(2022, 1, 1);
        content.to = QDate(2026, 12, 31);
    }
    return content;
}

} // namespace

TEST(HostileText, EveryExportKeepsItText)
{
    for (const std::optional<ChartKind>& kind : { std::optional<ChartKind>(ChartKind::Deployment),
             std::optional<ChartKind>(ChartKind::Casualties), std::optional<ChartKind>(ChartKind::Displacement),
             std::optional<ChartKind>(ChartKind::Funding), std::optional<ChartKind>() }) {
        const std::string what = kind ? chartKey(*kind).toStdString() : std::string("timeline");
        QTemporaryDir dir;
        for (const auto format :
            { ui::ExportOptions::Format::Svg, ui::ExportOptions::Format::Png, ui::ExportOptions::Format::Pdf }) {
            ui::ExportOptions options;
            options.format = format;
            options.size = QSize(1280, 720);
            options.title = hostile(QStringLiteral("export title"));
            const QString path = dir.filePath(QStringLiteral("out.") + ui::ExportOptions::formatName(format));
            const auto written = ui::ChartExporter(contentFor(kind), options).write(path);
            ASSERT_TRUE(written.ok()) << what << ": " << written.error().message.toStdString();
            const QByteArray bytes = test::readFile(path);
            EXPECT_GT(bytes.size(), 1000) << what;
            if (format == ui::ExportOptions::Format::Svg)
                expectOnlyDrawing(bytes, what);
        }
        // The brief pack: its CSV's text cells cannot start a formula, its alt text is plain.
        const auto pack = ui::ChartExporter(contentFor(kind), ui::ExportOptions())
                              .writeBriefPack(dir.filePath(QStringLiteral("pack")));
        ASSERT_TRUE(pack.ok()) << what << ": " << pack.error().message.toStdString();
    }
}

TEST(HostileText, DataFilesWriteItAndReadItBackAsItWas)
{
    const Dataset data = hostileDataset();
    // Our JSON: the same text back, control characters and all.
    const QByteArray json = writeDatasetJson(data);
    EXPECT_TRUE(QJsonDocument::fromJson(json).isObject());
    const auto back = readDatasetJson(json, QStringLiteral("hostile.json"), [&] {
        MetricRegistry registry = MetricRegistry::builtIn();
        for (const Metric& metric : data.metrics)
            registry.insert(metric);
        return registry;
    }());
    ASSERT_TRUE(back.ok()) << test::problemsText(back.problems).toStdString();
    EXPECT_EQ(back.value.figures, data.figures);
    EXPECT_EQ(back.value.events, data.events);
    EXPECT_EQ(back.value.sources, data.sources);
    // TimelineJS JSON is valid JSON; its HTML holds no markup from the data.
    const QByteArray timeline = writeTimelineJsJson(Snapshot::fromDataset(data));
    const QJsonObject document = QJsonDocument::fromJson(timeline).object();
    const QJsonArray events = document.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), data.events.size());
    for (const QJsonValue event : events) {
        // TimelineJS shows these as HTML: the data in them is escaped, and links go only to web addresses.
        const QJsonObject text = event.toObject().value(QStringLiteral("text")).toObject();
        for (const QString& member : { QStringLiteral("headline"), QStringLiteral("text") }) {
            const QString html = text.value(member).toString();
            EXPECT_FALSE(html.contains(u"<script") || html.contains(u"<img")) << html.left(200).toStdString();
            EXPECT_FALSE(html.contains(u"href=\"javascript:")) << html.left(200).toStdString();
        }
    }
}

class HostileWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->setWorkspace(hostileWorkspace());
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(HostileWindow, EveryViewShowsItAsText)
{
    const Workspace& w = *hostileWorkspace();
    for (int view = 0; view < ui::MainWindow::ViewCount; ++view) {
        m_window->showView(static_cast<ui::MainWindow::View>(view));
        QTest::qWait(100);
        if (view == ui::MainWindow::TimelineTab)
            continue;
        ui::ChartPanel* panel = m_window->chartPanel(static_cast<ChartKind>(view));
        // Titles are plain text whatever they hold; Qt Charts' own labels (legend, axes) are HTML, given escaped.
        for (QLabel* label : panel->findChildren<QLabel*>()) {
            if (label->text().contains(u"<script")) {
                EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->text().left(80).toStdString();
            }
        }
        for (QLegendMarker* marker : panel->view()->chart()->legend()->markers())
            EXPECT_FALSE(marker->label().contains(u"<script")) << marker->label().left(80).toStdString();
    }
    // Every figure and event selected: the source panel shows the quote as text (escaped in its HTML).
    for (qsizetype row = 0; row < w.figures().size(); ++row) {
        m_window->selectFigure(row);
        const QString html = m_window->sourcePanel()->toHtml();
        EXPECT_FALSE(html.contains(u"<script")) << "figure " << row;
        EXPECT_TRUE(m_window->sourcePanel()->toPlainText().contains(u"<script>alert('quote')</script>"))
            << "the quote is shown as it stands";
    }
    for (qsizetype e = 0; e < w.events().size(); ++e) {
        m_window->selectEvent(e);
        EXPECT_FALSE(m_window->sourcePanel()->toHtml().contains(u"<script")) << "event " << e;
    }
    // Tooltips of the tables: rich text whose data is escaped, never the data as HTML.
    for (QAbstractItemModel* model : { static_cast<QAbstractItemModel*>(m_window->figureModel()),
             static_cast<QAbstractItemModel*>(m_window->eventModel()) }) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
                EXPECT_FALSE(tip.contains(u"<script") || tip.contains(u"<img")) << tip.left(120).toStdString();
                if (!tip.isEmpty()) {
                    QTextDocument document;
                    document.setHtml(tip);
                    EXPECT_FALSE(document.toPlainText().contains(u"\u0001")) << "control characters dropped";
                }
            }
        }
    }
    // The printed table, the presenter and the handout.
    EXPECT_FALSE(m_window->tableDocument()->toHtml().contains(u"<script"));
    const QList<PresentationStep> steps = presentationSteps(w, w.data().stories.first().steps);
    auto* presenter = new ui::PresenterWindow(hostileWorkspace(), steps, hostile(QStringLiteral("presenter")));
    presenter->resize(1280, 720);
    presenter->show();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        presenter->setStep(i);
        QTest::qWait(20);
        for (QLabel* label : presenter->findChildren<QLabel*>())
            EXPECT_FALSE(label->textFormat() != Qt::PlainText && label->text().contains(u"<script"))
                << label->text().left(80).toStdString();
    }
    presenter->close();
    QTemporaryDir dir;
    const auto handout = ui::writeHandout(
        dir.filePath(QStringLiteral("handout.pdf")), hostileWorkspace(), steps, hostile(QStringLiteral("handout")), {});
    EXPECT_TRUE(handout.ok()) << handout.error().message.toStdString();
}
