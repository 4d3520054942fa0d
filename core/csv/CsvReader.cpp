#include "CsvReader.h"

#include <QBuffer>

namespace {

constexpr qint64 kChunkBytes = 1 << 20;

char detectDelimiter(const QByteArray& buffer)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const char c : buffer) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted && c == ',') {
            ++commas;
        } else if (!quoted && c == ';') {
            ++semicolons;
        }
    }
    return semicolons > commas ? ';' : ',';
}

} // namespace

CsvReader::CsvReader(QIODevice* device, char delimiter) : m_device(device), m_delimiter(delimiter) {}

CsvReader::CsvReader(const QByteArray& bytes, char delimiter)
    : m_ownBuffer(std::make_unique<QBuffer>()), m_device(m_ownBuffer.get()), m_delimiter(delimiter)
{
    m_ownBuffer->setData(bytes);
    m_ownBuffer->open(QIODevice::ReadOnly);
}

CsvReader::~CsvReader() = default;

bool CsvReader::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool CsvReader::damage(int column, const QString& reason)
{
    if (m_damage.reason.isEmpty()) {
        m_damage = Damage{column, reason};
    }
    return true;
}

bool CsvReader::failSwallowedRecords(int column)
{
    return fail(tr("line %1, column %2: the quoted field opened on this line runs to line %3 and swallows lines that "
                   "read like records (line %4); a quote is missing")
                    .arg(m_quoted.openedOnLine)
                    .arg(column)
                    .arg(m_line)
                    .arg(m_quoted.recordLikeLine));
}

bool CsvReader::recordEnded(const QList<QByteArray>& fields)
{
    if (m_headerFields == 0) {
        m_headerFields = fields.size();
    }
    return true;
}

bool CsvReader::refill()
{
    m_consumedBefore += m_buffer.size();
    m_buffer = m_device->read(kChunkBytes);
    m_pos = 0;
    return !m_buffer.isEmpty();
}

int CsvReader::nextByte()
{
    if (m_pos >= m_buffer.size() && !refill()) {
        return -1;
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos++));
}

int CsvReader::peekByte()
{
    if (m_pos >= m_buffer.size() && !refill()) {
        return -1;
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

bool CsvReader::start()
{
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        return fail(tr("the file cannot be read"));
    }
    refill();
    if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
        return fail(tr("the file is encoded as UTF-16; save it as UTF-8 and import it again"));
    }
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
    }
    if (m_delimiter == kDetectDelimiter) {
        m_delimiter = detectDelimiter(m_buffer.mid(m_pos));
    }
    return true;
}

void CsvReader::consumeLineEnd(int byte)
{
    ++m_line;
    if (byte == '\r' && peekByte() == '\n') {
        ++m_pos;
    }
}

bool CsvReader::appendByte(QByteArray& field, char byte, int column)
{
    if (field.size() >= m_maxFieldBytes) {
        if (m_keepReadingPastDamage) {
            // The rest of the field is read but not kept: memory stays bounded.
            return damage(column, tr("too long: more than %1 bytes").arg(m_maxFieldBytes));
        }
        return fail(tr("line %1, column %2: a field is longer than %3 bytes (is a closing quote missing?)")
                        .arg(m_recordLine)
                        .arg(column)
                        .arg(m_maxFieldBytes));
    }
    field.append(byte);
    return true;
}

bool CsvReader::endField(QList<QByteArray>& fields, QByteArray& field, int byte)
{
    fields.append(field);
    field.clear();
    if (byte == m_delimiter) {
        return false;
    }
    consumeLineEnd(byte);
    return true;
}

void CsvReader::appendUnquotedRun(QByteArray& field)
{
    // Fast path: copy the run of ordinary bytes in one go.
    const char* data = m_buffer.constData();
    qsizetype end = m_pos;
    const qsizetype size = m_buffer.size();
    const qsizetype room = m_maxFieldBytes - field.size();
    while (end < size && end - m_pos < room) {
        const char c = data[end];
        if (c == m_delimiter || c == '\n' || c == '\r' || c == '"') {
            break;
        }
        ++end;
    }
    field.append(data + m_pos, end - m_pos);
    m_pos = end;
}

void CsvReader::endQuotedLine()
{
    // A line wholly inside the quotes that holds the header's number of fields is probably a
    // record the quote swallowed.
    if (m_quoted.lineBreaks > 0 && m_quoted.textOnLine && m_headerFields > 1 &&
        m_quoted.delimitersOnLine + 1 == m_headerFields && m_quoted.recordLikeLine == 0) {
        m_quoted.recordLikeLine = m_line;
    }
    m_quoted.delimitersOnLine = 0;
    m_quoted.textOnLine = false;
}

void CsvReader::noteQuotedByte(int byte)
{
    if (byte == '\n' || (byte == '\r' && peekByte() != '\n')) {
        endQuotedLine();
        ++m_line;
        ++m_quoted.lineBreaks;
    } else if (byte != '\r') {
        m_quoted.textOnLine = true;
        m_quoted.delimitersOnLine += byte == m_delimiter ? 1 : 0;
    }
}

bool CsvReader::readRecord(QList<QByteArray>& fields)
{
    fields.clear();
    m_damage = Damage();
    if ((!m_started && !start()) || hasError()) {
        return false;
    }
    QByteArray field;
    State state = State::FieldStart;
    m_recordLine = m_line;
    for (;;) {
        if (state == State::Unquoted) {
            appendUnquotedRun(field);
        }
        const int c = nextByte();
        if (c == -1) {
            return endOfData(fields, field, state);
        }
        Step step = Step::Next;
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            step = unquotedByte(c, fields, field, state);
            break;
        case State::Quoted:
            step = quotedByte(c, field, state);
            break;
        case State::QuoteInQuoted:
            step = byteAfterQuote(c, fields, field, state);
            break;
        }
        if (step != Step::Next) {
            return step == Step::RecordEnded;
        }
    }
}

bool CsvReader::endOfData(QList<QByteArray>& fields, QByteArray& field, State state)
{
    const int column = int(fields.size()) + 1;
    if (state == State::Quoted) {
        endQuotedLine();
        if (!m_keepReadingPastDamage || m_headerFields == 0) {
            return fail(tr("line %1, column %2: a quoted field opened on this line is never closed")
                            .arg(m_quoted.openedOnLine)
                            .arg(column));
        }
        if (m_quoted.recordLikeLine > 0) {
            return fail(tr("line %1, column %2: a quoted field opened on this line is never closed and "
                           "swallows the lines after it, which read like records (line %3); add the "
                           "missing quote")
                            .arg(m_quoted.openedOnLine)
                            .arg(column)
                            .arg(m_quoted.recordLikeLine));
        }
        damage(column, tr("a quoted field opened on line %1 is never closed").arg(m_quoted.openedOnLine));
    } else if (state == State::QuoteInQuoted && m_keepReadingPastDamage && m_quoted.recordLikeLine > 0) {
        // Closed by the file's very last byte, after swallowing lines that read like records.
        return failSwallowedRecords(column);
    } else if (fields.isEmpty() && state == State::FieldStart) {
        return false; // end of data
    }
    fields.append(field);
    return recordEnded(fields);
}

CsvReader::Step CsvReader::unquotedByte(int c, QList<QByteArray>& fields, QByteArray& field, State& state)
{
    const int column = int(fields.size()) + 1;
    const bool lineEnd = c == '\n' || c == '\r';
    if (c == '"' && state == State::FieldStart) {
        state = State::Quoted;
        m_quoted = QuotedSpan{m_line, column, 0, 0, false, 0};
    } else if (c == '"') {
        if (!m_keepReadingPastDamage) {
            fail(tr("line %1, column %2: a quote inside an unquoted field (quote the whole field)")
                     .arg(m_line)
                     .arg(column));
            return Step::Stopped;
        }
        damage(column, tr("a quote inside an unquoted field (quote the whole field)"));
        return appendByte(field, '"', column) ? Step::Next : Step::Stopped;
    } else if (lineEnd && fields.isEmpty() && state == State::FieldStart) {
        consumeLineEnd(c);
        m_recordLine = m_line; // blank line: skip it
    } else if (c == m_delimiter || lineEnd) {
        if (endField(fields, field, c)) {
            recordEnded(fields);
            return Step::RecordEnded;
        }
        state = State::FieldStart;
    } else {
        state = State::Unquoted;
        return appendByte(field, char(c), column) ? Step::Next : Step::Stopped;
    }
    return Step::Next;
}

CsvReader::Step CsvReader::quotedByte(int c, QByteArray& field, State& state)
{
    if (c == '"') {
        state = State::QuoteInQuoted;
        return Step::Next;
    }
    noteQuotedByte(c);
    return appendByte(field, char(c), m_quoted.column) ? Step::Next : Step::Stopped;
}

CsvReader::Step CsvReader::byteAfterQuote(int c, QList<QByteArray>& fields, QByteArray& field, State& state)
{
    const int column = int(fields.size()) + 1;
    if (c == '"') {
        m_quoted.textOnLine = true;
        state = State::Quoted;
        return appendByte(field, '"', column) ? Step::Next : Step::Stopped;
    }
    if (m_keepReadingPastDamage && m_quoted.recordLikeLine > 0) {
        failSwallowedRecords(column);
        return Step::Stopped;
    }
    if (c == m_delimiter || c == '\n' || c == '\r') {
        if (endField(fields, field, c)) {
            recordEnded(fields);
            return Step::RecordEnded;
        }
        state = State::FieldStart;
        return Step::Next;
    }
    if (!m_keepReadingPastDamage) {
        fail(tr("line %1, column %2: text after the closing quote of a field").arg(m_line).arg(column));
        return Step::Stopped;
    }
    if (m_quoted.lineBreaks > 0) {
        fail(tr("line %1, column %2: the quoted field opened on this line closes on line %3 and is "
                "followed by text; a quote is missing, so the records after line %1 cannot be told "
                "apart")
                 .arg(m_quoted.openedOnLine)
                 .arg(column)
                 .arg(m_line));
        return Step::Stopped;
    }
    damage(column, tr("text after the closing quote (quote the whole field)"));
    state = State::Unquoted;
    return appendByte(field, char(c), column) ? Step::Next : Step::Stopped;
}
