#pragma once

#include <QByteArray>

// Where bytes stop being well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
// above U+10FFFF, no sequence cut short at the end): the offset of the first byte of the first
// bad sequence, or -1 when every byte is part of a whole, valid character.
qsizetype invalidUtf8Offset(const QByteArray& bytes);
