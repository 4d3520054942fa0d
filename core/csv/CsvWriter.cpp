#include "CsvWriter.h"

#include <QIODevice>

CsvWriter::CsvWriter(QIODevice* device, char delimiter, Audience audience)
    : m_device(device), m_delimiter(delimiter), m_audience(audience)
{
}

QByteArray CsvWriter::spreadsheetSafe(const QByteArray& field)
{
    if (field.isEmpty()) {
        return field;
    }
    const char first = field.front();
    bool formula = first == '=' || first == '@' || first == '\t' || first == '\r';
    if (first == '+' || first == '-') {
        const QByteArray rest = field.mid(1);
        formula = rest.isEmpty();
        for (const char c : rest) {
            if (!((c >= '0' && c <= '9') || c == '.' || c == ',' || c == ' ')) {
                formula = true;
                break;
            }
        }
    }
    return formula ? '\'' + field : field;
}

QByteArray CsvWriter::encodeField(const QByteArray& raw) const
{
    const QByteArray field = m_audience == Audience::People ? spreadsheetSafe(raw) : raw;
    const bool needsQuotes = field.contains(m_delimiter) || field.contains('"') || field.contains('\n') ||
                             field.contains('\r') || field.startsWith(' ') || field.endsWith(' ');
    if (!needsQuotes) {
        return field;
    }
    QByteArray quoted = field;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

bool CsvWriter::writeRecord(const QList<QByteArray>& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += m_delimiter;
        }
        line += encodeField(fields.at(i));
    }
    line += '\n';
    return m_device->write(line) == line.size();
}

bool CsvWriter::writeRecord(const QStringList& fields)
{
    QList<QByteArray> encoded;
    encoded.reserve(fields.size());
    for (const QString& field : fields) {
        encoded.append(field.toUtf8());
    }
    return writeRecord(encoded);
}
