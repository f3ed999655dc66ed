#pragma once

#include <QDialog>

class QLabel;

namespace crisis::ui {

/// A dialog that adds or edits one record and accepts only when its fields check out: the first problem is shown
/// in a line at the top and the field at fault gets the focus. Subclasses say what is wrong in check().
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordDialog(QWidget* parent = nullptr);

    /// Checks the fields: empty when they are fine, else the first problem in a sentence.
    QString validate();

public Q_SLOTS:
    /// Closes the dialog only when validate() finds nothing; otherwise shows the problem at the top and puts the
    /// focus on the field at fault.
    void accept() override;

protected:
    struct Problem
    {
        QString message;
        QWidget* field = nullptr;
    };
    /// The first problem of the fields, or none.
    virtual Problem check() = 0;
    /// The line problems are shown in (objectName "error"): subclasses put it at the top of their layout.
    QLabel* errorLabel() const { return m_error; }
    void showError(const QString& message);

private:
    QLabel* m_error = nullptr;
};

} // namespace crisis::ui
