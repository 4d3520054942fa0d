#include "PostgresCopy.h"

#include <libpq-fe.h>

namespace {

constexpr qsizetype kChunkBytes = 1 << 20;

} // namespace

QString PostgresCopy::serverError() const
{
    return QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
}

bool PostgresCopy::start(const QString& copyStatement, QString* error)
{
    PGresult* result = PQexec(m_connection, copyStatement.toUtf8().constData());
    const bool copying = PQresultStatus(result) == PGRES_COPY_IN;
    if (!copying) {
        *error = tr("the database refused to take rows: %1").arg(serverError());
    }
    PQclear(result);
    m_buffer.clear();
    m_buffer.reserve(kChunkBytes + 4096);
    m_rowStarted = false;
    return copying;
}

void PostgresCopy::separate()
{
    if (m_rowStarted) {
        m_buffer.append('\t');
    }
    m_rowStarted = true;
}

void PostgresCopy::addText(const QString& value)
{
    separate();
    // COPY's text format: backslash escapes for the backslash itself and the three characters that
    // delimit fields and rows.
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            m_buffer.append("\\\\", 2);
            break;
        case '\t':
            m_buffer.append("\\t", 2);
            break;
        case '\n':
            m_buffer.append("\\n", 2);
            break;
        case '\r':
            m_buffer.append("\\r", 2);
            break;
        default:
            m_buffer.append(c);
        }
    }
}

void PostgresCopy::addNull()
{
    separate();
    m_buffer.append("\\N", 2);
}

void PostgresCopy::addInteger(qint64 value)
{
    separate();
    m_buffer.append(QByteArray::number(value));
}

void PostgresCopy::endRow()
{
    m_buffer.append('\n');
    m_rowStarted = false;
    if (m_buffer.size() >= kChunkBytes) {
        QString ignored; // a failure shows again, with the server's reason, when the COPY ends
        flush(&ignored);
    }
}

bool PostgresCopy::flush(QString* error)
{
    if (m_buffer.isEmpty()) {
        return true;
    }
    const bool sent = PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) == 1;
    m_buffer.clear();
    if (!sent) {
        *error = tr("cannot send rows to the database: %1").arg(serverError());
    }
    return sent;
}

bool PostgresCopy::finish(QString* error)
{
    bool ok = flush(error);
    if (PQputCopyEnd(m_connection, nullptr) != 1 && ok) {
        *error = tr("cannot send rows to the database: %1").arg(serverError());
        ok = false;
    }
    // Every result is read, so the connection is ready for Qt's driver again.
    while (PGresult* result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && ok) {
            *error =
                tr("the database refused the rows: %1").arg(QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
            ok = false;
        }
        PQclear(result);
    }
    return ok;
}
