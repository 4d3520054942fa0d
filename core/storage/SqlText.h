#pragma once

#include <QString>
#include <QVariant>

// Qt binds a null QString as SQL NULL; PayDesk's text columns hold '' for "none".
inline QVariant sqlText(const QString& value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}
