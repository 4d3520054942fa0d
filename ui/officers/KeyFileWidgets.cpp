#include "KeyFileWidgets.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace KeyFileWidgets {

QHBoxLayout* saveRow(QWidget* parent, QLineEdit* edit, const QString& title, const QString& filter)
{
    auto* row = new QHBoxLayout;
    auto* browse = new QPushButton(QCoreApplication::translate("KeyFileWidgets", "Browse…"), parent);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, parent, [parent, edit, title, filter] {
        const QString path = QFileDialog::getSaveFileName(parent, title, edit->text(), filter);
        if (!path.isEmpty()) {
            edit->setText(QDir::toNativeSeparators(path));
        }
    });
    return row;
}

void addSaveRow(QFormLayout* form, QWidget* parent, const QString& label, QLineEdit* edit, const QString& title,
                const QString& filter)
{
    auto* rowLabel = new QLabel(label, parent);
    rowLabel->setBuddy(edit);
    form->addRow(rowLabel, saveRow(parent, edit, title, filter));
}

QPushButton* finishDialog(QDialog* dialog, QLabel* intro, QFormLayout* form, QLabel* error, const QString& action,
                          const std::function<bool()>& act)
{
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* buttons = new QDialogButtonBox(dialog);
    auto* actionButton = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(560);
    QObject::connect(actionButton, &QPushButton::clicked, dialog, [dialog, act] {
        if (act()) {
            dialog->accept();
        }
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return actionButton;
}

bool writeNewFile(const QString& path, const QByteArray& bytes, QString* error)
{
    if (QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("KeyFileWidgets",
                                             "%1 exists already: PayDesk does not overwrite a key or certificate")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("KeyFileWidgets", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace KeyFileWidgets
