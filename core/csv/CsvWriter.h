#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

class QIODevice;

// RFC 4180 writer: quotes a field only when it holds the delimiter, a quote, a line break or
// leading/trailing spaces. Lines end with LF.
//
// A file meant for people (a report, the rows an import rejected) is written spreadsheet-safe: a
// field a spreadsheet would run as a formula (it starts with "=", "@", a tab or a carriage return,
// or with "+" or "-" not followed by a plain number) gets a leading apostrophe, which spreadsheets
// show as text and drop when saving. Files meant for machines are written as they are.
class CsvWriter
{
public:
    enum class Audience
    {
        Machines,
        People,
    };

    explicit CsvWriter(QIODevice* device, char delimiter = ',', Audience audience = Audience::Machines);

    // The field as a spreadsheet-safe file writes it.
    static QByteArray spreadsheetSafe(const QByteArray& field);

    bool writeRecord(const QStringList& fields);
    bool writeRecord(const QList<QByteArray>& fields);

private:
    QByteArray encodeField(const QByteArray& field) const;

    QIODevice* m_device;
    char m_delimiter;
    Audience m_audience;
};
