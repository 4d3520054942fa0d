#include "KeyFileWidgets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>

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
