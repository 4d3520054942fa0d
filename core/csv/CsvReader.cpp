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

CsvReader::CsvReader(QIODevice* device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
}

CsvReader::CsvReader(const QByteArray& bytes, char delimiter)
    : m_ownBuffer(std::make_unique<QBuffer>())
    , m_device(m_ownBuffer.get())
    , m_delimiter(delimiter)
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
    if (byte == '\r') {
        if (m_pos >= m_buffer.size() && !refill()) {
            return;
        }
        if (m_buffer.at(m_pos) == '\n') {
            ++m_pos;
        }
    }
}

bool CsvReader::appendByte(QByteArray& field, char byte, qsizetype column)
{
    if (field.size() >= m_maxFieldBytes) {
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

bool CsvReader::readRecord(QList<QByteArray>& fields)
{
    fields.clear();
    if (!m_started && !start()) {
        return false;
    }
    if (hasError()) {
        return false;
    }
    QByteArray field;
    State state = State::FieldStart;
    m_recordLine = m_line;
    qint64 quoteLine = 0;
    for (;;) {
        if (state == State::Unquoted) {
            appendUnquotedRun(field);
        }
        const int c = nextByte();
        const qsizetype column = fields.size() + 1;
        if (c == -1) {
            if (state == State::Quoted) {
                return fail(tr("line %1, column %2: a quoted field opened on this line is never closed")
                                .arg(quoteLine)
                                .arg(column));
            }
            if (fields.isEmpty() && state == State::FieldStart) {
                return false; // end of data
            }
            fields.append(field);
            return true;
        }
        const bool lineEnd = c == '\n' || c == '\r';
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == '"' && state == State::FieldStart) {
                state = State::Quoted;
                quoteLine = m_line;
            } else if (c == '"') {
                return fail(tr("line %1, column %2: a quote inside an unquoted field (quote the whole field)")
                                .arg(m_line)
                                .arg(column));
            } else if (lineEnd && fields.isEmpty() && state == State::FieldStart) {
                consumeLineEnd(c);
                m_recordLine = m_line; // blank line: skip it
            } else if (c == m_delimiter || lineEnd) {
                if (endField(fields, field, c)) {
                    return true;
                }
                state = State::FieldStart;
            } else {
                if (!appendByte(field, char(c), column)) {
                    return false;
                }
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                if (c == '\n' || (c == '\r' && (m_pos >= m_buffer.size() || m_buffer.at(m_pos) != '\n'))) {
                    ++m_line;
                }
                if (!appendByte(field, char(c), column)) {
                    return false;
                }
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                if (!appendByte(field, '"', column)) {
                    return false;
                }
                state = State::Quoted;
            } else if (c == m_delimiter || lineEnd) {
                if (endField(fields, field, c)) {
                    return true;
                }
                state = State::FieldStart;
            } else {
                return fail(tr("line %1, column %2: text after the closing quote of a field").arg(m_line).arg(column));
            }
            break;
        }
    }
}
