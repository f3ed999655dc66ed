#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/analysis/workspace.h>
#include <crisis/core/support/numberscanner.h>
#include <crisis/core/support/textoffsets.h>
#include <crisis/ui/dialogs/figuredialog.h>
#include <crisis/ui/models/labels.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace crisis::ui {

namespace {

// Numbers are read and written as in the English sources they are quoted from: "2,728", "1.5", "1.5e6".
std::optional<double> parseValue(const QString& input)
{
    QString text = input.trimmed();
    if (text.contains(u',')) {
        static const QRegularExpression grouped(QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?([eE][+-]?\\d+)?$"));
        if (!grouped.match(text).hasMatch())
            return std::nullopt;
        text.remove(u',');
    }
    static const QRegularExpression plain(QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (!plain.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString valueText(double value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

FigureDialog::FigureDialog(std::shared_ptr<const core::Workspace> workspace, const core::Figure* existing,
    SourceTexts texts, QWidget* parent, RecordOrigin origin)
    : RecordDialog(parent)
    , m_workspace(std::move(workspace))
    , m_existing(existing ? std::optional<core::Figure>(*existing) : std::nullopt)
    , m_origin(origin)
    , m_id(new QLineEdit(this))
    , m_metric(new QComboBox(this))
    , m_qualifier(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_subject(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_period(new QLineEdit(this))
    , m_periodHint(new QLabel(this))
    , m_periodInferred(new QCheckBox(tr("Inferred"), this))
    , m_periodNote(new QLineEdit(this))
    , m_reported(new QLineEdit(this))
    , m_reportedInferred(new QCheckBox(tr("Inferred"), this))
    , m_parentId(new QLineEdit(this))
    , m_parentHint(new QLabel(this))
    , m_subgroup(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_quote(new QPlainTextEdit(this))
    , m_offset(new QSpinBox(this))
    , m_quoteStatus(new QLabel(this))
    , m_keepValue(new QCheckBox(tr("Keep anyway"), this))
    , m_note(new QLineEdit(this))
{
    setSourceTexts(std::move(texts));
    setWindowTitle(isNew() ? tr("New Figure") : tr("Edit Figure %1").arg(m_existing->id));
    m_id->setObjectName(QStringLiteral("id"));
    m_metric->setObjectName(QStringLiteral("metric"));
    m_qualifier->setObjectName(QStringLiteral("qualifier"));
    m_value->setObjectName(QStringLiteral("value"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_status->setObjectName(QStringLiteral("status"));
    m_period->setObjectName(QStringLiteral("period"));
    m_periodHint->setObjectName(QStringLiteral("periodHint"));
    m_periodInferred->setObjectName(QStringLiteral("periodInferred"));
    m_periodNote->setObjectName(QStringLiteral("periodNote"));
    m_reported->setObjectName(QStringLiteral("reported"));
    m_reportedInferred->setObjectName(QStringLiteral("reportedInferred"));
    m_parentId->setObjectName(QStringLiteral("parent"));
    m_parentHint->setObjectName(QStringLiteral("parentHint"));
    m_subgroup->setObjectName(QStringLiteral("subgroup"));
    m_source->setObjectName(QStringLiteral("source"));
    m_quote->setObjectName(QStringLiteral("quote"));
    m_offset->setObjectName(QStringLiteral("offset"));
    m_quoteStatus->setObjectName(QStringLiteral("quoteStatus"));
    m_keepValue->setObjectName(QStringLiteral("keepValue"));
    m_note->setObjectName(QStringLiteral("note"));

    for (QLabel* hint : { m_parentHint, m_quoteStatus }) {
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }
    m_periodHint->setForegroundRole(QPalette::PlaceholderText);
    // Hints quote data (a parent's subject, documents, periods): plain text, never HTML.
    for (QLabel* hint : { m_periodHint, m_parentHint, m_quoteStatus })
        hint->setTextFormat(Qt::PlainText);

    for (const core::Metric& metric : m_workspace->metrics().metrics()) {
        m_metric->addItem(metric.label, metric.key);
        m_metric->setItemData(m_metric->count() - 1,
            tr("%1 (%2, in %3)")
                .arg(metric.key,
                    metric.kind == core::Metric::Kind::Flow ? tr("counted over a period") : tr("held at a date"),
                    metric.unit),
            Qt::ToolTipRole);
    }
    m_qualifier->setEditable(true);
    m_qualifier->setInsertPolicy(QComboBox::NoInsert);
    m_qualifier->addItems(core::knownQualifiers());
    m_qualifier->lineEdit()->setPlaceholderText(tr("none"));
    m_qualifier->setToolTip(tr("The word before the number, as the source writes it (“over”, “about”)"));
    m_value->setPlaceholderText(tr("e.g. 2,728 or 1.5e6"));
    QStringList subjects;
    for (qsizetype code = 0; code < m_workspace->figures().subjects().size(); ++code)
        subjects.append(m_workspace->figures().subjects().text(static_cast<quint32>(code)));
    subjects.removeAll(QString());
    subjects.sort(Qt::CaseInsensitive);
    m_subject->setEditable(true);
    m_subject->setInsertPolicy(QComboBox::NoInsert);
    m_subject->addItems(subjects);
    m_subject->lineEdit()->setPlaceholderText(tr("Haiti, Kenya, MSS, \u2026"));
    for (const core::FigureStatus status : core::allStatuses())
        m_status->addItem(statusLabel(status), static_cast<int>(status));
    m_period->setPlaceholderText(tr("e.g. 2023-09 or 2022-10/2023-06"));
    m_period->setToolTip(tr("The period a count covers, or the date a level holds at, in EDTF: YYYY, YYYY-MM or "
                            "YYYY-MM-DD, an interval as start/end, ~ for approximate"));
    m_periodNote->setPlaceholderText(tr("How the period was inferred (required when inferred)"));
    m_reported->setPlaceholderText(tr("optional, e.g. 2023-09~"));
    m_parentId->setPlaceholderText(tr("optional: the id of the figure this one breaks down"));
    m_subgroup->setPlaceholderText(tr("e.g. women, from Kenya"));
    for (const core::Source& source : m_workspace->sources()) {
        m_source->addItem(tr("%1 \u2014 %2").arg(m_workspace->sourceLabel(source), source.document), source.id);
        m_source->setItemData(m_source->count() - 1, sourceToolTip(source), Qt::ToolTipRole);
    }
    // Long source labels must not make the dialog wider than a screen.
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(45);
    m_quote->setTabChangesFocus(true);
    m_quote->setPlaceholderText(tr("The sentence or phrase that states the figure, verbatim"));
    m_quote->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_offset->setRange(0, std::numeric_limits<int>::max());
    m_offset->setSuffix(tr(" characters"));
    m_offset->setToolTip(tr("Where the quote starts in the document's text, in characters from 0"));
    m_keepValue->setToolTip(tr("Save the figure although its quote does not write its value"));
    m_keepValue->setVisible(false);

    // Fill the fields: a stored figure or a draft fills every one; a new figure starts with a free id and nothing else.
    const core::Figure figure = m_existing.value_or(core::Figure());
    m_id->setText(m_existing ? figure.id : suggestedId());
    m_id->setReadOnly(!isNew());
    if (m_existing) {
        if (m_metric->findData(figure.metric) < 0)
            m_metric->addItem(figure.metric, figure.metric);
        m_metric->setCurrentIndex(m_metric->findData(figure.metric));
        m_value->setText(valueText(figure.value));
    }
    m_qualifier->setCurrentText(figure.qualifier);
    m_subject->setCurrentText(figure.subject);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(figure.status)));
    m_period->setText(figure.period.isValid() ? figure.period.toEdtf() : QString());
    m_periodInferred->setChecked(figure.periodInferred);
    m_periodNote->setText(figure.periodNote);
    m_reported->setText(figure.reported.isValid() ? figure.reported.toEdtf() : QString());
    m_reportedInferred->setChecked(figure.reportedInferred);
    m_parentId->setText(figure.parentId);
    m_subgroup->setText(figure.subgroup);
    if (m_existing && m_source->findData(figure.citation.sourceId) < 0)
        m_source->addItem(figure.citation.sourceId, figure.citation.sourceId);
    m_source->setCurrentIndex(m_existing ? m_source->findData(figure.citation.sourceId) : 0);
    m_quote->setPlainText(figure.citation.quote);
    m_offset->setValue(static_cast<int>(std::clamp<qint64>(figure.citation.offset, 0, m_offset->maximum())));
    m_note->setText(figure.note);
    for (QLineEdit* edit : { m_periodNote, m_subgroup, m_note })
        edit->setCursorPosition(0); // long texts show their beginning

    // Layout: what the figure says on the left, where it is said on the right.
    auto* what = new QFormLayout;
    what->addRow(tr("&Id"), m_id);
    what->addRow(tr("&Metric"), m_metric);
    auto* value = new QHBoxLayout;
    value->addWidget(m_qualifier);
    value->addWidget(m_value, 1);
    auto* valueLabel = new QLabel(tr("&Value"), this);
    valueLabel->setBuddy(m_value);
    what->addRow(valueLabel, value);
    what->addRow(tr("Su&bject"), m_subject);
    what->addRow(tr("S&tatus"), m_status);
    addDateRows(what, tr("&Period"), m_period, m_periodInferred, m_periodHint, m_periodNote);
    addDateRows(what, tr("&Reported"), m_reported, m_reportedInferred);
    what->addRow(tr("Breaks &down"), m_parentId);
    what->addRow(QString(), m_parentHint);
    what->addRow(tr("Sub&group"), m_subgroup);
    what->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* whatBox = new QGroupBox(tr("Figure"), this);
    whatBox->setMinimumWidth(fontMetrics().averageCharWidth() * 55);
    whatBox->setLayout(what);

    auto* where = new QFormLayout;
    where->addRow(tr("&Source"), m_source);
    where->addRow(tr("&Quote"), m_quote);
    auto* offset = new QHBoxLayout;
    offset->addWidget(m_offset);
    offset->addStretch();
    auto* offsetLabel = new QLabel(tr("O&ffset"), this);
    offsetLabel->setBuddy(m_offset);
    where->addRow(offsetLabel, offset);
    where->addRow(QString(), m_quoteStatus);
    where->addRow(QString(), m_keepValue);
    where->addRow(tr("&Note"), m_note);
    auto* whereBox = new QGroupBox(tr("Citation"), this);
    whereBox->setLayout(where);
    whereBox->setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    auto* columns = new QHBoxLayout;
    columns->addWidget(whatBox, 1);
    columns->addWidget(whereBox, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FigureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FigureDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(errorLabel());
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    // Hints follow the fields; a changed value or quote asks again whether to keep a value the quote lacks.
    connect(m_period, &QLineEdit::textChanged, this, &FigureDialog::updatePeriodHint);
    connect(m_parentId, &QLineEdit::textChanged, this, &FigureDialog::updateParentHint);
    connect(m_source, &QComboBox::currentIndexChanged, this, &FigureDialog::updateQuoteStatus);
    connect(m_quote, &QPlainTextEdit::textChanged, this, &FigureDialog::updateQuoteStatus);
    connect(m_offset, &QSpinBox::valueChanged, this, &FigureDialog::updateQuoteStatus);
    const auto askAgain = [this] {
        m_keepValue->setChecked(false);
        m_keepValue->setVisible(false);
    };
    connect(m_value, &QLineEdit::textEdited, this, askAgain);
    connect(m_quote, &QPlainTextEdit::textChanged, this, askAgain);
    updatePeriodHint();
    updateParentHint();
    updateQuoteStatus();
    // A figure saved before (or a draft accepted) with a value its quote does not write was kept on purpose: say so,
    // ticked.
    if (m_existing && !core::isValueWrittenIn(figure.value, figure.citation.quote)) {
        m_keepValue->setChecked(true);
        m_keepValue->setVisible(true);
    }
    (isNew() ? static_cast<QWidget*>(m_metric) : m_value)->setFocus();
}

QString FigureDialog::suggestedId() const
{
    for (qsizetype n = m_workspace->figures().size() + 1;; ++n) {
        QString id = QStringLiteral("fig-%1").arg(n);
        if (m_workspace->figures().rowOfId(id) < 0)
            return id;
    }
}

core::Figure FigureDialog::figure() const
{
    core::Figure figure;
    figure.id = m_id->text().trimmed();
    figure.metric = m_metric->currentData().toString();
    figure.value = parseValue(m_value->text()).value_or(0);
    figure.qualifier = m_qualifier->currentText().simplified();
    figure.subject = m_subject->currentText().trimmed();
    figure.status = static_cast<core::FigureStatus>(m_status->currentData().toInt());
    figure.period = core::Period::parse(m_period->text().trimmed()).value_or(core::Period());
    figure.periodInferred = m_periodInferred->isChecked();
    figure.periodNote = m_periodNote->text().trimmed();
    figure.reported = core::PartialDate::parse(m_reported->text().trimmed()).value_or(core::PartialDate());
    figure.reportedInferred = m_reportedInferred->isChecked();
    figure.parentId = m_parentId->text().trimmed();
    figure.subgroup = m_subgroup->text().trimmed();
    figure.citation.sourceId = m_source->currentData().toString();
    figure.citation.quote = plainText(m_quote);
    figure.citation.offset = m_offset->value();
    figure.note = m_note->text().trimmed();
    return figure;
}

FigureDialog::Problem FigureDialog::check()
{
    const core::Figure f = figure();
    if (isNew()) {
        if (f.id.isEmpty())
            return { tr("Give the figure an id."), m_id };
        if (!isRecordId(f.id))
            return { tr("The id \u201c%1\u201d may hold only letters, digits, dots, dashes and underscores.").arg(f.id),
                m_id };
        if (m_workspace->figures().rowOfId(f.id) >= 0)
            return { tr("There is already a figure %1: choose another id.").arg(f.id), m_id };
    }
    if (!m_workspace->metrics().contains(f.metric))
        return { tr("Choose what the figure measures."), m_metric };

    const QString valueInput = m_value->text().trimmed();
    if (valueInput.isEmpty())
        return { tr("Give the value in digits, e.g. 2,728."), m_value };
    if (!parseValue(valueInput))
        return { tr("The value \u201c%1\u201d is not a number: write it in digits, e.g. 2,728, 1.5 or 1.5e6.")
                     .arg(valueInput),
            m_value };
    // A count is never negative (as every import refuses it): people, cases, whatever is counted over a period.
    if (const core::Metric* metric = m_workspace->metrics().find(f.metric); metric && metric->isCount() && f.value < 0)
        return { tr("%1 cannot be negative: it is a count.").arg(metric->label), m_value };
    if (!core::qualifierBound(f.qualifier))
        return { tr("\u201c%1\u201d is not a qualifier we know: choose one from the list, or none.").arg(f.qualifier),
            m_qualifier };
    if (f.subject.isEmpty())
        return { tr("Say whom or what the figure is about (the subject)."), m_subject };

    const QString periodInput = m_period->text().trimmed();
    if (periodInput.isEmpty())
        return { tr("Give the period the figure covers or the date it holds at, e.g. 2023-09 or 2022-10/2023-06."),
            m_period };
    QString error;
    if (!core::Period::parse(periodInput, &error))
        return { tr("The period is not valid: %1.").arg(error), m_period };
    if (f.periodInferred && f.periodNote.isEmpty())
        return { tr("Say how the period was inferred, since the source does not state it."), m_periodNote };
    const QString reportedInput = m_reported->text().trimmed();
    if (!reportedInput.isEmpty() && !core::PartialDate::parse(reportedInput, &error))
        return { tr("The report date is not valid: %1.").arg(error), m_reported };
    if (f.reportedInferred && reportedInput.isEmpty())
        return { tr("Give the report date that was inferred, or untick \u201cInferred\u201d."), m_reported };

    if (!f.parentId.isEmpty()) {
        const core::FigureTable& figures = m_workspace->figures();
        if (f.parentId == f.id)
            return { tr("A figure cannot break itself down: choose another parent or none."), m_parentId };
        qsizetype row = figures.rowOfId(f.parentId);
        if (row < 0)
            return { tr("There is no figure %1 for this one to break down.").arg(f.parentId), m_parentId };
        // The parent must not itself break this figure down, however many steps up.
        for (qsizetype steps = 0; row >= 0 && steps < figures.size(); ++steps) {
            const QString& above = figures.parentId(row);
            if (above == f.id)
                return { tr("%1 already breaks %2 down, so it cannot be its parent.").arg(f.parentId, f.id),
                    m_parentId };
            row = above.isEmpty() ? -1 : figures.rowOfId(above);
        }
        if (f.subgroup.isEmpty())
            return { tr("Say which part of %1 this figure counts (the subgroup).").arg(f.parentId), m_subgroup };
    }

    const core::Source* source = m_workspace->source(f.citation.sourceId);
    if (!source)
        return { tr("Choose the source that states the figure."), m_source };
    if (f.citation.quote.isEmpty())
        return { tr("Quote the words of the source that state the figure."), m_quote };
    const QString document = documentName(*m_workspace, *source);
    const core::QuoteLookup lookup
        = core::lookUpQuote(sourceText(*m_workspace, source->id), f.citation.quote, f.citation.offset);
    if (lookup.result == core::QuoteLookup::Result::NotFound)
        return { tr("The quote is not in %1.").arg(document), m_quote };
    if (lookup.result == core::QuoteLookup::Result::Elsewhere) {
        const qint64 given = f.citation.offset;
        m_offset->setValue(static_cast<int>(lookup.foundAt));
        m_quoteStatus->setText(tr("Moved the offset from %1 to %2, where the quote stands in %3.")
                                   .arg(given)
                                   .arg(lookup.foundAt)
                                   .arg(document));
    }
    if (!core::isValueWrittenIn(f.value, f.citation.quote) && !m_keepValue->isChecked()) {
        m_keepValue->setVisible(true);
        return { tr("The quote does not write the value %1. Correct the value or the quote, or tick \u201cKeep "
                    "anyway\u201d.")
                     .arg(valueText(f.value)),
            m_value };
    }
    return {};
}

void FigureDialog::updateQuoteStatus()
{
    const core::Source* source = m_workspace->source(m_source->currentData().toString());
    const QString quote = plainText(m_quote);
    if (!source || quote.isEmpty()) {
        m_quoteStatus->clear();
        return;
    }
    const QString document = documentName(*m_workspace, *source);
    m_quoteStatus->setText(describe(core::lookUpQuote(sourceText(*m_workspace, source->id), quote, m_offset->value()),
        document, m_offset->value()));
}

void FigureDialog::updatePeriodHint()
{
    const auto period = core::Period::parse(m_period->text().trimmed());
    if (!period) {
        m_periodHint->clear();
        return;
    }
    const qint64 days = period->lengthInDays();
    m_periodHint->setText(days == 1 ? tr("%1 (1 day)").arg(core::formatPeriod(*period))
                                    : tr("%1 (%2 days)").arg(core::formatPeriod(*period), QString::number(days)));
}

void FigureDialog::updateParentHint()
{
    const QString id = m_parentId->text().trimmed();
    const qsizetype row = id.isEmpty() ? -1 : m_workspace->figures().rowOfId(id);
    if (row < 0) {
        m_parentHint->setText(id.isEmpty() ? QString() : tr("No such figure."));
        return;
    }
    const core::Figure parent = m_workspace->figures().figure(row);
    m_parentHint->setText(
        tr("%1, %2: %3 (%4)")
            .arg(figureMetricLabel(*m_workspace, row), parent.subject,
                core::formatFigureValue(parent, m_workspace->metricOf(row)), core::formatPeriod(parent.period)));
}

} // namespace crisis::ui
