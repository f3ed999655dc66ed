#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/storage/storesession.h>
#include <crisis/core/support/textposition.h>
#include <crisis/ui/dialogs/importdialog.h>
#include <crisis/ui/models/labels.h>
#include <crisis/ui/window/accessibility.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace crisis::ui {

using namespace crisis::core;

// What a check finds, handed from the session to the dialog.
struct CheckResult
{
    ImportReport report;
    ParseResult<ImportedData> read;
    ParseResult<TablePreview> table;
    ImportFormat detected = ImportFormat::Auto;
    std::shared_ptr<const ArticleReading> article;
};

namespace {

// How many records the preview lists.
constexpr int previewRows = 200;

ImportContext contextFor(const Workspace& workspace, const QString& fileName, const TableMapping& mapping)
{
    ImportContext context;
    context.fileName = fileName;
    context.metrics = workspace.metrics();
    // The workspace is immutable and shared: safe to read from the worker.
    const Workspace* w = &workspace;
    context.sourceExists = [w](QStringView id) { return w->source(id) != nullptr; };
    context.sourceIdTaken = context.sourceExists;
    context.mapping = mapping;
    return context;
}

CheckResult runCheck(Repository& repository, const QByteArray& bytes, const QString& fileName, ImportFormat format,
    const TableMapping& mapping, const std::shared_ptr<const Workspace>& workspace, bool skipImported)
{
    CheckResult result;
    const ImportContext context = contextFor(*workspace, fileName, mapping);
    const ParseResult<DecodedText> decoded = decodeText(bytes, fileName);
    result.detected = format;
    if (decoded.ok() && !bytes.isEmpty() && format == ImportFormat::Auto) {
        ImportContext unmapped = context;
        unmapped.mapping = {};
        const ParseResult<ImportFormat> detected = detectImportFormat(decoded.value, unmapped);
        if (detected.ok())
            result.detected = detected.value;
    }
    if (decoded.ok() && (result.detected == ImportFormat::Table || !mapping.isEmpty()))
        result.table = previewTable(decoded.value, fileName, 10);
    if (result.detected == ImportFormat::Article) {
        // The proposals are reviewed in the dialog; nothing is read as records until the user accepts some.
        ParseResult<ArticleReading> article = readArticleProposals(bytes, fileName, workspace->metrics());
        result.report.problems = article.problems;
        result.report.format = QStringLiteral("article");
        result.report.repair = article.value.text.repair;
        if (article.ok())
            result.article = std::make_shared<const ArticleReading>(std::move(article.value));
        return result;
    }
    result.read = readImport(bytes, format, context);
    // The database's own checks (ids taken, parents), without writing.
    result.report = importInto(repository, bytes, fileName, format, true, {}, mapping, {}, skipImported);
    return result;
}

QString problemText(const Problem& problem)
{
    QString where = QFileInfo(problem.file).fileName();
    if (problem.line > 0)
        where += u':' + QString::number(problem.line);
    if (problem.column > 0)
        where += u':' + QString::number(problem.column);
    return where + QStringLiteral(": ") + problem.detail;
}

} // namespace

ImportDialog::ImportDialog(const QString& filePath, QByteArray bytes, std::shared_ptr<const Workspace> workspace,
    StoreSession* session, QWidget* parent)
    : QDialog(parent)
    , m_filePath(filePath)
    , m_bytes(std::move(bytes))
    , m_workspace(std::move(workspace))
    , m_session(session)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(filePath).fileName()));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Find out from the content"), QVariant::fromValue(static_cast<int>(ImportFormat::Auto)));
    m_format->addItem(tr("Crisis Timeline JSON"), QVariant::fromValue(static_cast<int>(ImportFormat::Json)));
    m_format->addItem(tr("CSV with HXL hashtags"), QVariant::fromValue(static_cast<int>(ImportFormat::Hxl)));
    m_format->addItem(tr("TimelineJS sheet or JSON"), QVariant::fromValue(static_cast<int>(ImportFormat::TimelineJs)));
    m_format->addItem(tr("Table (choose the columns)"), QVariant::fromValue(static_cast<int>(ImportFormat::Table)));
    m_format->addItem(
        tr("Article (review the figures found)"), QVariant::fromValue(static_cast<int>(ImportFormat::Article)));
    top->addRow(tr("File:"), new QLabel(QDir::toNativeSeparators(filePath), this));
    top->addRow(tr("Format:"), m_format);
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("found"));
    m_found->setWordWrap(true);
    m_found->setTextFormat(Qt::PlainText); // names the file and what it holds: data, never HTML
    top->addRow(tr("Found:"), m_found);
    layout->addLayout(top);

    buildMappingEditors();
    layout->addWidget(m_mappingBox);
    buildProposalEditor();
    layout->addWidget(m_articleBox, 2);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* previewBox = new QGroupBox(tr("What will be imported"), splitter);
    auto* previewLayout = new QVBoxLayout(previewBox);
    m_summary = new QLabel(previewBox);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    previewLayout->addWidget(m_summary);
    // Offered when the database has records a file of this name brought before: importing them again duplicates.
    m_skipImported = new QCheckBox(tr("Skip what was imported before from a file of this name"), previewBox);
    m_skipImported->setObjectName(QStringLiteral("skipImported"));
    m_skipImported->hide();
    connect(m_skipImported, &QCheckBox::toggled, this, [this] {
        if (!m_settingUp)
            m_debounce->start();
    });
    previewLayout->addWidget(m_skipImported);
    m_preview = new QStandardItemModel(this);
    m_previewView = new QTableView(previewBox);
    m_previewView->setObjectName(QStringLiteral("preview"));
    m_previewView->setModel(m_preview);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->verticalHeader()->hide();
    previewLayout->addWidget(m_previewView);
    auto* problemBox = new QGroupBox(tr("Problems"), splitter);
    auto* problemLayout = new QVBoxLayout(problemBox);
    m_problems = new QStandardItemModel(this);
    m_problemView = new QListView(problemBox);
    m_problemView->setObjectName(QStringLiteral("problems"));
    m_problemView->setModel(m_problems);
    m_problemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemView->setWordWrap(true);
    problemLayout->addWidget(m_problemView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_buttons = new QDialogButtonBox(this);
    QPushButton* importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("import"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ImportDialog::recheck);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingUp)
            m_debounce->start();
    });
    resize(980, 720);
    nameAllFormFields(this);
    setAccessibleText(m_previewView, tr("What will be imported"), tr("The records the file gives, one a row"));
    setAccessibleText(m_problemView, tr("Problems"), tr("What the file gets wrong, with its line and column"));
    setAccessibleText(m_valueList, tr("Value columns"), tr("The columns that hold values (several for a wide table)"));
    setAccessibleText(m_tableView, tr("The file's table"), tr("The file's first rows, as read"));
    setAccessibleText(m_proposalView, tr("Figures found in the article"),
        tr("Check those to import and correct any cell; Tab leaves the table"));
    for (QAbstractItemView* view : findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false); // Tab leaves a table: arrows move between its cells
    updateButtons();
    recheck();
}

ImportDialog::~ImportDialog()
{
    // An import under way stops; a check goes on in the session and reports to no one.
    if (m_cancel)
        m_cancel->store(true);
}

void ImportDialog::buildMappingEditors()
{
    m_mappingBox = new QGroupBox(tr("Which columns hold what"), this);
    m_mappingBox->setObjectName(QStringLiteral("mapping"));
    auto* grid = new QHBoxLayout(m_mappingBox);
    auto* form = new QFormLayout;
    const auto combo = [&](const char* name, const QString& label) {
        auto* box = new QComboBox(m_mappingBox);
        box->setObjectName(QLatin1String(name));
        form->addRow(label, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_settingUp)
                m_debounce->start();
        });
        return box;
    };
    m_date = combo("date", tr("Date (year, ISO date or EDTF):"));
    m_year = combo("year", tr("or Year:"));
    m_month = combo("month", tr("Month:"));
    m_day = combo("day", tr("Day:"));
    m_subject = combo("subject", tr("Subject:"));
    m_metric = combo("metric", tr("Metric:"));
    m_metric->setEditable(true); // a new metric: key:flow or key:stock
    m_metric->setToolTip(tr("A metric of the database, or a new one written key:flow or key:stock"));
    connect(m_metric, &QComboBox::editTextChanged, this, [this] {
        if (!m_settingUp)
            m_debounce->start();
    });
    m_metricColumn = combo("metricColumn", tr("or Metric column:"));
    grid->addLayout(form);
    auto* valuesLayout = new QVBoxLayout;
    valuesLayout->addWidget(new QLabel(tr("Values (several for a wide table):"), m_mappingBox));
    m_values = new QStandardItemModel(this);
    m_valueList = new QListView(m_mappingBox);
    m_valueList->setObjectName(QStringLiteral("values"));
    m_valueList->setModel(m_values);
    m_valueList->setMaximumWidth(220);
    valuesLayout->addWidget(m_valueList);
    grid->addLayout(valuesLayout);
    connect(m_values, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_settingUp)
            m_debounce->start();
    });
    m_table = new QStandardItemModel(this);
    m_tableView = new QTableView(m_mappingBox);
    m_tableView->setObjectName(QStringLiteral("table"));
    m_tableView->setModel(m_table);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid->addWidget(m_tableView, 1);
    m_mappingBox->hide();
}

ImportFormat ImportDialog::format() const
{
    return static_cast<ImportFormat>(m_format->currentData().toInt());
}

void ImportDialog::setFormat(ImportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(QVariant::fromValue(static_cast<int>(format))));
}

TableMapping ImportDialog::mapping() const
{
    TableMapping mapping;
    if (m_columns.isEmpty())
        return mapping;
    const auto column = [](const QComboBox* box) { return box->currentIndex() > 0 ? box->currentText() : QString(); };
    mapping.date = column(m_date);
    mapping.year = mapping.date.isEmpty() ? column(m_year) : QString();
    mapping.month = mapping.year.isEmpty() ? QString() : column(m_month);
    mapping.day = mapping.year.isEmpty() ? QString() : column(m_day);
    mapping.subject = column(m_subject);
    mapping.metricColumn = column(m_metricColumn);
    // A metric chosen from the list, or typed: as listed (the completer may change its case) or by its key.
    const QString metric = m_metric->currentText().trimmed();
    int metricIndex = m_metric->findText(metric, Qt::MatchFixedString);
    if (metricIndex < 0)
        metricIndex = m_metric->findData(metric.toLower());
    mapping.metric = mapping.metricColumn.isEmpty() && metricIndex != 0 && !metric.isEmpty()
        ? (metricIndex > 0 ? m_metric->itemData(metricIndex).toString() : metric)
        : QString();
    for (int row = 0; row < m_values->rowCount(); ++row) {
        if (m_values->item(row)->checkState() == Qt::Checked)
            mapping.values.append(m_values->item(row)->text());
    }
    if (mapping.date.isEmpty() && mapping.year.isEmpty() && mapping.values.isEmpty())
        return {};
    return mapping;
}

void ImportDialog::setMapping(const TableMapping& mapping)
{
    m_settingUp = true;
    const auto choose = [](QComboBox* box, const QString& column) {
        const int index = column.isEmpty() ? 0 : box->findText(column, Qt::MatchFixedString);
        box->setCurrentIndex(std::max(index, 0));
    };
    choose(m_date, mapping.date);
    choose(m_year, mapping.year);
    choose(m_month, mapping.month);
    choose(m_day, mapping.day);
    choose(m_subject, mapping.subject);
    choose(m_metricColumn, mapping.metricColumn);
    const int metricIndex = m_metric->findData(mapping.metric);
    if (metricIndex >= 0)
        m_metric->setCurrentIndex(metricIndex);
    else
        m_metric->setEditText(mapping.metric);
    for (int row = 0; row < m_values->rowCount(); ++row) {
        QStandardItem* item = m_values->item(row);
        item->setCheckState(mapping.values.contains(item->text(), Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
    }
    m_settingUp = false;
    m_debounce->start();
}

bool ImportDialog::isChecking() const
{
    return m_checking;
}

bool ImportDialog::isImporting() const
{
    return m_importing;
}

void ImportDialog::recheck()
{
    if (m_importing)
        return;
    m_debounce->stop();
    if (m_checking) {
        m_recheckPending = true; // when the check running ends: the newest settings win
        return;
    }
    m_checking = true;
    updateButtons();
    m_found->setText(tr("Reading\u2026"));
    const int generation = ++m_generation;
    const QByteArray bytes = m_bytes;
    const QString fileName = m_filePath;
    const ImportFormat chosen = format();
    const TableMapping chosenMapping
        = chosen == ImportFormat::Table || !m_columns.isEmpty() ? mapping() : TableMapping();
    const std::shared_ptr<const Workspace> workspace = m_workspace;
    QPointer<ImportDialog> self(this);
    const bool skip = m_skipImported->isChecked();
    // Checked in the store's session: its own checks (ids taken, parents) need the database.
    m_session->run<std::shared_ptr<const CheckResult>>(
        [bytes, fileName, chosen, chosenMapping, workspace, skip](
            Repository& repository, StoreSession::Touched&) -> Result<std::shared_ptr<const CheckResult>> {
            return std::make_shared<const CheckResult>(
                runCheck(repository, bytes, fileName, chosen, chosenMapping, workspace, skip));
        },
        [self, generation](const Result<std::shared_ptr<const CheckResult>>& result) {
            if (self)
                self->checkDone(generation, result);
        });
}

void ImportDialog::checkDone(int generation, const Result<std::shared_ptr<const CheckResult>>& checked)
{
    m_checking = false;
    if (generation != m_generation)
        return;
    if (m_recheckPending) {
        m_recheckPending = false;
        recheck();
        return;
    }
    if (!checked) {
        m_found->setText(tr("The database cannot be read."));
        showProblems({ { Problem::Severity::Error, Problem::Kind::Io, m_filePath, 0, 0, checked.error().message } });
        updateButtons();
        Q_EMIT this->checked();
        return;
    }
    const std::shared_ptr<const CheckResult>& result = checked.value();
    // The table's columns, once: the mapping editors offer them.
    if (m_columns.isEmpty() && !result->table.value.columns.isEmpty()) {
        // A column without a name, or with another's, is chosen by its number.
        const QStringList& headers = result->table.value.columns;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString name = headers.at(i).trimmed();
            m_columns.append(name.isEmpty() || headers.count(headers.at(i)) > 1 ? QString::number(i + 1) : name);
        }
        m_settingUp = true;
        for (QComboBox* box : { m_date, m_year, m_month, m_day, m_subject, m_metricColumn }) {
            box->clear();
            box->addItem(tr("(none)"));
            box->addItems(m_columns);
        }
        m_metric->clear();
        m_metric->addItem(tr("(from the value columns' names)"), QString());
        for (const Metric& metric : m_workspace->metrics().metrics())
            m_metric->addItem(QStringLiteral("%1 (%2)").arg(metric.label, metric.key), metric.key);
        m_values->clear();
        for (const QString& column : std::as_const(m_columns)) {
            auto* item = new QStandardItem(column);
            item->setCheckable(true);
            item->setEditable(false);
            m_values->appendRow(item);
        }
        m_settingUp = false;
    }
    if (!result->table.value.columns.isEmpty()) {
        m_table->clear();
        // An HXL file's hashtags under the header, as the file has them.
        QStringList headers = result->table.value.columns;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString hashtag = result->table.value.hashtags.value(i);
            if (!hashtag.isEmpty())
                headers[i] += u'\n' + hashtag;
        }
        m_table->setHorizontalHeaderLabels(headers);
        for (qsizetype r = 0; r < result->table.value.rows.size(); ++r) {
            QList<QStandardItem*> cells;
            for (const QString& cell : result->table.value.rows.at(r))
                cells.append(new QStandardItem(cell));
            m_table->appendRow(cells);
            m_table->setVerticalHeaderItem(
                static_cast<int>(r), new QStandardItem(QString::number(result->table.value.lines.value(r))));
        }
    }
    m_mappingBox->setVisible(result->detected == ImportFormat::Table);
    m_articleShown = result->detected == ImportFormat::Article;
    m_articleBox->setVisible(m_articleShown);
    if (result->detected == ImportFormat::Article) {
        m_report = result->report;
        QString found = tr("a plain-text article: %n figure(s) proposed", nullptr,
            result->article ? static_cast<int>(result->article->proposals.size()) : 0);
        if (!result->report.repair.isEmpty())
            found += QStringLiteral(" \u2014 ") + result->report.repair;
        m_found->setText(found);
        if (result->article)
            showProposals(result->article);
        else
            showProblems(result->report.problems);
        updateButtons();
        Q_EMIT this->checked();
        return;
    }
    showCheck(result->report, result->read, result->table);
    Q_EMIT this->checked();
}

void ImportDialog::showCheck(
    const ImportReport& report, const ParseResult<ImportedData>& read, const ParseResult<TablePreview>& table)
{
    Q_UNUSED(table);
    m_report = report;
    QString found = report.format.isEmpty() ? read.value.format : report.format;
    if (found.isEmpty())
        found = tr("nothing we can import yet");
    if (!report.repair.isEmpty())
        found += QStringLiteral(" \u2014 ") + report.repair;
    m_found->setText(found);

    m_preview->clear();
    m_preview->setHorizontalHeaderLabels({ tr("Kind"), tr("Id"), tr("Date"), tr("Metric or title"), tr("Value"),
        tr("Subject or category"), tr("Quote") });
    const ImportedData& data = read.value;
    for (qsizetype row = 0; row < data.data.figures.size() && row < previewRows; ++row) {
        const Figure figure = data.data.figures.figure(row);
        const Metric* metric = m_workspace->metrics().find(figure.metric);
        QString metricLabel = metric ? metric->label : figure.metric;
        for (const Metric& extra : data.data.metrics) {
            if (extra.key == figure.metric)
                metricLabel = extra.label + tr(" (new)");
        }
        m_preview->appendRow({ new QStandardItem(tr("figure")), new QStandardItem(figure.id),
            new QStandardItem(formatPeriod(figure.period)), new QStandardItem(metricLabel),
            new QStandardItem(formatNumber(figure.value)), new QStandardItem(figure.subject),
            new QStandardItem(figure.citation.quote.simplified()) });
    }
    for (qsizetype i = 0; i < data.data.events.size() && m_preview->rowCount() < previewRows; ++i) {
        const Event& event = data.data.events.at(i);
        m_preview->appendRow({ new QStandardItem(tr("event")), new QStandardItem(event.id),
            new QStandardItem(formatPeriod(event.period)), new QStandardItem(event.title), new QStandardItem(),
            new QStandardItem(categoryLabel(event.category)),
            new QStandardItem(
                event.citations.isEmpty() ? QString() : event.citations.constFirst().quote.simplified()) });
    }
    m_previewView->resizeColumnsToContents();
    m_skipImported->setVisible(report.alreadyImported > 0 || m_skipImported->isChecked());
    if (report.nothingNew) {
        m_summary->setText(tr("Nothing new: everything in the file was imported before."));
    } else if (report.ok()) {
        m_summary->setText(
            tr("Will import %1 figures, %2 events and %3 new sources, all in one step (Edit → Undo "
               "takes it back).%4")
                .arg(QString::number(report.figures), QString::number(report.events), QString::number(report.sources),
                    m_preview->rowCount() < report.figures + report.events
                        ? tr(" The first %1 are listed.").arg(m_preview->rowCount())
                        : QString()));
    } else {
        m_summary->setText(tr("Nothing can be imported until the problems below are solved."));
    }
    showProblems(report.problems);
    updateButtons();
}

void ImportDialog::showProblems(const QList<Problem>& problems)
{
    m_problems->clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Problem& problem : problems) {
        auto* item
            = new QStandardItem(problem.severity == Problem::Severity::Error ? error : warning, problemText(problem));
        item->setData(problem.line, ProblemLineRole);
        item->setData(problemKindName(problem.kind), ProblemKindRole);
        item->setToolTip(plainToolTip(problemKindText(problem.kind) + u'\n' + problem.toString()));
        m_problems->appendRow(item);
    }
    if (problems.isEmpty())
        m_problems->appendRow(new QStandardItem(tr("None.")));
}

QString ImportDialog::problemKindText(Problem::Kind kind)
{
    switch (kind) {
    case Problem::Kind::EmptyFile:
        return tr("The file is empty.");
    case Problem::Kind::Encoding:
        return tr("The file is not text in an encoding Crisis Timeline reads.");
    case Problem::Kind::Syntax:
        return tr("The file breaks the rules of its format here.");
    case Problem::Kind::LimitExceeded:
        return tr("Larger than Crisis Timeline reads.");
    case Problem::Kind::UnsupportedFormat:
        return tr("Not a format Crisis Timeline imports.");
    case Problem::Kind::MissingField:
        return tr("Something that must be given is missing.");
    case Problem::Kind::InvalidValue:
        return tr("A value that is not allowed here.");
    case Problem::Kind::InvalidDate:
        return tr("A date that cannot be read.");
    case Problem::Kind::ColumnMapping:
        return tr("Which column holds what cannot be told.");
    case Problem::Kind::UnknownReference:
        return tr("It names a record or metric that does not exist.");
    case Problem::Kind::DuplicateId:
        return tr("An id given twice, or one the database has already.");
    case Problem::Kind::Conflict:
        return tr("Two descriptions of one record differ.");
    case Problem::Kind::ParentCycle:
        return tr("A figure would be a part of itself.");
    case Problem::Kind::StillReferenced:
        return tr("Other records still need it.");
    case Problem::Kind::QuoteNotFound:
        return tr("The quote does not stand in its source's text.");
    case Problem::Kind::NothingToImport:
        return tr("Nothing in the file can be imported.");
    case Problem::Kind::Ignored:
        return tr("Left out of the import.");
    case Problem::Kind::AlreadyImported:
        return tr("Imported before from a file of this name.");
    case Problem::Kind::NewMetric:
        return tr("A new metric is added with the import.");
    case Problem::Kind::MoreProblems:
        return tr("More problems than are listed.");
    case Problem::Kind::Io:
        return tr("A file or the database could not be read or written.");
    case Problem::Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

void ImportDialog::updateButtons()
{
    auto* importButton = findChild<QPushButton*>(QStringLiteral("import"));
    importButton->setEnabled(!m_checking && !m_importing && m_report.ok() && m_report.figures + m_report.events > 0);
    m_skipImported->setEnabled(!m_importing);
    m_format->setEnabled(!m_importing);
    m_mappingBox->setEnabled(!m_importing);
}

void ImportDialog::startImport()
{
    if (m_importing || m_checking || !m_report.ok())
        return;
    m_importing = true;
    updateButtons();
    m_progress->setRange(0, 0);
    m_progress->show();
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelFlag;
    const QByteArray bytes = m_bytes;
    const QString fileName = m_filePath;
    const ImportFormat chosen = format();
    const TableMapping chosenMapping = m_columns.isEmpty() ? TableMapping() : mapping();
    // An article imports the proposals accepted, as corrected.
    std::shared_ptr<const ArticleReading> article = m_articleShown ? m_article : nullptr;
    const QList<FigureProposal> accepted = article ? acceptedProposals(nullptr) : QList<FigureProposal>();
    const Period published = Period::parse(m_published->text().trimmed()).value_or(Period());
    const bool skip = m_skipImported->isChecked();
    QPointer<ImportDialog> self(this);
    const Progress progress = [self, cancelFlag](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (!self)
                    return;
                self->m_progress->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
                self->m_progress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
            },
            Qt::QueuedConnection);
        return !cancelFlag->load();
    };
    // Written through the store's session; the window shows the records once it has brought its data up to date.
    m_session->run<ImportReport>(
        [bytes, fileName, chosen, chosenMapping, article, accepted, published, progress, skip](
            Repository& repository, StoreSession::Touched& touched) -> Result<ImportReport> {
            ImportReport report;
            if (article) {
                report = importInto(
                    repository, fileName,
                    [&](ImportContext& context) {
                        context.article.published = published;
                        return articleFigures(*article, accepted, context);
                    },
                    false, progress, skip);
            } else {
                report = importInto(repository, bytes, fileName, chosen, false, progress, chosenMapping, {}, skip);
            }
            if (report.written) {
                touched.putFigures = report.figureIds;
                touched.putEvents = report.eventIds;
                touched.catalog = true;
            }
            return report;
        },
        [self, fileName](const Result<ImportReport>& result) {
            if (!self)
                return;
            ImportReport report;
            if (result)
                report = result.value();
            else
                report.problems.append(
                    { Problem::Severity::Error, Problem::Kind::Io, fileName, 0, 0, result.error().message });
            self->importDone(report);
        });
}

void ImportDialog::importDone(const ImportReport& report)
{
    m_importing = false;
    m_progress->hide();
    m_report = report;
    if (report.written) {
        Q_EMIT imported(report);
        accept();
        return;
    }
    m_summary->setText(tr("Nothing was imported."));
    showProblems(report.problems);
    updateButtons();
    Q_EMIT importFailed();
}

void ImportDialog::buildProposalEditor()
{
    m_articleBox = new QGroupBox(tr("Figures found in the article: check those to import, correct any cell"), this);
    m_articleBox->setObjectName(QStringLiteral("article"));
    auto* layout = new QVBoxLayout(m_articleBox);
    auto* form = new QFormLayout;
    m_published = new QLineEdit(m_articleBox);
    m_published->setObjectName(QStringLiteral("published"));
    m_published->setPlaceholderText(tr("e.g. 2024-09-22 (optional)"));
    form->addRow(tr("Published:"), m_published);
    layout->addLayout(form);
    m_proposals = new QStandardItemModel(this);
    m_proposals->setHorizontalHeaderLabels({ tr("Import"), tr("Value"), tr("Qualifier"), tr("Metric"), tr("Subject"),
        tr("Period (EDTF)"), tr("Sentence") });
    m_proposalView = new QTableView(m_articleBox);
    m_proposalView->setObjectName(QStringLiteral("proposals"));
    m_proposalView->setModel(m_proposals);
    m_proposalView->horizontalHeader()->setStretchLastSection(true);
    m_proposalView->setWordWrap(true);
    layout->addWidget(m_proposalView);
    connect(m_proposals, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_settingUp)
            checkProposals();
    });
    connect(m_published, &QLineEdit::textChanged, this, [this] { checkProposals(); });
    m_articleBox->hide();
}

void ImportDialog::setSkipImported(bool skip)
{
    m_skipImported->setChecked(skip);
}

bool ImportDialog::skipImported() const
{
    return m_skipImported->isChecked();
}

void ImportDialog::setPublished(const QString& edtf)
{
    m_published->setText(edtf);
}

void ImportDialog::showProposals(std::shared_ptr<const ArticleReading> article)
{
    m_article = std::move(article);
    m_settingUp = true;
    m_proposals->removeRows(0, m_proposals->rowCount());
    for (const FigureProposal& proposal : m_article->proposals) {
        auto* accept = new QStandardItem(proposal.numberText);
        accept->setCheckable(true);
        accept->setEditable(false);
        // Proposed as complete are checked (a part only with its total); the user decides about the rest.
        const auto complete = [](const FigureProposal& p) { return !p.metric.isEmpty() && p.period.has_value(); };
        const bool withTotal = proposal.parent < 0 || complete(m_article->proposals.value(proposal.parent));
        accept->setCheckState(complete(proposal) && withTotal ? Qt::Checked : Qt::Unchecked);
        // How sure the reader is, and why not, and what the figure is part of.
        QString how = proposal.confidence == ProposalConfidence::Sure
            ? tr("Sure: the value, metric, subject and period are stated where it stands.")
            : tr("To review: %1.").arg(proposal.why.join(QStringLiteral("; ")));
        if (proposal.parent >= 0)
            how += u'\n'
                + tr("Part of %1: %2.").arg(m_article->proposals.value(proposal.parent).numberText, proposal.subgroup);
        accept->setToolTip(how);
        const Metric* metric = m_workspace->metrics().find(proposal.metric);
        auto* metricItem = new QStandardItem(proposal.metric);
        metricItem->setToolTip(metric ? metric->label : tr("No metric found: type one of %1").arg([this] {
            QStringList keys;
            for (const Metric& m : m_workspace->metrics().metrics())
                keys.append(m.key);
            return keys.join(QStringLiteral(", "));
        }()));
        auto* sentence = new QStandardItem(proposal.sentence);
        sentence->setEditable(false);
        sentence->setToolTip(plainToolTip(proposal.sentence));
        m_proposals->appendRow({ accept, new QStandardItem(formatNumber(proposal.value)),
            new QStandardItem(proposal.qualifier), metricItem, subjectItem(proposal),
            new QStandardItem(proposal.period ? proposal.period->toEdtf() : QString()), sentence });
    }
    m_proposalView->resizeColumnsToContents();
    m_proposalView->setColumnWidth(SentenceColumn, 520);
    m_settingUp = false;
    checkProposals();
}

QStandardItem* ImportDialog::subjectItem(const FigureProposal& proposal)
{
    auto* item = new QStandardItem(proposal.subject);
    if (proposal.subjectInferred)
        item->setToolTip(tr("Inferred: %1").arg(proposal.subjectNote));
    return item;
}

QList<FigureProposal> ImportDialog::acceptedProposals(QList<Problem>* problems) const
{
    QList<FigureProposal> accepted;
    if (!m_article)
        return accepted;
    for (int row = 0; row < m_proposals->rowCount() && row < m_article->proposals.size(); ++row) {
        if (m_proposals->item(row, AcceptColumn)->checkState() != Qt::Checked)
            continue;
        FigureProposal proposal = m_article->proposals.at(row);
        const auto problem = [&](Problem::Kind kind, const QString& detail) {
            if (!problems)
                return;
            // Where the number is, as the file's line and column.
            const TextPosition at = textPositionOfIndex(m_article->string, proposal.numberStart);
            problems->append({ Problem::Severity::Error, kind, m_filePath, at.line, at.column, detail });
        };
        QString valueText = m_proposals->item(row, ValueColumn)->text();
        bool ok = true;
        // The value as found, unless the user changed it (the cell shows it rounded).
        const double value
            = valueText == formatNumber(proposal.value) ? proposal.value : valueText.remove(u',').toDouble(&ok);
        if (!ok) {
            problem(Problem::Kind::InvalidValue,
                tr("\u201c%1\u201d is not a number").arg(m_proposals->item(row, ValueColumn)->text()));
            continue;
        }
        proposal.value = value;
        proposal.qualifier = m_proposals->item(row, QualifierColumn)->text().trimmed();
        proposal.metric = m_proposals->item(row, MetricColumn)->text().trimmed();
        proposal.subject = m_proposals->item(row, SubjectColumn)->text().trimmed();
        const QString period = m_proposals->item(row, PeriodColumn)->text().trimmed();
        if (period.isEmpty()) {
            proposal.period.reset();
        } else {
            QString why;
            const auto parsed = Period::parse(period, &why);
            if (!parsed) {
                problem(Problem::Kind::InvalidDate, tr("\u201c%1\u201d is not a date or period: %2").arg(period, why));
                continue;
            }
            // A period the user typed is stated by them, not inferred from the article's date.
            if (!proposal.period || *proposal.period != *parsed)
                proposal.periodInferred = false;
            proposal.period = parsed;
        }
        accepted.append(proposal);
    }
    return accepted;
}

void ImportDialog::checkProposals()
{
    if (!m_article)
        return;
    QList<Problem> problems;
    const QString publishedText = m_published->text().trimmed();
    Period published;
    if (!publishedText.isEmpty()) {
        QString why;
        if (const auto parsed = Period::parse(publishedText, &why))
            published = *parsed;
        else
            problems.append({ Problem::Severity::Error, Problem::Kind::InvalidDate, m_filePath, 0, 0,
                tr("Published: %1").arg(why) });
    }
    const QList<FigureProposal> accepted = acceptedProposals(&problems);
    ImportContext context = contextFor(*m_workspace, m_filePath, {});
    context.article.published = published;
    const ParseResult<ImportedData> read = articleFigures(*m_article, accepted, context);
    problems += read.problems;
    ImportReport report;
    report.format = QStringLiteral("article");
    report.repair = m_article->text.repair;
    report.problems = problems;
    report.figures = hasErrors(problems) ? 0 : read.value.data.figures.size();
    report.sources = report.figures > 0 ? 1 : 0;
    ParseResult<ImportedData> shown = read;
    shown.problems = problems;
    showCheck(report, shown, {});
    m_found->setText(
        tr("a plain-text article: %n figure(s) proposed", nullptr, static_cast<int>(m_article->proposals.size()))
        + (m_article->text.repair.isEmpty() ? QString() : QStringLiteral(" \u2014 ") + m_article->text.repair));
}

void ImportDialog::reject()
{
    if (m_importing) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::cancelImport()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace crisis::ui
