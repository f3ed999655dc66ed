#include <crisis/core/analysis/chartspec.h>
#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/analysis/workspace.h>
#include <crisis/ui/dialogs/eventdialog.h>
#include <crisis/ui/models/labels.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace crisis::ui {

namespace {

QString chartLabel(const QString& key)
{
    const auto kind = core::chartFromKey(key);
    if (!kind)
        return key;
    switch (*kind) {
    case core::ChartKind::Deployment:
        return EventDialog::tr("Deployment");
    case core::ChartKind::Casualties:
        return EventDialog::tr("Casualties");
    case core::ChartKind::Displacement:
        return EventDialog::tr("Displacement");
    case core::ChartKind::Funding:
        return EventDialog::tr("Funding");
    }
    return key;
}

} // namespace

EventDialog::EventDialog(std::shared_ptr<const core::Workspace> workspace, const core::Event* existing,
    SourceTexts texts, QWidget* parent, RecordOrigin origin)
    : RecordDialog(parent)
    , m_workspace(std::move(workspace))
    , m_existing(existing ? std::optional<core::Event>(*existing) : std::nullopt)
    , m_origin(origin)
    , m_id(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_period(new QLineEdit(this))
    , m_periodHint(new QLabel(this))
    , m_periodInferred(new QCheckBox(tr("Inferred"), this))
    , m_periodNote(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_actors(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_chartModel(new QStandardItemModel(this))
    , m_charts(new QListView(this))
    , m_citationModel(new QStandardItemModel(0, ColumnCount, this))
    , m_citations(new QTableView(this))
    , m_addCitation(new QPushButton(tr("&Add"), this))
    , m_removeCitation(new QPushButton(tr("Re&move"), this))
    , m_citationSource(new QComboBox(this))
    , m_citationQuote(new QPlainTextEdit(this))
    , m_citationOffset(new QSpinBox(this))
    , m_quoteStatus(new QLabel(this))
{
    setSourceTexts(std::move(texts));
    setWindowTitle(isNew() ? tr("New Event") : tr("Edit Event %1").arg(m_existing->id));
    m_id->setObjectName(QStringLiteral("id"));
    m_title->setObjectName(QStringLiteral("title"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_period->setObjectName(QStringLiteral("period"));
    m_periodHint->setObjectName(QStringLiteral("periodHint"));
    m_periodInferred->setObjectName(QStringLiteral("periodInferred"));
    m_periodNote->setObjectName(QStringLiteral("periodNote"));
    m_category->setObjectName(QStringLiteral("category"));
    m_status->setObjectName(QStringLiteral("status"));
    m_actors->setObjectName(QStringLiteral("actors"));
    m_location->setObjectName(QStringLiteral("location"));
    m_charts->setObjectName(QStringLiteral("charts"));
    m_citations->setObjectName(QStringLiteral("citations"));
    m_addCitation->setObjectName(QStringLiteral("addCitation"));
    m_removeCitation->setObjectName(QStringLiteral("removeCitation"));
    m_citationSource->setObjectName(QStringLiteral("citationSource"));
    m_citationQuote->setObjectName(QStringLiteral("citationQuote"));
    m_citationOffset->setObjectName(QStringLiteral("citationOffset"));
    m_quoteStatus->setObjectName(QStringLiteral("quoteStatus"));

    m_periodHint->setForegroundRole(QPalette::PlaceholderText);
    m_quoteStatus->setWordWrap(true);
    // Hints quote data (documents, periods): plain text, never HTML.
    m_periodHint->setTextFormat(Qt::PlainText);
    m_quoteStatus->setTextFormat(Qt::PlainText);
    m_quoteStatus->setForegroundRole(QPalette::PlaceholderText);

    m_title->setPlaceholderText(tr("What happened, in a few words"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_period->setPlaceholderText(tr("e.g. 2024-06-25 or 2024-06/2024-09"));
    m_period->setToolTip(tr("When it happened, in EDTF: YYYY, YYYY-MM or YYYY-MM-DD, an interval as start/end, ~ for "
                            "approximate"));
    m_periodNote->setPlaceholderText(tr("How the date was inferred (required when inferred)"));
    for (const core::EventCategory category : core::allCategories())
        m_category->addItem(categoryLabel(category), static_cast<int>(category));
    for (const core::EventStatus status : core::allEventStatuses())
        m_status->addItem(eventStatusLabel(status), static_cast<int>(status));
    m_status->setToolTip(tr("Occurred: it happened. Expected: announced as due (its date is the period it is "
                            "expected over). Proposed: sought or recommended, not decided."));
    m_actors->setPlaceholderText(tr("Comma separated, e.g. Kenya, UN Security Council"));
    m_location->setPlaceholderText(tr("e.g. Port-au-Prince"));
    m_charts->setModel(m_chartModel);
    m_charts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_charts->setToolTip(tr("The charts that mark this event"));

    m_citations->setModel(m_citationModel);
    m_citationModel->setHorizontalHeaderLabels({ tr("Source"), tr("Quote"), tr("Offset") });
    m_citations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_citations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_citations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_citations->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_citations->setAccessibleName(tr("Citations"));
    m_citations->setAccessibleDescription(tr("The quotes the event rests on, each with its source"));
    m_citations->verticalHeader()->setVisible(false);
    m_citations->horizontalHeader()->setSectionResizeMode(QuoteColumn, QHeaderView::Stretch);
    m_citations->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    m_citations->horizontalHeader()->resizeSection(SourceColumn, fontMetrics().averageCharWidth() * 30);
    m_citations->horizontalHeader()->setSectionResizeMode(OffsetColumn, QHeaderView::ResizeToContents);
    m_citations->setWordWrap(false);
    m_citations->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    for (const core::Source& source : m_workspace->sources()) {
        m_citationSource->addItem(tr("%1 \u2014 %2").arg(m_workspace->sourceLabel(source), source.document), source.id);
        m_citationSource->setItemData(m_citationSource->count() - 1, sourceToolTip(source), Qt::ToolTipRole);
    }
    // Long source labels must not make the dialog wider than a screen.
    m_citationSource->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_citationSource->setMinimumContentsLength(45);
    m_citationQuote->setTabChangesFocus(true);
    m_citationQuote->setPlaceholderText(tr("The words of the source that state the event, verbatim"));
    m_citationQuote->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_citationOffset->setRange(0, std::numeric_limits<int>::max());
    m_citationOffset->setSuffix(tr(" characters"));
    m_citationOffset->setToolTip(tr("Where the quote starts in the document's text, in characters from 0"));

    // Fill the fields.
    const core::Event event = m_existing.value_or(core::Event());
    m_id->setText(event.id);
    if (!m_existing) { // a free id for a new event; a draft keeps its own
        for (qsizetype n = m_workspace->events().size() + 1;; ++n) {
            const QString id = QStringLiteral("evt-%1").arg(n, 2, 10, QLatin1Char('0'));
            if (m_workspace->eventIndex(id) < 0) {
                m_id->setText(id);
                break;
            }
        }
    }
    m_id->setReadOnly(!isNew());
    m_title->setText(event.title);
    m_summary->setPlainText(event.summary);
    m_period->setText(event.period.isValid() ? event.period.toEdtf() : QString());
    m_periodInferred->setChecked(event.periodInferred);
    m_periodNote->setText(event.periodNote);
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(event.category)));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(event.status)));
    m_actors->setText(event.actors.join(QStringLiteral(", ")));
    m_location->setText(event.location);
    for (QLineEdit* edit : { m_title, m_periodNote, m_actors, m_location })
        edit->setCursorPosition(0); // long texts show their beginning
    QStringList charts = core::chartKeys();
    for (const QString& key : event.charts) {
        if (!charts.contains(key))
            charts.append(key); // a chart of a newer version: kept as it is
    }
    for (const QString& key : charts) {
        auto* item = new QStandardItem(chartLabel(key));
        item->setData(key, Qt::UserRole);
        item->setCheckable(true);
        item->setCheckState(event.charts.contains(key) ? Qt::Checked : Qt::Unchecked);
        m_chartModel->appendRow(item);
    }
    m_charts->setFixedHeight(
        (fontMetrics().height() + 6) * static_cast<int>(charts.size()) + 2 * m_charts->frameWidth());
    for (const core::Citation& citation : event.citations)
        addCitation(citation);
    if (!event.citations.isEmpty())
        m_citations->selectRow(0);

    // Layout: the event on the left, its citations on the right.
    auto* form = new QFormLayout;
    form->addRow(tr("&Id"), m_id);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("Su&mmary"), m_summary);
    addDateRows(form, tr("&Date"), m_period, m_periodInferred, m_periodHint, m_periodNote);
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("Stat&us"), m_status);
    form->addRow(tr("&Actors"), m_actors);
    form->addRow(tr("&Location"), m_location);
    form->addRow(tr("C&harts"), m_charts);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* eventBox = new QGroupBox(tr("Event"), this);
    eventBox->setLayout(form);
    eventBox->setMinimumWidth(fontMetrics().averageCharWidth() * 55);

    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addCitation);
    rowButtons->addWidget(m_removeCitation);
    rowButtons->addStretch();
    auto* citationForm = new QFormLayout;
    citationForm->addRow(tr("&Source"), m_citationSource);
    citationForm->addRow(tr("&Quote"), m_citationQuote);
    auto* offset = new QHBoxLayout;
    offset->addWidget(m_citationOffset);
    offset->addStretch();
    auto* offsetLabel = new QLabel(tr("O&ffset"), this);
    offsetLabel->setBuddy(m_citationOffset);
    citationForm->addRow(offsetLabel, offset);
    citationForm->addRow(QString(), m_quoteStatus);
    auto* citationLayout = new QVBoxLayout;
    citationLayout->addWidget(m_citations, 1);
    citationLayout->addLayout(rowButtons);
    citationLayout->addLayout(citationForm);
    auto* citationBox = new QGroupBox(tr("Citations"), this);
    citationBox->setLayout(citationLayout);
    citationBox->setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    auto* columns = new QHBoxLayout;
    columns->addWidget(eventBox, 1);
    columns->addWidget(citationBox, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(errorLabel());
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_period, &QLineEdit::textChanged, this, &EventDialog::updatePeriodHint);
    connect(m_addCitation, &QPushButton::clicked, this, [this] {
        addCitation();
        m_citationQuote->setFocus();
    });
    connect(m_removeCitation, &QPushButton::clicked, this, [this] {
        const int row = currentCitation();
        if (row < 0)
            return;
        m_citationModel->removeRow(row);
        if (m_citationModel->rowCount() > 0)
            m_citations->selectRow(std::min(row, m_citationModel->rowCount() - 1));
        showCitation(currentCitation());
    });
    connect(m_citations->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showCitation(current.isValid() ? current.row() : -1); });
    connect(m_citationSource, &QComboBox::currentIndexChanged, this, &EventDialog::storeCitation);
    connect(m_citationQuote, &QPlainTextEdit::textChanged, this, &EventDialog::storeCitation);
    connect(m_citationOffset, &QSpinBox::valueChanged, this, &EventDialog::storeCitation);
    updatePeriodHint();
    showCitation(currentCitation());
    (isNew() ? static_cast<QWidget*>(m_title) : m_summary)->setFocus();
}

void EventDialog::addCitation(const core::Citation& citation)
{
    core::Citation added = citation;
    if (added.sourceId.isEmpty()) {
        const int current = currentCitation();
        added.sourceId = current >= 0 ? citationAt(current).sourceId : m_citationSource->itemData(0).toString();
    }
    if (!added.sourceId.isEmpty() && m_citationSource->findData(added.sourceId) < 0)
        m_citationSource->addItem(added.sourceId, added.sourceId); // not in this database: validate() says so
    QList<QStandardItem*> row;
    for (int column = 0; column < ColumnCount; ++column)
        row.append(new QStandardItem);
    m_citationModel->appendRow(row);
    setCitationAt(m_citationModel->rowCount() - 1, added);
    m_citations->selectRow(m_citationModel->rowCount() - 1);
}

core::Citation EventDialog::citationAt(int row) const
{
    core::Citation citation;
    citation.sourceId = m_citationModel->index(row, SourceColumn).data(SourceIdRole).toString();
    citation.quote = m_citationModel->index(row, QuoteColumn).data(QuoteRole).toString();
    citation.offset = m_citationModel->index(row, OffsetColumn).data(OffsetRole).toLongLong();
    return citation;
}

void EventDialog::setCitationAt(int row, const core::Citation& citation)
{
    const core::Source* source = m_workspace->source(citation.sourceId);
    QStandardItem* sourceItem = m_citationModel->item(row, SourceColumn);
    sourceItem->setText(source ? m_workspace->sourceLabel(*source) : citation.sourceId);
    sourceItem->setData(citation.sourceId, SourceIdRole);
    if (source)
        sourceItem->setToolTip(sourceToolTip(*source));
    QStandardItem* quoteItem = m_citationModel->item(row, QuoteColumn);
    quoteItem->setText(QString(citation.quote).replace(u'\n', u' '));
    quoteItem->setData(citation.quote, QuoteRole);
    quoteItem->setToolTip(plainToolTip(citation.quote));
    QStandardItem* offsetItem = m_citationModel->item(row, OffsetColumn);
    offsetItem->setText(QString::number(citation.offset));
    offsetItem->setData(citation.offset, OffsetRole);
}

int EventDialog::currentCitation() const
{
    const QModelIndex current = m_citations->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void EventDialog::showCitation(int row)
{
    const bool any = row >= 0;
    m_removeCitation->setEnabled(any);
    m_citationSource->setEnabled(any);
    m_citationQuote->setEnabled(any);
    m_citationOffset->setEnabled(any);
    m_showingCitation = true;
    const core::Citation citation = any ? citationAt(row) : core::Citation();
    m_citationSource->setCurrentIndex(any ? m_citationSource->findData(citation.sourceId) : -1);
    m_citationQuote->setPlainText(citation.quote);
    m_citationOffset->setValue(static_cast<int>(std::clamp<qint64>(citation.offset, 0, m_citationOffset->maximum())));
    m_showingCitation = false;
    updateQuoteStatus();
}

void EventDialog::storeCitation()
{
    const int row = currentCitation();
    if (m_showingCitation || row < 0)
        return;
    core::Citation citation;
    citation.sourceId = m_citationSource->currentData().toString();
    citation.quote = plainText(m_citationQuote);
    citation.offset = m_citationOffset->value();
    setCitationAt(row, citation);
    updateQuoteStatus();
}

core::Event EventDialog::event() const
{
    core::Event event;
    event.id = m_id->text().trimmed();
    event.period = core::Period::parse(m_period->text().trimmed()).value_or(core::Period());
    event.periodInferred = m_periodInferred->isChecked();
    event.periodNote = m_periodNote->text().trimmed();
    event.title = m_title->text().trimmed();
    event.summary = plainText(m_summary);
    event.category = static_cast<core::EventCategory>(m_category->currentData().toInt());
    event.status = static_cast<core::EventStatus>(m_status->currentData().toInt());
    for (const QString& actor : m_actors->text().split(u',', Qt::SkipEmptyParts)) {
        if (!actor.trimmed().isEmpty())
            event.actors.append(actor.trimmed());
    }
    event.location = m_location->text().trimmed();
    for (int row = 0; row < m_citationModel->rowCount(); ++row)
        event.citations.append(citationAt(row));
    for (int row = 0; row < m_chartModel->rowCount(); ++row) {
        const QStandardItem* item = m_chartModel->item(row);
        if (item->checkState() == Qt::Checked)
            event.charts.append(item->data(Qt::UserRole).toString());
    }
    return event;
}

EventDialog::Problem EventDialog::check()
{
    const core::Event e = event();
    if (isNew()) {
        if (e.id.isEmpty())
            return { tr("Give the event an id."), m_id };
        if (!isRecordId(e.id))
            return { tr("The id \u201c%1\u201d may hold only letters, digits, dots, dashes and underscores.").arg(e.id),
                m_id };
        if (m_workspace->eventIndex(e.id) >= 0)
            return { tr("There is already an event %1: choose another id.").arg(e.id), m_id };
    }
    if (e.title.isEmpty())
        return { tr("Give the event a title."), m_title };
    const QString periodInput = m_period->text().trimmed();
    if (periodInput.isEmpty())
        return { tr("Give the date of the event, or the period it spans, e.g. 2024-06-25 or 2024-06/2024-09."),
            m_period };
    QString error;
    if (!core::Period::parse(periodInput, &error))
        return { tr("The date is not valid: %1.").arg(error), m_period };
    if (e.periodInferred && e.periodNote.isEmpty())
        return { tr("Say how the date was inferred, since the sources do not state it."), m_periodNote };

    if (e.citations.isEmpty())
        return { tr("Cite at least one source: add a citation with its quote."), m_addCitation };
    QStringList moved;
    for (int row = 0; row < e.citations.size(); ++row) {
        const core::Citation& citation = e.citations.at(row);
        const auto atFault = [&](const QString& message, QWidget* field) {
            m_citations->selectRow(row);
            return Problem { tr("Citation %1: %2").arg(QString::number(row + 1), message), field };
        };
        const core::Source* source = m_workspace->source(citation.sourceId);
        if (!source)
            return atFault(tr("choose the source that states the event."), m_citationSource);
        if (citation.quote.isEmpty())
            return atFault(tr("quote the words of the source that state the event."), m_citationQuote);
        const QString document = documentName(*m_workspace, *source);
        const core::QuoteLookup lookup
            = core::lookUpQuote(sourceText(*m_workspace, source->id), citation.quote, citation.offset);
        if (lookup.result == core::QuoteLookup::Result::NotFound)
            return atFault(tr("the quote is not in %1.").arg(document), m_citationQuote);
        if (lookup.result == core::QuoteLookup::Result::Elsewhere) {
            core::Citation corrected = citation;
            corrected.offset = lookup.foundAt;
            setCitationAt(row, corrected);
            moved.append(tr("Moved the offset of citation %1 from %2 to %3, where the quote stands in %4.")
                             .arg(QString::number(row + 1), QString::number(citation.offset),
                                 QString::number(lookup.foundAt), document));
        }
    }
    if (!moved.isEmpty()) {
        showCitation(currentCitation()); // the editors show the moved offset
        m_quoteStatus->setText(moved.join(u' '));
    }
    return {};
}

void EventDialog::updateQuoteStatus()
{
    const int row = currentCitation();
    const core::Citation citation = row >= 0 ? citationAt(row) : core::Citation();
    const core::Source* source = m_workspace->source(citation.sourceId);
    if (!source || citation.quote.isEmpty()) {
        m_quoteStatus->setText(
            row < 0 && m_citationModel->rowCount() == 0 ? tr("No citation yet: add one.") : QString());
        return;
    }
    m_quoteStatus->setText(
        describe(core::lookUpQuote(sourceText(*m_workspace, source->id), citation.quote, citation.offset),
            documentName(*m_workspace, *source), citation.offset));
}

void EventDialog::updatePeriodHint()
{
    const auto period = core::Period::parse(m_period->text().trimmed());
    m_periodHint->setText(period ? core::formatPeriod(*period) : QString());
}

} // namespace crisis::ui
