#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace crisis::ui {

/// A date filter the user types into, as EDTF or ISO ("2024", "2024-03", "2024-03-15"), or picks on a calendar
/// (the button, or Alt+Down) that opens on the data's dates. Empty means any date. A year or a month stands for
/// its first day in a From filter and its last in a To filter, so From 2024 To 2024 is the whole year.
class DateFilterEdit : public QWidget
{
    Q_OBJECT

public:
    enum class End { From, To };
    explicit DateFilterEdit(End end, QWidget* parent = nullptr);

    /// The day the text stands for; invalid for any date (empty) and while the text is not yet a date.
    QDate date() const { return m_date; }
    /// Shows a day (as YYYY-MM-DD), or any date for an invalid one; emits dateChanged when it differs.
    void setDate(QDate date);
    /// The first and last day of the data: where the calendar opens when no date is set.
    void setDataRange(QDate first, QDate last);
    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* calendarButton() const { return m_button; }
    void showCalendar();
    /// The calendar, once shown (for tests).
    QCalendarWidget* calendar() const { return m_calendar; }

Q_SIGNALS:
    void dateChanged(QDate date);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void interpret(const QString& text);
    void setDateFromText(QDate date);

    End m_end;
    QLineEdit* m_edit = nullptr;
    QToolButton* m_button = nullptr;
    QMenu* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QDate m_date;
    QDate m_first;
    QDate m_last;
};

} // namespace crisis::ui
