#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QBuffer;
class QIODevice;

// Streaming RFC 4180 reader. Reads a device in chunks and hands out one record at a time as raw
// UTF-8 fields, so a file of any size is read in constant memory. Accepts LF, CRLF and CR line ends,
// a UTF-8 byte order mark, and a comma or semicolon delimiter (detected from the first line unless
// set). Blank lines are skipped. Broken quoting, a UTF-16 file or an oversized field stop the
// reader with an error that names the line and column.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr char kDetectDelimiter = 0;
    static constexpr qsizetype kDefaultMaxFieldBytes = 64 * 1024;

    explicit CsvReader(QIODevice* device, char delimiter = kDetectDelimiter);
    // Reads bytes held in memory (a batch file, a statement, an upload).
    explicit CsvReader(const QByteArray& bytes, char delimiter = kDetectDelimiter);
    ~CsvReader();

    // Reads the next record into fields. Returns false at the end of the data or on error.
    bool readRecord(QList<QByteArray>& fields);

    bool hasError() const { return !m_error.isEmpty(); }
    const QString& errorString() const { return m_error; }
    // 1-based line on which the record last returned starts.
    qint64 recordLine() const { return m_recordLine; }
    char delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_consumedBefore + m_pos; }
    void setMaxFieldBytes(qsizetype bytes) { m_maxFieldBytes = bytes; }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    };

    bool start();
    bool refill();
    int nextByte();
    void consumeLineEnd(int byte);
    bool appendByte(QByteArray& field, char byte, qsizetype column);
    // Ends the field at a delimiter or line end; true when the line end also ends the record.
    bool endField(QList<QByteArray>& fields, QByteArray& field, int byte);
    void appendUnquotedRun(QByteArray& field);
    bool fail(const QString& message);

    std::unique_ptr<QBuffer> m_ownBuffer; // set when reading bytes
    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumedBefore = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qsizetype m_maxFieldBytes = kDefaultMaxFieldBytes;
    char m_delimiter;
    bool m_started = false;
    QString m_error;
};
