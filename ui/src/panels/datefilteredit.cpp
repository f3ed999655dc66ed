#include <crisis/core/model/partialdate.h>
#include <crisis/ui/charts/theme.h>
#include <crisis/ui/panels/datefilteredit.h>

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

namespace crisis::ui {

DateFilterEdit::DateFilterEdit(End end, QWidget* parent)
    : QWidget(parent)
    , m_end(end)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    m_edit->setPlaceholderText(tr("any"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("A year, a year and month, or a day: 2024, 2024-03, 2024-03-15; empty for any date"));
    m_edit->installEventFilter(this);
    m_button->setText(tr("Calendar"));
    m_button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_button->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_button->setToolTip(tr("Choose on a calendar (Alt+Down)"));
    m_button->setAccessibleName(
        end == End::From ? tr("Choose the From date on a calendar") : tr("Choose the To date on a calendar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &DateFilterEdit::interpret);
    connect(m_button, &QToolButton::clicked, this, &DateFilterEdit::showCalendar);
}

void DateFilterEdit::interpret(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        m_edit->setStyleSheet(QString());
        setDateFromText(QDate());
        return;
    }
    // While the text is not a date yet ("202", "2024-0") the filter keeps its last date; a finished text that is
    // not a date is marked.
    const std::optional<core::PartialDate> parsed = core::PartialDate::parse(trimmed);
    if (!parsed) {
        m_edit->setStyleSheet(QStringLiteral("QLineEdit { color: %1; }").arg(errorTextColor(palette()).name()));
        return;
    }
    m_edit->setStyleSheet(QString());
    setDateFromText(m_end == End::From ? parsed->earliest() : parsed->latest());
}

void DateFilterEdit::setDateFromText(QDate date)
{
    if (date == m_date)
        return;
    m_date = date;
    Q_EMIT dateChanged(m_date);
}

void DateFilterEdit::setDate(QDate date)
{
    const QString text = date.isValid() ? date.toString(Qt::ISODate) : QString();
    if (m_edit->text() != text) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(text);
        m_edit->setStyleSheet(QString());
    }
    setDateFromText(date.isValid() ? date : QDate());
}

void DateFilterEdit::setDataRange(QDate first, QDate last)
{
    m_first = first;
    m_last = last;
}

void DateFilterEdit::showCalendar()
{
    if (!m_popup) {
        m_popup = new QMenu(this);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setAccessibleName(m_button->accessibleName());
        auto* action = new QWidgetAction(m_popup);
        action->setDefaultWidget(m_calendar);
        m_popup->addAction(action);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate date) {
            m_popup->close();
            setDate(date);
            m_edit->setFocus(Qt::PopupFocusReason);
        });
        connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    }
    // On the date set, else on the data's first (From) or last (To) day: not on January 1000.
    QDate shown = m_date;
    if (!shown.isValid())
        shown = m_end == End::From ? m_first : m_last;
    if (!shown.isValid())
        shown = QDate::currentDate();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_popup->popup(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool DateFilterEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) || key->key() == Qt::Key_F4) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateFilterEdit::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A date marked as not one keeps its mark, in the new theme's red.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        && !m_edit->styleSheet().isEmpty())
        m_edit->setStyleSheet(QStringLiteral("QLineEdit { color: %1; }").arg(errorTextColor(palette()).name()));
}

} // namespace crisis::ui
