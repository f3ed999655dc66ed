#pragma once

#include <crisis/core/analysis/recordquery.h>
#include <crisis/core/analysis/workspace.h>

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QTimer;

namespace crisis::ui {

class DateFilterEdit;

/// Free text, date range, category, metric, subject and source; emits the filter as it changes (text after a
/// short pause, so typing stays fluid at a million rows).
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget* parent = nullptr);

    void setWorkspace(const std::shared_ptr<const core::Workspace>& workspace);
    core::RecordFilter filter() const;
    void clear();
    QLineEdit* searchField() const { return m_text; }
    DateFilterEdit* fromField() const { return m_from; }
    DateFilterEdit* toField() const { return m_to; }
    void setDateRange(QDate from, QDate to);

Q_SIGNALS:
    void filterChanged(const core::RecordFilter& filter);

private:
    void emitChanged();
    void updateAccessibleNames();

    QLineEdit* m_text = nullptr;
    DateFilterEdit* m_from = nullptr;
    DateFilterEdit* m_to = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_eventStatus = nullptr;
    QComboBox* m_metric = nullptr;
    QComboBox* m_subject = nullptr;
    QComboBox* m_source = nullptr;
    QTimer* m_textTimer = nullptr;
    bool m_filling = false;
};

} // namespace crisis::ui
