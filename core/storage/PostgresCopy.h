#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct pg_conn;

// Rows streamed into PostgreSQL with COPY ... FROM STDIN (text format) through libpq, on a
// connection Qt's driver opened: one round trip for thousands of rows where an INSERT costs one
// each. Values are escaped here; a row is sent once endRow() is called, in chunks of about 1 MiB.
class PostgresCopy
{
    Q_DECLARE_TR_FUNCTIONS(PostgresCopy)

public:
    explicit PostgresCopy(pg_conn* connection) : m_connection(connection) {}

    // Starts `COPY table (columns) FROM STDIN`.
    bool start(const QString& copyStatement, QString* error);
    void addText(const QString& value);
    void addNull();
    void addInteger(qint64 value);
    void endRow();
    // Sends what is left and ends the COPY; false when the server refused any row.
    bool finish(QString* error);

private:
    void separate();
    bool flush(QString* error);
    QString serverError() const;

    pg_conn* m_connection;
    QByteArray m_buffer;
    bool m_rowStarted = false;
};
