#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/analysis/recordquery.h>
#include <crisis/ui/models/labels.h>
#include <crisis/ui/panels/datefilteredit.h>
#include <crisis/ui/panels/filterpanel.h>
#include <crisis/ui/window/accessibility.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace crisis::ui {

using namespace crisis::core;

FilterPanel::FilterPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_from(new DateFilterEdit(DateFilterEdit::End::From, this))
    , m_to(new DateFilterEdit(DateFilterEdit::End::To, this))
    , m_category(new QComboBox(this))
    , m_eventStatus(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_subject(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_textTimer(new QTimer(this))
{
    m_text->setPlaceholderText(tr("Quotes, subjects, sources, values\u2026"));
    m_text->setClearButtonEnabled(true);
    m_eventStatus->setObjectName(QStringLiteral("eventStatus"));
    m_eventStatus->setToolTip(tr("Events that occurred, or those expected (announced as due) or proposed (sought, "
                                 "not decided)"));
    for (QComboBox* combo : { m_category, m_eventStatus, m_metric, m_subject, m_source }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8); // the dock stays narrow; the list drops down at full width
    }
    auto* clear = new QPushButton(tr("Clear filters"), this);
    clear->setAccessibleDescription(tr("Shows every record again"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Search"), m_text);
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("Event stat&us"), m_eventStatus);
    form->addRow(tr("&Metric"), m_metric);
    form->addRow(tr("Su&bject"), m_subject);
    form->addRow(tr("S&ource"), m_source);
    form->addRow(clear);
    // A mnemonic's underline draws its letter apart from the rest, so unkerned, while a label is as wide as its text
    // kerned: "&To" was cut to "Tc". Labels without kerning are as wide as they are drawn.
    for (QLabel* label : findChildren<QLabel*>()) {
        QFont unkerned = label->font();
        unkerned.setKerning(false);
        label->setFont(unkerned);
    }

    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(200);
    connect(m_textTimer, &QTimer::timeout, this, &FilterPanel::emitChanged);
    connect(m_text, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    // A date typed applies after the same short pause as text: "2024" then "2024-03" filters once.
    for (DateFilterEdit* edit : { m_from, m_to }) {
        connect(edit, &DateFilterEdit::dateChanged, this, [this] {
            if (!m_filling)
                m_textTimer->start();
        });
    }
    for (QComboBox* combo : { m_category, m_eventStatus, m_metric, m_subject, m_source })
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterPanel::emitChanged);
    connect(clear, &QPushButton::clicked, this, &FilterPanel::clear);
    setAccessibleName(tr("Filters"));
    setWorkspace(nullptr);
}

void FilterPanel::setWorkspace(const std::shared_ptr<const Workspace>& workspace)
{
    m_filling = true;
    for (QComboBox* combo : { m_category, m_eventStatus, m_metric, m_subject, m_source }) {
        combo->clear();
        combo->addItem(tr("All"));
    }
    const auto [first, last] = workspace ? recordDateRange(*workspace) : std::pair<QDate, QDate>();
    m_from->setDataRange(first, last);
    m_to->setDataRange(first, last);
    if (workspace) {
        for (const EventCategory category : allCategories())
            m_category->addItem(categoryLabel(category), static_cast<int>(category));
        for (const EventStatus status : allEventStatuses())
            m_eventStatus->addItem(eventStatusLabel(status), static_cast<int>(status));
        const FigureTable& figures = workspace->figures();
        QList<QPair<QString, QString>> metrics;
        for (qsizetype code = 1; code < figures.metrics().size(); ++code) {
            const QString& key = figures.metrics().text(static_cast<quint32>(code));
            const Metric* metric = workspace->metrics().find(key);
            metrics.append({ metric ? core::metricLabel(*metric) : key, key });
        }
        std::sort(metrics.begin(), metrics.end());
        for (const auto& [label, key] : std::as_const(metrics))
            m_metric->addItem(label, key);
        QStringList subjects;
        for (qsizetype code = 1; code < figures.subjects().size(); ++code)
            subjects.append(figures.subjects().text(static_cast<quint32>(code)));
        subjects.sort(Qt::CaseInsensitive);
        for (const QString& subject : std::as_const(subjects))
            m_subject->addItem(subject, subject);
        for (const Source& source : workspace->sources())
            m_source->addItem(workspace->sourceLabel(source), source.id);
    }
    m_filling = false;
    updateAccessibleNames();
}

void FilterPanel::updateAccessibleNames()
{
    // A combo box is announced by its current text alone ("All", four times over): each says which filter it is
    // and what it is set to, and stays current.
    const auto comboName = [](const QString& filter, const QComboBox* combo, const QString& all) {
        return tr("%1: %2").arg(filter, combo->currentIndex() > 0 ? combo->currentText() : all);
    };
    setAccessibleText(m_text, tr("Search filter"),
        tr("Shows the records whose quotes, subjects, sources or values contain the words typed"));
    const auto dateName = [](const QString& filter, const DateFilterEdit* edit) {
        return tr("%1: %2").arg(filter, edit->date().isValid() ? edit->date().toString(Qt::ISODate) : tr("any date"));
    };
    setAccessibleText(m_from->lineEdit(), dateName(tr("From date filter"), m_from),
        tr("The earliest date shown; type a year, a year and month, or a full date (2024, 2024-03, 2024-03-15)"));
    setAccessibleText(m_to->lineEdit(), dateName(tr("To date filter"), m_to),
        tr("The latest date shown; type a year, a year and month, or a full date (2024, 2024-03, 2024-03-15)"));
    setAccessibleText(m_category, comboName(tr("Category filter"), m_category, tr("all categories")),
        tr("Shows the events of one category"));
    setAccessibleText(m_eventStatus, comboName(tr("Event status filter"), m_eventStatus, tr("all statuses")),
        m_eventStatus->toolTip());
    setAccessibleText(
        m_metric, comboName(tr("Metric filter"), m_metric, tr("all metrics")), tr("Shows the figures of one metric"));
    setAccessibleText(m_subject, comboName(tr("Subject filter"), m_subject, tr("all subjects")),
        tr("Shows the figures about one subject"));
    setAccessibleText(
        m_source, comboName(tr("Source filter"), m_source, tr("all sources")), tr("Shows the records from one source"));
}

RecordFilter FilterPanel::filter() const
{
    RecordFilter filter;
    filter.text = m_text->text();
    filter.from = m_from->date();
    filter.to = m_to->date();
    if (m_category->currentIndex() > 0)
        filter.category = static_cast<EventCategory>(m_category->currentData().toInt());
    if (m_eventStatus->currentIndex() > 0)
        filter.eventStatus = static_cast<EventStatus>(m_eventStatus->currentData().toInt());
    filter.metric = m_metric->currentData().toString();
    filter.subject = m_subject->currentData().toString();
    filter.sourceId = m_source->currentData().toString();
    return filter;
}

void FilterPanel::setDateRange(QDate from, QDate to)
{
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    emitChanged();
}

void FilterPanel::clear()
{
    m_filling = true;
    m_text->clear();
    m_from->setDate(QDate());
    m_to->setDate(QDate());
    for (QComboBox* combo : { m_category, m_eventStatus, m_metric, m_subject, m_source })
        combo->setCurrentIndex(0);
    m_filling = false;
    emitChanged();
}

void FilterPanel::emitChanged()
{
    updateAccessibleNames();
    if (m_filling)
        return;
    m_textTimer->stop();
    Q_EMIT filterChanged(filter());
}

} // namespace crisis::ui
