#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

class QIODevice;

// RFC 4180 writer: quotes a field only when it holds the delimiter, a quote, a line break or
// leading/trailing spaces. Lines end with LF.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* device, char delimiter = ',');

    bool writeRecord(const QStringList& fields);
    bool writeRecord(const QList<QByteArray>& fields);

private:
    QByteArray encodeField(const QByteArray& field) const;

    QIODevice* m_device;
    char m_delimiter;
};
