#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QBuffer;
class QIODevice;

// Streaming RFC 4180 reader. Reads a device in chunks and hands out one record at a time as raw
// bytes, so a file of any size is read in constant memory. Accepts LF, CRLF and CR line ends, a
// UTF-8 byte order mark, and a comma or semicolon delimiter (detected from the first line unless
// set). Blank lines are skipped.
//
// Damage. By default any damage (a stray quote, text after a closing quote, a field longer than
// the limit, a quote never closed, a UTF-16 file) stops the reader with an error naming the line
// and column: right for files PayDesk or a hub wrote. With setKeepReadingPastDamage(true) (a
// registry file people edited), damage that stays inside one record costs that record only: it is
// returned with recordDamage() set and reading goes on. The reader still stops where the records
// after the damage cannot be told apart: a quoted field that runs over later lines holding the
// header's number of fields (it has swallowed records), or one that spans lines and is followed
// by text after its closing quote (a quote is missing somewhere above).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr char kDetectDelimiter = 0;
    static constexpr qsizetype kDefaultMaxFieldBytes = 64 * 1024;

    // What is wrong with the record last returned, when reading past damage.
    struct Damage
    {
        int column = 0; // 1-based field where it is
        QString reason; // translated; empty: the record is whole
    };

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
    qsizetype maxFieldBytes() const { return m_maxFieldBytes; }
    void setKeepReadingPastDamage(bool keepReading) { m_keepReadingPastDamage = keepReading; }
    const Damage& recordDamage() const { return m_damage; }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    };

    // What the reader knows about the quoted field it is in, to tell a long multi-line value from a
    // quote that swallowed the records after it.
    struct QuotedSpan
    {
        qint64 openedOnLine = 0;
        int column = 0;
        int lineBreaks = 0;
        qsizetype delimitersOnLine = 0; // on the line being read inside the quotes
        bool textOnLine = false;
        qint64 recordLikeLine = 0; // the first line inside the quotes holding the header's field count
    };

    // What reading one byte did to the record.
    enum class Step
    {
        Next,        // read on
        RecordEnded, // the record is whole
        Stopped,     // the reader stopped with an error
    };

    bool start();
    bool refill();
    int nextByte();
    int peekByte();
    void consumeLineEnd(int byte);
    bool appendByte(QByteArray& field, char byte, int column);
    // Ends the field at a delimiter or line end; true when the line end also ends the record.
    bool endField(QList<QByteArray>& fields, QByteArray& field, int byte);
    void appendUnquotedRun(QByteArray& field);
    void noteQuotedByte(int byte);
    void endQuotedLine();
    bool damage(int column, const QString& reason);
    bool fail(const QString& message);
    // A quoted field closed after swallowing lines that read like records: the records after it
    // cannot be told apart.
    bool failSwallowedRecords(int column);
    bool recordEnded(const QList<QByteArray>& fields);
    bool endOfData(QList<QByteArray>& fields, QByteArray& field, State state);
    Step unquotedByte(int c, QList<QByteArray>& fields, QByteArray& field, State& state);
    Step quotedByte(int c, QByteArray& field, State& state);
    Step byteAfterQuote(int c, QList<QByteArray>& fields, QByteArray& field, State& state);

    std::unique_ptr<QBuffer> m_ownBuffer; // set when reading bytes
    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumedBefore = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qsizetype m_maxFieldBytes = kDefaultMaxFieldBytes;
    qsizetype m_headerFields = 0; // fields of the first record, once read
    char m_delimiter;
    bool m_started = false;
    bool m_keepReadingPastDamage = false;
    Damage m_damage;
    QuotedSpan m_quoted;
    QString m_error;
};
